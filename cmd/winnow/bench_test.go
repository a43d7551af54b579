package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkRun runs the whole command over the ScrapingHub pages when
// ../../../shared/eval is beside the repository: compare its time per page
// with the root package's BenchmarkExtract to see what reading, gunzipping
// and writing add.
func BenchmarkRun(b *testing.B) {
	const dir = "../../../shared/eval/scrapinghub/html"
	if _, err := os.Stat(dir); err != nil {
		b.Skip("no ScrapingHub corpus beside the repository")
	}
	for _, j := range []string{"1", "2"} {
		b.Run("j="+j, func(b *testing.B) {
			for b.Loop() {
				if code := run([]string{"-quiet", "-format", "jsonl", "-j", j, dir}, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(181*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
