package boilerplate

import (
	"os"
	"testing"
)

// TestMeasureSiteThresholds sweeps MinPages and MinShare over synthetic
// sites of 300 pages where a quote is shared by 4 articles and a standard
// sentence by 5% or 10% of them, and a section box (one word varies by
// section) is on every page. It reports template blocks kept after a
// site's fifth page and article words lost. Run with WINNOW_MEASURE=1 -v.
func TestMeasureSiteThresholds(t *testing.T) {
	if os.Getenv("WINNOW_MEASURE") == "" {
		t.Skip("set WINNOW_MEASURE=1 to measure")
	}
	specs := []siteSpec{
		{host: "big-a.example", style: styleArticle, pages: 300, quoteIn: 4, stdIn: 15},
		{host: "big-b.example", russian: true, style: styleTable, pages: 300, quoteIn: 4, stdIn: 30},
	}
	pages := crawl(specs, 7)
	for _, mp := range []int{3, 4, 5, 6} {
		for _, ms := range []float64{0, 0.05, 0.1, 0.15, 0.2, 0.3} {
			s := runSites(pages, NewDetector(WithMinPages(mp), WithMinShare(ms)))
			t.Logf("minPages=%d minShare=%.2f: template kept late %4d blocks, %5d words; content lost %4d words in %3d blocks; F1 %.4f",
				mp, ms, s.templateMissedLate, s.templateKept, s.contentLost, s.contentLostBlocks, s.f1())
		}
	}
}
