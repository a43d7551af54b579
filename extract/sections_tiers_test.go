package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestPricingTiersKept: on a service page, the features that each tier of
// a pricing table of four plans repeats stay, with each tier's name and
// price; copies with no price between them (a carousel printed twice)
// stay dropped, and so do the tiers' copies on a page of another type, or
// on a table of two plans.
func TestPricingTiersKept(t *testing.T) {
	// Each block sits in a container of its own (a tier's name, its
	// price, its list of features, a carousel's slide) unless it says.
	container := 0
	line := func(text string, copied bool) boilerplate.Block {
		container++
		b := boilerplate.Block{Text: text, Kind: boilerplate.KindParagraph, Features: boilerplate.Features{Words: len(strings.Fields(text)), ContainerID: container}}
		if copied {
			b.Drop(boilerplate.ReasonRepeatedInPage)
		}
		return b
	}
	features := []string{"Unlimited projects for the team", "Priority email support", "Daily encrypted backups"}
	tier := func(name, price string, copied bool) []boilerplate.Block {
		bs := []boilerplate.Block{line(name+" plan for growing teams", false), line(price, false)}
		list := container + 1
		for _, f := range features {
			b := line(f, copied)
			b.Features.ContainerID = list
			bs = append(bs, b)
		}
		return bs
	}
	var plans []boilerplate.Block
	plans = append(plans, tier("Starter", "$9 per month", false)...)
	plans = append(plans, tier("Business", "$29 per month", true)...)
	plans = append(plans, tier("Scale", "$59 per month", true)...)
	plans = append(plans, tier("Enterprise", "$99 per month", true)...)
	blocks := append([]boilerplate.Block(nil), plans...)
	keepSections(blocks, PageService)
	for _, b := range blocks {
		if !b.Kept {
			t.Errorf("pricing table: %q dropped (%q)", b.Text, b.Reason)
		}
	}

	// A carousel printed twice: the copies have no price between them.
	slides := []string{"Plan your week in minutes with shared boards", "Teams in forty countries trust our planner"}
	blocks = nil
	for _, copied := range []bool{false, true} {
		for _, s := range slides {
			blocks = append(blocks, line(s, copied))
		}
	}
	keepSections(blocks, PageService)
	for _, b := range blocks[len(slides):] {
		if b.Kept {
			t.Errorf("carousel copy %q kept", b.Text)
		}
	}

	blocks = append([]boilerplate.Block(nil), plans...)
	keepSections(blocks, PageCollection)
	if blocks[len(blocks)-1].Kept {
		t.Error("a tier's copy was kept on a collection page")
	}
	blocks = append([]boilerplate.Block(nil), plans[:2*(2+len(features))]...)
	keepSections(blocks, PageService)
	if blocks[len(blocks)-1].Kept {
		t.Error("a copy was kept with the prices of two plans")
	}
}
