package evaluate

import (
	"math"
	"slices"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ,.; ", nil},
		{"Hello, world_1 2x!", []string{"Hello", "world_1", "2x"}},
		{"ça-va l'été", []string{"ça", "va", "l", "été"}},
		{"Привет,мир 2026", []string{"Привет", "мир", "2026"}},
		{"end", []string{"end"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompareShingles(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        ShingleCounts
		p, r        float64
	}{
		{"identical", "a b c d e", "a, b. c d e", ShingleCounts{TP: 1}, 1, 1},
		{"both empty", "", "...", ShingleCounts{}, 1, 1},
		{"empty prediction", "a b c d e", "", ShingleCounts{FN: 1}, 0, 0},
		{"empty truth", "", "a b c d", ShingleCounts{FP: 1}, 0, 0},
		{"short texts equal", "a b c", "a b c", ShingleCounts{TP: 1}, 1, 1},
		{"short texts differ", "a b c", "a b", ShingleCounts{FP: 0.5, FN: 0.5}, 0, 0},
		{"short truth, long pred", "a b c", "a b c d", ShingleCounts{FP: 0.5, FN: 0.5}, 0, 0},
		{"partial", "a b c d e f", "a b c d e x", ShingleCounts{TP: 2. / 4, FP: 1. / 4, FN: 1. / 4}, 2. / 3, 2. / 3},
		{"multiset", "a b c d a b c d", "a b c d", ShingleCounts{TP: 0.2, FN: 0.8}, 1, 0.2},
		{"case sensitive", "A b c d", "a b c d", ShingleCounts{FP: 0.5, FN: 0.5}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CompareShingles(tt.truth, tt.pred)
			if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) {
				t.Errorf("counts = %+v, want %+v", got, tt.want)
			}
			if p := got.Precision(); !near(p, tt.p) {
				t.Errorf("precision = %v, want %v", p, tt.p)
			}
			if r := got.Recall(); !near(r, tt.r) {
				t.Errorf("recall = %v, want %v", r, tt.r)
			}
		})
	}
}

func TestSameTokens(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Hello, world.", "Hello world", true},
		{"", "", true},
		{"", "x", false},
		{"a b", "b a", false},
		{"a b", "a b c", false},
	}
	for _, tt := range tests {
		if got := SameTokens(tt.a, tt.b); got != tt.want {
			t.Errorf("SameTokens(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSummarizeScrapinghub(t *testing.T) {
	c := &Corpus{Kind: Scrapinghub, Pages: []Page{
		{Truth: "a b c d e"},     // perfect
		{Truth: "a b c d e f"},   // partial: P = R = 2/3
		{Truth: "one two three"}, // empty prediction: recall 0, no precision
		{Truth: ""},              // empty truth, text predicted: precision 0, no recall
		{Truth: ""},              // both empty: in neither mean
	}}
	preds := []string{"a b c d e", "a b c d e x", "", "menu home", ""}
	var ps []PageScore
	for i := range c.Pages {
		ps = append(ps, c.ScorePage(&c.Pages[i], Output{Text: preds[i]}))
	}
	got := c.Summarize(ps)
	wantP := (1 + 2./3 + 0) / 3 // pages 0, 1, 3
	wantR := (1 + 2./3 + 0) / 3 // pages 0, 1, 2
	if got.Pages != 5 || !near(got.Precision, wantP) || !near(got.Recall, wantR) {
		t.Fatalf("Summarize = %+v, want P %v R %v", got, wantP, wantR)
	}
	if !near(got.F1, harmonic(wantP, wantR)) {
		t.Errorf("F1 = %v, want %v", got.F1, harmonic(wantP, wantR))
	}
	if !near(got.Accuracy, 2./5) { // pages 0 and 4 have identical tokens
		t.Errorf("Accuracy = %v, want 0.4", got.Accuracy)
	}
	if !near(ps[1].F1, 2./3) {
		t.Errorf("page F1 = %v, want 2/3", ps[1].F1)
	}
}

func TestCompareSegments(t *testing.T) {
	tests := []struct {
		name          string
		pred          string
		with, without []string
		want          SegmentCounts
	}{
		{"found and absent", "The main text. More text.", []string{"main text", "missing"}, []string{"Share this", "More text"},
			SegmentCounts{TP: 1, FN: 1, FP: 1, TN: 1}},
		{"whitespace collapsed", "The  main\n\ntext", []string{"main text", "The main\ttext"}, nil, SegmentCounts{TP: 2}},
		{"case sensitive", "The main text", []string{"the main"}, nil, SegmentCounts{FN: 1}},
		{"trailing space kept", "Headline\nBody", []string{"Headline "}, []string{"Body "}, SegmentCounts{TP: 1, TN: 1}},
		{"empty prediction", "", []string{"a", ""}, []string{"b", ""}, SegmentCounts{FN: 2, TN: 2}},
		{"no segments", "text", nil, nil, SegmentCounts{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CompareSegments(tt.pred, tt.with, tt.without); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestSegmentRatios(t *testing.T) {
	tests := []struct {
		c             SegmentCounts
		p, r, acc, f1 float64
	}{
		{SegmentCounts{TP: 3, FN: 1, FP: 1, TN: 3}, 0.75, 0.75, 0.75, 0.75},
		{SegmentCounts{TP: 2, FN: 2, FP: 0, TN: 4}, 1, 0.5, 0.75, 2. / 3},
		{SegmentCounts{FN: 3, TN: 3}, 0, 0, 0.5, 0},
		{SegmentCounts{}, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		c := tt.c
		if !near(c.Precision(), tt.p) || !near(c.Recall(), tt.r) || !near(c.Accuracy(), tt.acc) || !near(c.F1(), tt.f1) {
			t.Errorf("%+v: got P %v R %v A %v F1 %v, want %v %v %v %v",
				c, c.Precision(), c.Recall(), c.Accuracy(), c.F1(), tt.p, tt.r, tt.acc, tt.f1)
		}
	}
}

func TestSummarizeTrafilatura(t *testing.T) {
	c := &Corpus{Kind: Trafilatura, Pages: []Page{
		{With: []string{"alpha", "beta"}, Without: []string{"menu"}},
		{With: []string{"gamma"}, Without: []string{"login", "share"}},
	}}
	preds := []string{"alpha menu", "gamma"}
	var ps []PageScore
	for i := range c.Pages {
		ps = append(ps, c.ScorePage(&c.Pages[i], Output{Text: preds[i]}))
	}
	// Sum: TP 2, FN 1, FP 1, TN 2.
	got := c.Summarize(ps)
	if !near(got.Precision, 2./3) || !near(got.Recall, 2./3) || !near(got.Accuracy, 4./6) || !near(got.F1, 2./3) {
		t.Errorf("Summarize = %+v", got)
	}
	if !near(ps[1].F1, 1) || !near(ps[0].F1, 0.5) {
		t.Errorf("page F1 = %v, %v; want 0.5, 1", ps[0].F1, ps[1].F1)
	}
}
