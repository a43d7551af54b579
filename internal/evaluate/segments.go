package evaluate

import "strings"

// SegmentCounts are the outcomes of trafilatura's segment benchmark on one
// page or summed over a corpus.
type SegmentCounts struct {
	TP int // expected segments found
	FN int // expected segments missing
	FP int // unwanted segments found
	TN int // unwanted segments absent
}

// Add returns the sum of c and d.
func (c SegmentCounts) Add(d SegmentCounts) SegmentCounts {
	return SegmentCounts{TP: c.TP + d.TP, FN: c.FN + d.FN, FP: c.FP + d.FP, TN: c.TN + d.TN}
}

// Precision is TP/(TP+FP), 0 when nothing was found.
func (c SegmentCounts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when nothing was expected.
func (c SegmentCounts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// Accuracy is the share of segments decided right, (TP+TN)/all.
func (c SegmentCounts) Accuracy() float64 { return ratio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN) }

// F1 is 2TP/(2TP+FP+FN), the harmonic mean of precision and recall.
func (c SegmentCounts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// CompareSegments looks up every expected (with) and unwanted (without)
// segment in the extracted text pred. Runs of white space in pred and in
// the segments are collapsed to one space first; matching is
// case-sensitive.
func CompareSegments(pred string, with, without []string) SegmentCounts {
	text := collapseSpace(pred)
	var c SegmentCounts
	for _, s := range with {
		if found(text, s) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if found(text, s) {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}

// found reports whether segment seg occurs in the collapsed text. An empty
// text contains nothing, not even an empty segment, as in the benchmark.
func found(text, seg string) bool {
	return text != "" && strings.Contains(text, collapseSpace(seg))
}
