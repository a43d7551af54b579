package evaluate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// WordCounts are one page's bag-of-words counts under WCXB's metric: the
// predicted and true token counts and their multiset overlap.
type WordCounts struct {
	Pred, Truth, Overlap int
}

// Precision is overlap over predicted tokens; a page whose truth and
// prediction are both empty scores 1, an empty prediction otherwise 0.
func (c WordCounts) Precision() float64 {
	switch {
	case c.Truth == 0 && c.Pred == 0:
		return 1
	case c.Pred == 0:
		return 0
	}
	return float64(c.Overlap) / float64(c.Pred)
}

// Recall is overlap over true tokens; a page whose truth and prediction
// are both empty scores 1, an empty truth with a prediction 0.
func (c WordCounts) Recall() float64 {
	switch {
	case c.Truth == 0 && c.Pred == 0:
		return 1
	case c.Truth == 0:
		return 0
	}
	return float64(c.Overlap) / float64(c.Truth)
}

// F1 is the page's harmonic mean of Precision and Recall.
func (c WordCounts) F1() float64 { return harmonic(c.Precision(), c.Recall()) }

// CompareWords compares the extracted text pred with the truth as
// multisets of WordTokens, as WCXB scores a page.
func CompareWords(truth, pred string) WordCounts {
	want := make(map[string]int)
	c := WordCounts{}
	for _, t := range WordTokens(truth) {
		want[t]++
		c.Truth++
	}
	for _, t := range WordTokens(pred) {
		c.Pred++
		if want[t] > 0 {
			want[t]--
			c.Overlap++
		}
	}
	return c
}

// WordTokens splits text into WCXB's tokens: lower-cased maximal runs of
// word characters (Unicode letters, digits, marks and the underscore).
func WordTokens(text string) []string {
	var toks []string
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			toks = append(toks, strings.ToLower(text[start:i]))
			start = -1
		}
		i += size
	}
	if start >= 0 {
		toks = append(toks, strings.ToLower(text[start:]))
	}
	return toks
}
