package evaluate

// Band is a range of an extractor's confidence, [Low, High), and the
// pages of a run that fall in it.
type Band struct {
	Low, High float64
	Pages     int
	MeanF1    float64 // mean page F1 of those pages
}

// ConfidenceBands sorts the pages of r that keep passes (all when keep is
// nil) into the bands under 0.5, 0.5 to 0.8 and from 0.8, by the
// confidence the extractor gave each, with the pages' mean F1 in each: a
// useful confidence puts clearly worse pages in the lower bands.
func ConfidenceBands(c *Corpus, r *Run, keep func(*Page) bool) []Band {
	bands := []Band{{Low: 0, High: 0.5}, {Low: 0.5, High: 0.8}, {Low: 0.8, High: 1.01}}
	for i := range c.Pages {
		if keep != nil && !keep(&c.Pages[i]) {
			continue
		}
		conf := r.Outputs[i].Confidence
		for b := range bands {
			if conf >= bands[b].Low && conf < bands[b].High {
				bands[b].Pages++
				bands[b].MeanF1 += r.PageScores[i].F1
				break
			}
		}
	}
	for b := range bands {
		if bands[b].Pages > 0 {
			bands[b].MeanF1 /= float64(bands[b].Pages)
		}
	}
	return bands
}
