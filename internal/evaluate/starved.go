package evaluate

// Starved returns the indexes of the pages of c where run got almost none
// of the truth while peer, another extractor's run on the same pages, got
// more than half of it: the pages where an extractor came back (nearly)
// empty on an article that was there to find. "Almost none" is under 10%
// of the truth's shingles or words (Scrapinghub, WCXB) or none of its
// expected segments (Trafilatura); "more than half" is a recall above 0.5.
// Mercury has no text truth and never starves.
func Starved(c *Corpus, run, peer *Run) []int {
	var out []int
	if !c.Kind.HasText() {
		return nil
	}
	for i := range c.Pages {
		mine, theirs := run.PageScores[i], peer.PageScores[i]
		starved := mine.Recall < 0.1
		if c.Kind == Trafilatura {
			starved = len(c.Pages[i].With) > 0 && mine.Segments.TP == 0
		}
		if starved && theirs.Recall > 0.5 {
			out = append(out, i)
		}
	}
	return out
}
