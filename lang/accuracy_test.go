package lang

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// labelled is a test sentence and the base language it is written in.
type labelled struct {
	code, text string
}

// loadSentences reads testdata/sentences_*.tsv: the project's own
// sentences, never used to build the model.
func loadSentences(t testing.TB) []labelled {
	t.Helper()
	files, err := filepath.Glob("testdata/sentences_*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test sentences: %v", err)
	}
	var out []labelled
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			code, text, ok := strings.Cut(line, "\t")
			if !ok {
				t.Fatalf("%s: bad line %q", name, line)
			}
			out = append(out, labelled{code, text})
		}
		f.Close()
	}
	return out
}

// TestAccuracy checks Detect on sentences of 50 characters or more in
// every supported language: 97% overall at least, and no language below
// 80%.
func TestAccuracy(t *testing.T) {
	sentences := loadSentences(t)
	total, correct := 0, 0
	perLang := map[string][2]int{} // code -> correct, total
	for _, s := range sentences {
		if n := utf8.RuneCountInString(s.text); n < 50 {
			t.Errorf("%s sentence has %d characters, want >= 50: %q", s.code, n, s.text)
		}
		got := Detect(s.text).Base()
		c := perLang[s.code]
		c[1]++
		total++
		if got == s.code {
			c[0]++
			correct++
		} else {
			t.Logf("%s detected as %s: %s", s.code, got, s.text)
		}
		perLang[s.code] = c
	}
	for _, l := range languages {
		if perLang[l.code][1] == 0 {
			t.Errorf("no test sentences for %s", l.code)
		}
	}
	var codes []string
	for code, c := range perLang {
		if float64(c[0]) < 0.8*float64(c[1]) {
			t.Errorf("%s: %d of %d correct", code, c[0], c[1])
		}
		codes = append(codes, code)
	}
	sort.Strings(codes)
	acc := float64(correct) / float64(total)
	t.Logf("accuracy %.4f (%d of %d sentences, %d languages)", acc, correct, total, len(codes))
	if acc < 0.97 {
		t.Errorf("accuracy %.4f, want >= 0.97", acc)
	}
}

// TestAccuracyPrefixes checks Detect on the first 15, 25 and 40
// characters of the sentences of the languages the n-gram model separates
// (short blocks: headings, captions, list items). It guards against
// regressions rather than set a target.
func TestAccuracyPrefixes(t *testing.T) {
	sentences := loadSentences(t)
	for _, tc := range []struct {
		runes int
		floor float64
	}{{15, 0.85}, {25, 0.94}, {40, 0.97}} {
		total, correct := 0, 0
		confusions := map[string]int{}
		for _, s := range sentences {
			if scriptLanguage[languages[languageIndex(s.code)].script] >= 0 {
				continue // decided by the script alone
			}
			text := s.text
			if r := []rune(text); len(r) > tc.runes {
				text = string(r[:tc.runes])
			}
			total++
			if got := Detect(text).Base(); got == s.code {
				correct++
			} else {
				confusions[s.code+">"+got]++
			}
		}
		acc := float64(correct) / float64(total)
		t.Logf("%d characters: accuracy %.3f of %d; confusions %v", tc.runes, acc, total, confusions)
		if acc < tc.floor {
			t.Errorf("%d characters: accuracy %.3f, want >= %.2f", tc.runes, acc, tc.floor)
		}
	}
}
