package winnow_test

import (
	"testing"

	"github.com/winnowtext/winnow/extract"
)

// BenchmarkExtractHTML is BenchmarkExtract with Options.KeepMarkup and a
// call of Result.HTML per page: what a reader view pays on top of the
// text. Compare it with BenchmarkExtract and BenchmarkParse in one run:
//
//	go test -run '^$' -bench 'Extract|Parse' -benchmem .
func BenchmarkExtractHTML(b *testing.B) {
	pages, total := benchCorpus(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			res, err := extract.FromBytes(p, extract.Options{URL: "https://example.com/a/b", KeepMarkup: true})
			if err != nil {
				b.Fatal(err)
			}
			_ = res.HTML()
		}
	}
	b.ReportMetric(float64(len(pages)), "pages")
}
