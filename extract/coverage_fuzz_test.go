package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzCoverage runs the differential coverage test (coverage_test.go) on
// fuzzed markup: every letter and digit that html.Parse's tree shows must
// reach a block.
func FuzzCoverage(f *testing.F) {
	for _, tt := range regionTests {
		f.Add([]byte(tt.page))
	}
	f.Add([]byte(newsPage))
	f.Fuzz(func(t *testing.T, page []byte) {
		if !utf8.Valid(page) || len(page) > 1<<16 {
			return
		}
		c, ok := measureCoverage(page)
		if ok && c.found < c.want {
			t.Fatalf("%d of %d visible letters reach a block; missing %q", c.found, c.want, c.missing)
		}
	})
}
