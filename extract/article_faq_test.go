package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestKeepDeclaredFAQ(t *testing.T) {
	questions := []string{"What does it cost?", "How long does it take?"}
	block := func(kind boilerplate.Kind, text string, r boilerplate.Reason, words, links int) boilerplate.Block {
		return boilerplate.Block{Kind: kind, Text: text, Reason: r, Kept: r == boilerplate.ReasonNone,
			Features: boilerplate.Features{Words: words, LinkWords: links}}
	}
	out := boilerplate.ReasonOutsideMain
	body := block(boilerplate.KindParagraph, "The article's body.", boilerplate.ReasonNone, 80, 0)
	head := block(boilerplate.KindHeading, "Questions people ask", out, 3, 0)
	q1 := block(boilerplate.KindHeading, "What does it cost?", out, 4, 0)
	q2 := block(boilerplate.KindHeading, "How  long does it take?", out, 5, 0)
	a := block(boilerplate.KindParagraph, "An answer of a dozen words or so.", out, 12, 0)
	short := block(boilerplate.KindParagraph, "Yes.", out, 1, 0)
	links := block(boilerplate.KindParagraph, "Read our pricing page", out, 4, 4)
	hidden := a
	hidden.Features.Hints = boilerplate.HintHidden
	ad := block(boilerplate.KindParagraph, "Subscribe to our newsletter today.", boilerplate.ReasonNewsletter, 12, 0)
	tests := []struct {
		name      string
		blocks    []boilerplate.Block
		questions []string
		want      string // kept (+) or not (-), block by block
	}{
		{"declared FAQ after the article", []boilerplate.Block{body, head, q1, a, q2, a, a}, questions, "+++++++"},
		{"answers folded away", []boilerplate.Block{body, head, q1, hidden, q2, hidden}, questions, "+-----"},
		{"answers too short", []boilerplate.Block{body, q1, short, q2, short}, questions, "+----"},
		{"a link after the question", []boilerplate.Block{body, q1, links, q2, a}, questions, "+--++"},
		{"a recogniser's verdict stands", []boilerplate.Block{body, q1, ad, q2, a}, questions, "+--++"},
		{"one question printed", []boilerplate.Block{body, q1, a, a}, questions, "+---"},
		{"no declared FAQ", []boilerplate.Block{body, head, q1, a, q2, a}, nil, "+-----"},
		{"other questions declared", []boilerplate.Block{body, q1, a, q2, a}, []string{"Who?", "Why?"}, "+----"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := append([]boilerplate.Block(nil), tt.blocks...)
			keepDeclaredFAQ(blocks, tt.questions)
			var got strings.Builder
			for _, b := range blocks {
				if b.Kept != (b.Reason == boilerplate.ReasonNone) {
					t.Errorf("block %q: kept %v with reason %q", b.Text, b.Kept, b.Reason)
				}
				if b.Kept {
					got.WriteByte('+')
				} else {
					got.WriteByte('-')
				}
			}
			if got.String() != tt.want {
				t.Errorf("kept %s, want %s", got.String(), tt.want)
			}
		})
	}
}

func TestSameSpacedFold(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"What does it cost?", "what does it cost?", true},
		{"  What  does\n it cost? ", "What does it cost?", true},
		{"Wie viel kostet die Übergabe?", "wie viel kostet die übergabe?", true},
		{"What does it cost", "What does it cost?", false},
		{"Whatdoes it cost?", "What does it cost?", false},
		{"", "", true},
		{" ", "", true},
		{"?", "", false},
	}
	for _, tt := range tests {
		if got := sameSpacedFold(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSpacedFold(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { sameSpacedFold(" What  does it COST? ", "What does it cost?") }); n != 0 {
		t.Errorf("sameSpacedFold allocates %v times", n)
	}
}
