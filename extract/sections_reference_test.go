package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestReferenceCopiesKept: on a documentation page the description of a
// parameter that two endpoints share is printed under both and stays under
// both; a page that prints its text twice, a copy whose original was
// dropped, a copy in a sidebar and a short copy stay dropped.
func TestReferenceCopiesKept(t *testing.T) {
	const (
		memo    = "A free-form note shown on the invoice and in the email sent to the customer."
		due     = "Number of days after finalization before the invoice becomes overdue."
		create  = "Creates a draft invoice for the given customer."
		update  = "Changes the draft invoice; parameters left out are not changed."
		returns = "The updated invoice object, or an error."
	)
	p := func(text string, kept bool, hints boilerplate.Hint) boilerplate.Block {
		b := boilerplate.Block{Text: text, Tag: "p", Kind: boilerplate.KindParagraph,
			Features: boilerplate.Features{Words: len(strings.Fields(text)), Hints: hints}}
		b.Kept = kept
		return b
	}
	copied := func(text string, hints boilerplate.Hint) boilerplate.Block {
		b := p(text, false, hints)
		b.Drop(boilerplate.ReasonRepeatedInPage)
		return b
	}
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   []bool // Kept after keepReferenceCopies
	}{{
		name: "shared parameters",
		blocks: []boilerplate.Block{
			p(create, true, 0), p(memo, true, 0), p(due, true, 0), p(update, true, 0),
			copied(memo, 0), copied(due, 0), p(returns, true, 0),
		},
		want: []bool{true, true, true, true, true, true, true},
	}, {
		name: "page printed twice",
		blocks: []boilerplate.Block{
			p(create, true, 0), p(memo, true, 0), p(due, true, 0),
			copied(create, 0), copied(memo, 0), copied(due, 0),
		},
		want: []bool{true, true, true, false, false, false},
	}, {
		name: "original dropped",
		blocks: []boilerplate.Block{
			p(memo, false, 0), p(update, true, 0), copied(memo, 0),
		},
		want: []bool{false, true, false},
	}, {
		name: "copy in a sidebar",
		blocks: []boilerplate.Block{
			p(memo, true, 0), p(update, true, 0), copied(memo, boilerplate.HintAside),
		},
		want: []bool{true, true, false},
	}, {
		name: "short copy",
		blocks: []boilerplate.Block{
			p("Optional, a string.", true, 0), p(update, true, 0), copied("Optional, a string.", 0),
		},
		want: []bool{true, true, false},
	}}
	for _, tt := range tests {
		keepReferenceCopies(tt.blocks)
		for i, b := range tt.blocks {
			if b.Kept != tt.want[i] {
				t.Errorf("%s: block %d %q kept %v (reason %q), want %v", tt.name, i, b.Text, b.Kept, b.Reason, tt.want[i])
			}
			if b.Kept && b.Dropped() {
				t.Errorf("%s: block %d kept with reason %q", tt.name, i, b.Reason)
			}
		}
	}
}
