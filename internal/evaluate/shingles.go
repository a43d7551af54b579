package evaluate

import "strings"

// ShingleN is the shingle length of the ScrapingHub benchmark, in tokens.
const ShingleN = 4

// ShingleCounts are the true positive, false positive and false negative
// shingle counts of one page, divided by their sum when it is positive so
// that long pages weigh no more than short ones.
type ShingleCounts struct {
	TP, FP, FN float64
}

// Precision is the page precision of the benchmark: 1 when nothing was
// extracted wrongly or missed, 0 when nothing was extracted at all, else
// TP/(TP+FP).
func (c ShingleCounts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is the page recall of the benchmark: 1 when nothing was extracted
// wrongly or missed, 0 when there was nothing to find and nothing was found
// right, else TP/(TP+FN).
func (c ShingleCounts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// CompareShingles compares the extracted text pred with the ground truth
// as multisets of 4-token shingles. A text of fewer than four tokens is one
// shingle of all its tokens; a text without tokens has no shingles.
func CompareShingles(truth, pred string) ShingleCounts {
	want := shingleSet(Tokens(truth))
	got := shingleSet(Tokens(pred))
	var tp, fp, fn int
	for k, w := range want {
		g := got[k]
		tp += min(w, g)
		fn += max(0, w-g)
	}
	for k, g := range got {
		fp += max(0, g-want[k])
	}
	c := ShingleCounts{TP: float64(tp), FP: float64(fp), FN: float64(fn)}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// SameTokens reports whether truth and pred have identical token lists,
// the benchmark's notion of an exact extraction.
func SameTokens(truth, pred string) bool {
	a, b := Tokens(truth), Tokens(pred)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// shingleSet counts the shingles of toks. Keys join the tokens with a
// separator that no token contains.
func shingleSet(toks []string) map[string]int {
	set := make(map[string]int, len(toks))
	if len(toks) == 0 {
		return set
	}
	n := max(1, len(toks)-ShingleN+1)
	for i := range n {
		set[strings.Join(toks[i:min(i+ShingleN, len(toks))], "\x00")]++
	}
	return set
}
