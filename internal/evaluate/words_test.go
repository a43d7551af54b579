package evaluate

import (
	"slices"
	"testing"
)

func TestWordTokens(t *testing.T) {
	got := WordTokens("Café au lait, 2 €; snake_case — नमस्ते!")
	want := []string{"café", "au", "lait", "2", "snake_case", "नमस्ते"}
	if !slices.Equal(got, want) {
		t.Errorf("WordTokens = %q, want %q", got, want)
	}
}

func TestCompareWords(t *testing.T) {
	tests := []struct {
		truth, pred string
		p, r, f1    float64
	}{
		{"", "", 1, 1, 1},
		{"", "menu", 0, 0, 0},
		{"one two", "", 0, 0, 0},
		{"the cat the hat", "The cat sat", 2. / 3, 2. / 4, 2 * (2. / 3) * 0.5 / (2./3 + 0.5)},
		{"a a b", "a a a b", 3. / 4, 1, 2 * 0.75 / 1.75},
	}
	for _, tt := range tests {
		c := CompareWords(tt.truth, tt.pred)
		if !near(c.Precision(), tt.p) || !near(c.Recall(), tt.r) || !near(c.F1(), tt.f1) {
			t.Errorf("CompareWords(%q, %q) = %+v: P %v R %v F1 %v", tt.truth, tt.pred, c, c.Precision(), c.Recall(), c.F1())
		}
	}
}

func TestSummarizeWCXBMeansPages(t *testing.T) {
	c := &Corpus{Kind: WCXB, Pages: []Page{{ID: "a", Truth: "one two"}, {ID: "b", Truth: "three four"}}}
	s := c.Summarize([]PageScore{
		c.ScorePage(&c.Pages[0], Output{Text: "one two"}),
		c.ScorePage(&c.Pages[1], Output{Text: "nothing"}),
	})
	if s.Pages != 2 || !near(s.F1, 0.5) || !near(s.Precision, 0.5) || !near(s.Recall, 0.5) {
		t.Errorf("Summarize = %+v", s)
	}
}
