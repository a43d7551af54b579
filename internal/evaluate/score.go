package evaluate

// PageScore is the score of one page's extracted text.
type PageScore struct {
	Precision, Recall, F1 float64

	Exact    bool          // Scrapinghub: same tokens as the truth
	Shingles ShingleCounts // Scrapinghub
	Segments SegmentCounts // Trafilatura
	Words    WordCounts    // WCXB
	Meta     MetaHits      // WCXB, Mercury
}

// ScorePage scores the output out extracted from page p of c.
func (c *Corpus) ScorePage(p *Page, out Output) PageScore {
	var ps PageScore
	pred := out.Text
	switch c.Kind {
	case Trafilatura:
		s := CompareSegments(pred, p.With, p.Without)
		ps = PageScore{Precision: s.Precision(), Recall: s.Recall(), F1: s.F1(), Segments: s}
	case WCXB:
		w := CompareWords(p.Truth, pred)
		ps = PageScore{Precision: w.Precision(), Recall: w.Recall(), F1: w.F1(), Words: w}
	case Scrapinghub:
		s := CompareShingles(p.Truth, pred)
		pr, rc := s.Precision(), s.Recall()
		ps = PageScore{Precision: pr, Recall: rc, F1: harmonic(pr, rc), Exact: SameTokens(p.Truth, pred), Shingles: s}
	}
	if c.Kind.HasMeta() {
		ps.Meta = ScoreMeta(p.Meta, out)
	}
	return ps
}

// Scores are a corpus's numbers for one extractor.
type Scores struct {
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// Accuracy is, for Scrapinghub, the share of pages extracted exactly
	// (same tokens); for Trafilatura, the share of segments decided right.
	Accuracy float64 `json:"accuracy"`
}

// Summarize turns page scores into corpus scores with the benchmark's own
// rules. Scrapinghub: precision is the mean page precision over pages where
// something was extracted (TP+FP > 0), recall the mean page recall over
// pages with something to find (TP+FN > 0), F1 their harmonic mean.
// Trafilatura: counts are summed over all segments first. WCXB: precision,
// recall and F1 are each the mean of the pages' own. Mercury has no text
// scores (its lead is a metadata rate).
func (c *Corpus) Summarize(pages []PageScore) Scores {
	sc := Scores{Pages: len(pages)}
	switch c.Kind {
	case Mercury:
		return sc
	case Trafilatura:
		var sum SegmentCounts
		for _, p := range pages {
			sum = sum.Add(p.Segments)
		}
		sc.Precision, sc.Recall, sc.F1, sc.Accuracy = sum.Precision(), sum.Recall(), sum.F1(), sum.Accuracy()
		return sc
	case WCXB:
		for _, p := range pages {
			sc.Precision += p.Precision
			sc.Recall += p.Recall
			sc.F1 += p.F1
		}
		if n := float64(len(pages)); n > 0 {
			sc.Precision, sc.Recall, sc.F1 = sc.Precision/n, sc.Recall/n, sc.F1/n
		}
		return sc
	}
	var pSum, rSum float64
	var pN, rN, exact int
	for _, p := range pages {
		s := p.Shingles
		if s.TP+s.FP > 0 {
			pSum += p.Precision
			pN++
		}
		if s.TP+s.FN > 0 {
			rSum += p.Recall
			rN++
		}
		if p.Exact {
			exact++
		}
	}
	if pN > 0 {
		sc.Precision = pSum / float64(pN)
	}
	if rN > 0 {
		sc.Recall = rSum / float64(rN)
	}
	sc.F1 = harmonic(sc.Precision, sc.Recall)
	if len(pages) > 0 {
		sc.Accuracy = float64(exact) / float64(len(pages))
	}
	return sc
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
