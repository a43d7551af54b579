package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropSectionChrome: on a documentation page the links of a box
// named related or recent go, with the heading over them, and so does
// what an empty comments section prints; the reference's own links (a
// "See also" list with no such name), its prose and a short unlinked line
// in a box named related stay.
func TestDropSectionChrome(t *testing.T) {
	const related = boilerplate.HintBoilerplate
	block := func(kind boilerplate.Kind, text string, linked bool, hints boilerplate.Hint) boilerplate.Block {
		b := boilerplate.Block{Kind: kind, Text: text, Kept: true}
		b.Features.Words = len(strings.Fields(text))
		if linked {
			b.Features.LinkWords = b.Features.Words
		}
		b.Features.Hints = hints
		return b
	}
	blocks := []boilerplate.Block{
		block(boilerplate.KindParagraph, "The billing address is printed on every invoice you receive.", false, 0),
		block(boilerplate.KindHeading, "See also", false, 0),
		block(boilerplate.KindListItem, "Changing the card on file", true, 0),
		block(boilerplate.KindHeading, "Related articles", false, related),
		block(boilerplate.KindListItem, "Which cards do you accept?", true, related),
		block(boilerplate.KindListItem, "Where are my invoices?", true, related),
		block(boilerplate.KindHeading, "Recently viewed", false, related),
		block(boilerplate.KindParagraph, "Nothing viewed yet", false, related),
		block(boilerplate.KindParagraph, "Article is closed for comments.", false, boilerplate.HintComment),
	}
	dropSectionChrome(blocks)
	want := []bool{true, true, true, false, false, false, true, true, false}
	for i, b := range blocks {
		if b.Kept != want[i] {
			t.Errorf("%q kept %v, want %v", b.Text, b.Kept, want[i])
		}
	}
}
