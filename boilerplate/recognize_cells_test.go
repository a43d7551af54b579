package boilerplate

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/recognize"
)

// TestRecognizeBlockCells: an unlinked table cell of a few words that
// opens with a share verb describes a row; the same words as a link, a
// short cell or a paragraph are still a share button.
func TestRecognizeBlockCells(t *testing.T) {
	tests := []struct {
		name      string
		kind      Kind
		text      string
		linkWords int
		want      Reason
	}{
		{"row description", KindTableCell, "Print the commands without running them", 0, ReasonNone},
		{"linked cell", KindTableCell, "Print the commands without running them", 6, ReasonSocial},
		{"short cell", KindTableCell, "Print this", 0, ReasonSocial},
		{"paragraph", KindParagraph, "Print the commands without running them", 0, ReasonSocial},
	}
	for _, tt := range tests {
		b := Block{Kind: tt.kind, Text: tt.text, Features: Features{Words: len(strings.Fields(tt.text)), LinkWords: tt.linkWords}}
		if got := RecognizeBlock(&b); got != tt.want {
			t.Errorf("%s: RecognizeBlock(%q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestRecognizeBlockMemo: with a memo the answers are RecognizeBlock's,
// for every kind of block that holds the same text (a code line is not
// judged, a row's cell is kept), however often a text comes again.
func TestRecognizeBlockMemo(t *testing.T) {
	share := "Print the commands without running them"
	legal := "// Copyright 2024 The Authors. All rights reserved."
	blocks := []Block{
		{Kind: KindCode, Text: legal},
		{Kind: KindParagraph, Text: legal},
		{Kind: KindTableCell, Text: share, Features: Features{Words: 6}},
		{Kind: KindTableCell, Text: share, Features: Features{Words: 6, LinkWords: 6}},
		{Kind: KindParagraph, Text: share, Features: Features{Words: 6}},
		{Kind: KindCode, Text: legal},
		{Kind: KindParagraph, Text: "The council met on Tuesday to discuss the budget."},
	}
	memo := recognize.GetMemo(len(blocks))
	defer recognize.PutMemo(memo)
	for round := range 2 {
		for i := range blocks {
			b := &blocks[i]
			if got, want := RecognizeBlockMemo(b, memo), RecognizeBlock(b); got != want {
				t.Errorf("round %d, block %d (kind %v, %q): RecognizeBlockMemo = %q, RecognizeBlock = %q", round, i, b.Kind, b.Text, got, want)
			}
		}
	}
	if got := RecognizeBlockMemo(&blocks[1], nil); got != ReasonLegal {
		t.Errorf("RecognizeBlockMemo without a memo = %q, want %q", got, ReasonLegal)
	}
}
