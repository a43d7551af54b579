package winnow_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/evaluate"
)

// BenchmarkTextVsC4 times the text mode beside its baseline on the same
// texts: the five renderings of the ScrapingHub and trafilatura pages (as
// winnow-eval -mode text renders them, in ../shared/eval) through
// FromText, through the C4 line filter (evaluate.C4Filter, which does what
// C4's clean_page does) and, to compare with the figures measured before
// it did, through the filter as it was (c4LastByteFirst). The
// sub-benchmarks are named key=value, so that benchstat sets the filters
// side by side, the ratio of FromText to C4 as the change in B/s:
//
//	go test -run '^$' -bench TextVsC4 -count 6 . > text.txt
//	go run golang.org/x/perf/cmd/benchstat@latest -col /filter text.txt
//
// Each count runs the three filters on a rendering one after the other, so
// that a slow spell of a shared machine falls on all three.
func BenchmarkTextVsC4(b *testing.B) {
	sets := renderedCorpora(b)
	filters := []struct {
		name string
		run  func(string)
	}{
		{"c4", func(t string) { evaluate.C4Filter(t) }},
		{"c4-last-byte-first", func(t string) { c4LastByteFirst(t) }},
		// Texts without visible text give ErrEmpty; that is an answer.
		{"fromtext", func(t string) { extract.FromText(t, extract.Options{}) }},
	}
	for _, s := range sets {
		for _, f := range filters {
			b.Run(fmt.Sprintf("corpus=%s/rendering=%s/filter=%s", s.corpus, s.rendering, f.name), func(b *testing.B) {
				b.SetBytes(s.bytes)
				b.ReportAllocs()
				for b.Loop() {
					for _, t := range s.texts {
						f.run(t)
					}
				}
			})
		}
	}
}

// A renderedSet is the pages of a corpus in one rendering.
type renderedSet struct {
	corpus, rendering string
	texts             []string
	bytes             int64
}

var (
	renderedOnce sync.Once
	rendered     []renderedSet
	renderedErr  error
)

// renderedCorpora renders the ScrapingHub and trafilatura pages of
// ../shared/eval every way once per process; it skips b without them.
func renderedCorpora(b *testing.B) []renderedSet {
	renderedOnce.Do(func() {
		for _, k := range []evaluate.Kind{evaluate.Scrapinghub, evaluate.Trafilatura} {
			c, err := evaluate.Load("../shared/eval", k)
			if errors.Is(err, evaluate.ErrNoCorpus) {
				continue
			}
			if err != nil {
				renderedErr = err
				return
			}
			rs := evaluate.Renderings()
			for i, in := range evaluate.RenderedInputs(c, rs) {
				s := renderedSet{corpus: k.String(), rendering: rs[i].String()}
				for _, t := range in {
					s.texts = append(s.texts, string(t))
					s.bytes += int64(len(t))
				}
				rendered = append(rendered, s)
			}
		}
	})
	if renderedErr != nil {
		b.Fatal(renderedErr)
	}
	if len(rendered) == 0 {
		b.Skip("no ScrapingHub or trafilatura pages in ../shared/eval")
	}
	return rendered
}

// c4LastByteFirst is the C4 line filter as evaluate.C4Filter was before it
// followed C4's clean_page: it tested a line's last byte (a terminal
// punctuation mark, Unicode ones included) before anything else, and so
// read most lines of wrapped text no further; then at least 3 words, no
// word over 1000 bytes, no "{", no "javascript", "lorem ipsum" or policy
// phrase; it dropped repeats of a kept line and removed citation markers
// from kept lines. Kept here only to compare speeds with the figures
// measured on it.
func c4LastByteFirst(text string) string {
	var kept []string
	seen := make(map[string]bool)
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if !lastByteFirstKeeps(line) || seen[line] {
			continue
		}
		seen[line] = true
		kept = append(kept, lastByteFirstCitations(line))
	}
	return strings.Join(kept, "\n")
}

func lastByteFirstKeeps(line string) bool {
	if !lastByteFirstEnds(line) {
		return false
	}
	words := strings.Fields(line)
	if len(words) < 3 {
		return false
	}
	for _, w := range words {
		if len(w) > 1000 {
			return false
		}
	}
	if strings.Contains(line, "{") {
		return false
	}
	low := strings.ToLower(line)
	for _, bad := range lastByteFirstPhrases() {
		if strings.Contains(low, bad) {
			return false
		}
	}
	return true
}

func lastByteFirstPhrases() []string {
	return []string{
		"javascript", "lorem ipsum",
		"terms of use", "privacy policy", "cookie policy",
		"uses cookies", "use of cookies", "use cookies",
	}
}

func lastByteFirstEnds(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '!', '?', '"', '…', '”', '’', '»', '。', '！', '？':
		return true
	}
	return false
}

// lastByteFirstCitations removes bracketed citation markers: [digits], [edit] and
// [citation needed].
func lastByteFirstCitations(line string) string {
	if !strings.Contains(line, "[") {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); {
		if line[i] == '[' {
			if end := strings.IndexByte(line[i:], ']'); end > 0 && lastByteFirstCitation(line[i+1:i+end]) {
				i += end + 1
				continue
			}
		}
		b.WriteByte(line[i])
		i++
	}
	return b.String()
}

func lastByteFirstCitation(s string) bool {
	if s == "edit" || s == "citation needed" {
		return true
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
