package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestSharedCopiesKept: on a service page, the services a package shares
// with the one before it stay in its list beside those it adds; a copy
// alone in its container (a slide printed again), a short copy (a button)
// and the copies on a page of another type stay dropped.
func TestSharedCopiesKept(t *testing.T) {
	item := func(text string, container int, copied bool) boilerplate.Block {
		b := boilerplate.Block{Text: text, Tag: "li", Kind: boilerplate.KindListItem,
			Features: boilerplate.Features{Words: len(strings.Fields(text)), ContainerID: container}}
		if copied {
			b.Drop(boilerplate.ReasonRepeatedInPage)
		}
		return b
	}
	page := []boilerplate.Block{
		item("A one-hour review of the student's transcript", 1, false),
		item("A curated list of colleges to research together", 1, false),
		item("Book a call", 1, false),
		item("A one-hour review of the student's transcript", 2, true),
		item("A curated list of colleges to research together", 2, true),
		item("Two essay workshops with a writing coach", 2, false),
		item("Book a call", 2, true),
		item("A one-hour review of the student's transcript", 3, true),
	}
	keep := []bool{true, true, true, true, true, true, false, false}
	blocks := append([]boilerplate.Block(nil), page...)
	keepSections(blocks, PageService)
	for i, b := range blocks {
		if b.Kept != keep[i] {
			t.Errorf("block %d %q kept %v (reason %q), want %v", i, b.Text, b.Kept, b.Reason, keep[i])
		}
	}
	blocks = append([]boilerplate.Block(nil), page...)
	keepSections(blocks, PageListing)
	if blocks[3].Kept {
		t.Error("a shared copy was kept on a listing page")
	}
}
