package boilerplate

import (
	"strings"
	"testing"
)

func TestDropRepeatedParagraphs(t *testing.T) {
	const R = ReasonRepeatedInPage
	P, Q, LI := KindParagraph, KindQuote, KindListItem
	tests := []struct {
		name  string
		kinds []Kind
		texts []string
		kept  []bool // nil: all kept before the call
		want  []Reason
	}{
		{"a full paragraph printed twice apart", []Kind{P},
			[]string{descr1, body, caption, descr1}, nil,
			[]Reason{"", "", "", R}},
		{"the first copy dropped by the classifier: the second stays", []Kind{P},
			[]string{descr1, body, descr1}, []bool{false, true, true},
			[]Reason{ReasonLowDensity, "", ""}},
		{"printed under each of many entries: structure, kept", []Kind{P},
			[]string{descr2, body, descr2, caption, descr2}, nil,
			[]Reason{"", "", "", "", ""}},
		{"short lines are not judged", []Kind{P},
			[]string{question, body, question}, nil,
			[]Reason{"", "", ""}},
		{"a sentence needed: a long line of words without one", []Kind{P},
			[]string{"Home News Sport Weather Culture Travel Money Opinion Video Podcasts Games Puzzles Shop",
				body, "Home News Sport Weather Culture Travel Money Opinion Video Podcasts Games Puzzles Shop"}, nil,
			[]Reason{"", "", ""}},
		{"a quotation repeats on purpose", []Kind{P, P, Q},
			[]string{descr1, body, descr1}, nil,
			[]Reason{"", "", ""}},
		{"list items are paragraphs too", []Kind{LI},
			[]string{descr1, body, descr1}, nil,
			[]Reason{"", "", R}},
		{"near copies are MarkRepeats' to find", []Kind{P},
			[]string{descr1, body, strings.Replace(descr1, "Tuesday", "Monday", 1)}, nil,
			[]Reason{"", "", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := blocksOf(tt.kinds, tt.texts)
			for i := range bs {
				CountText(bs[i].Text, &bs[i].Features)
				if tt.kept != nil && !tt.kept[i] {
					bs[i].Drop(ReasonLowDensity)
				}
			}
			DropRepeatedParagraphs(bs)
			for i, got := range reasons(bs) {
				if got != tt.want[i] {
					t.Errorf("block %d %.40q: reason %q, want %q", i, tt.texts[i], got, tt.want[i])
				}
				if bs[i].Dropped() == bs[i].Kept {
					t.Errorf("block %d: Kept=%v with reason %q", i, bs[i].Kept, bs[i].Reason)
				}
			}
		})
	}
}

func TestDropRepeatedParagraphsNoAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops values under the race detector")
	}
	page := blocksOf([]Kind{KindParagraph}, []string{descr1, body, caption, descr1, descr2})
	for i := range page {
		CountText(page[i].Text, &page[i].Features)
	}
	work := make([]Block, len(page))
	copy(work, page)
	DropRepeatedParagraphs(work) // fill the pool
	if n := testing.AllocsPerRun(50, func() {
		copy(work, page)
		DropRepeatedParagraphs(work)
	}); n > 0.1 {
		t.Errorf("%v allocations per page, want 0", n)
	}
}
