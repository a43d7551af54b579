package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// A table, or a part of one, named for its own header row
// ("sticky-header", "table-header", "fixed-header") gives its cells no
// header hint: it is data, not the page's header. A <div> named so still
// does.
func TestTableHeaderNames(t *testing.T) {
	const story = `<p>The council voted on Tuesday to close the old bridge to cars from next spring, after engineers found cracks in two of its piers.</p>` +
		`<p>Cyclists and walkers will still be able to cross, and a ferry will run during the works, which are expected to last a year.</p>`
	tests := []struct {
		name, page string
		want       bool
	}{
		{"sticky table", `<table class="wikitable sticky-header"><tr><th>1950</th><td>Anna Berg</td></tr></table>`, false},
		{"header row", `<table><tr class="table-header"><td>Anna Berg</td></tr></table>`, false},
		{"header cell", `<table><tr><td class="fixed-header">Anna Berg</td></tr></table>`, false},
		{"page header", `<div class="site-header"><p>Anna Berg</p></div>`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segmentedPage(t, `<html><body>`+tt.page+`<main>`+story+`</main></body></html>`)
			found := false
			for _, b := range s.blocks {
				if b.Text != "Anna Berg" {
					continue
				}
				found = true
				if got := b.Features.Hints.Has(boilerplate.HintHeader); got != tt.want {
					t.Errorf("header hint = %v, want %v", got, tt.want)
				}
			}
			if !found {
				t.Fatal("no block holds the cell's text")
			}
		})
	}
}
