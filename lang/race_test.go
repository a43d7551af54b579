package lang

import (
	"sync"
	"testing"

	"golang.org/x/text/language"
)

// TestConcurrentUse runs Detect and the stopword sets from many
// goroutines; run with -race.
func TestConcurrentUse(t *testing.T) {
	sentences := loadSentences(t)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, s := range sentences {
				if (i+g)%4 != 0 {
					continue
				}
				r := Detect(s.text)
				Stopwords(r.Tag).Count(s.text)
				Stopwords(language.Make(s.code)).Contains("the")
			}
		}()
	}
	wg.Wait()
}
