package boilerplate

import (
	"testing"
)

// TestDetectorSyntheticSites runs the detector over three synthetic sites
// crawled in interleaved order: the template must be gone from every page
// after a site's fifth, and no article text may be lost, not even the quote
// and the standard sentence that a few articles share.
func TestDetectorSyntheticSites(t *testing.T) {
	pages := crawl(defaultSites(), 1)
	without := runSites(pages, nil)
	with := runSites(pages, NewDetector())
	t.Logf("without detector: F1 %.3f (template words kept %d)", without.f1(), without.templateKept)
	t.Logf("with detector:    F1 %.3f (template words kept %d, dropped %d)", with.f1(), with.templateKept, with.templateDrop)
	if with.contentLost > 0 {
		t.Errorf("detector lost %d words of article text in %d blocks", with.contentLost, with.contentLostBlocks)
	}
	if with.templateMissedLate > 0 {
		t.Errorf("%d template blocks kept after a site's fifth page", with.templateMissedLate)
	}
	if with.f1() <= without.f1() {
		t.Errorf("F1 with detector %.3f, without %.3f", with.f1(), without.f1())
	}
}
