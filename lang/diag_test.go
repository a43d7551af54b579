package lang

import (
	"testing"
	"unicode/utf8"
)

func TestDiagPrefixes(t *testing.T) {
	sentences := loadSentences(t)
	for _, n := range []int{15, 25, 40, 1000} {
		total, ok := 0, 0
		conf := map[string]int{}
		for _, s := range sentences {
			if scriptLanguage[languages[languageIndex(s.code)].script] >= 0 {
				continue // script-only languages
			}
			text := s.text
			if utf8.RuneCountInString(text) > n {
				text = string([]rune(text)[:n])
			}
			total++
			got := Detect(text).Base()
			if got == s.code {
				ok++
			} else {
				conf[s.code+">"+got]++
			}
		}
		t.Logf("prefix %d: %.3f %v", n, float64(ok)/float64(total), conf)
	}
}
