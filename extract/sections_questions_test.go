package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestKeepAskedQuestions: the question an accordion's button asks stays
// when the answer right after it is kept (a sentence, or a lead-in to a
// kept list); other buttons, and questions without such an answer after
// them, stay dropped.
func TestKeepAskedQuestions(t *testing.T) {
	button := func(text string) boilerplate.Block {
		b := boilerplate.Block{Text: text, Tag: "button", Kind: boilerplate.KindParagraph,
			Features: boilerplate.Features{Words: len(strings.Fields(text))}}
		b.Drop(boilerplate.ReasonInterface)
		return b
	}
	answer := func(text string, kept bool) boilerplate.Block {
		b := boilerplate.Block{Text: text, Tag: "div", Kind: boilerplate.KindParagraph,
			Features: boilerplate.Features{Words: len(strings.Fields(text)), Sentences: strings.Count(text, ".")}}
		if kept {
			b.Kept = true
		} else {
			b.Drop(boilerplate.ReasonOutsideMain)
		}
		return b
	}
	heading := boilerplate.Block{Text: "Our other services", Tag: "h2", Kind: boilerplate.KindHeading, Kept: true,
		Features: boilerplate.Features{Words: 3}}
	reply := "Most projects take two to three weeks from the first call to the final files."
	leadIn := answer("Our audits help your team:", true)
	point := func(text string, kept bool) boilerplate.Block {
		b := answer(text, kept)
		b.Kind, b.Tag = boilerplate.KindListItem, "li"
		return b
	}
	for _, c := range []struct {
		name   string
		blocks []boilerplate.Block
		want   bool // whether the first block is kept
	}{
		{"a question before its kept answer", []boilerplate.Block{button("How long does a project take?"), answer(reply, true)}, true},
		{"a question before a dropped answer", []boilerplate.Block{button("How long does a project take?"), answer(reply, false)}, false},
		{"a button that asks nothing", []boilerplate.Block{button("Show the answer below"), answer(reply, true)}, false},
		{"a question of two words", []boilerplate.Block{button("Any questions?"), answer(reply, true)}, false},
		{"a question before a heading", []boilerplate.Block{button("How long does a project take?"), heading}, false},
		{"a question before a short line", []boilerplate.Block{button("How long does a project take?"), answer("Two weeks.", true)}, false},
		{"a question before another button", []boilerplate.Block{button("How long does a project take?"), button("Can I pay by card?"), answer(reply, true)}, false},
		{"a question last on the page", []boilerplate.Block{button("How long does a project take?")}, false},
		{"a question before a lead-in to a kept list", []boilerplate.Block{button("What does an audit give us?"), leadIn, point("Find the pages that lose visitors", true)}, true},
		{"a question before a lead-in to a dropped list", []boilerplate.Block{button("What does an audit give us?"), leadIn, point("Find the pages that lose visitors", false)}, false},
		{"a question before a lead-in last on the page", []boilerplate.Block{button("What does an audit give us?"), leadIn}, false},
		{"a question before a short line without a colon", []boilerplate.Block{button("What does an audit give us?"), answer("A list of fixes", true), point("Find the pages that lose visitors", true)}, false},
	} {
		keepAskedQuestions(c.blocks)
		if got := c.blocks[0].Kept; got != c.want {
			t.Errorf("%s: kept %v, want %v", c.name, got, c.want)
		}
		if c.blocks[0].Kept == c.blocks[0].Dropped() {
			t.Errorf("%s: kept %v with reason %q", c.name, c.blocks[0].Kept, c.blocks[0].Reason)
		}
	}
}
