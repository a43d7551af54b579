package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestKeepSectionTables: on a page read by its sections, the linked names
// of a table of records stay, with a column its early rows lack and a row
// that spans the table; a menu laid out in a table (no header row), a
// table of links only and a table in the page's footer still lose their
// short links, and so does a forum's table of threads.
func TestKeepSectionTables(t *testing.T) {
	record := func(b *strings.Builder, header bool) {
		if header {
			b.WriteString(`<tr><th>Year</th><th><a href="/f">Fiction</a></th><th><a href="/p">Poetry</a></th><th>Essay</th></tr>`)
		}
		for y := 1950; y < 1958; y++ {
			switch {
			case y == 1953:
				fmt.Fprintf(b, `<tr><th>%d</th><td colspan="3">Not awarded</td></tr>`, y)
			case y < 1955:
				fmt.Fprintf(b, `<tr><th>%d</th><td><a href="/w/%d">Ann Wright</a></td><td><a href="/v/%d">Ivo Stone</a></td></tr>`, y, y, y)
			default:
				fmt.Fprintf(b, `<tr><th>%d</th><td><a href="/w/%d">Ann Wright</a></td><td><a href="/v/%d">Ivo Stone</a></td>`+
					`<td><a href="/e/%d">Lea Marsh</a></td></tr>`, y, y, y, y)
			}
		}
	}
	links := func(b *strings.Builder, header bool) {
		if header {
			b.WriteString(`<tr><th><a href="/x">Fiction</a></th><th><a href="/y">Poetry</a></th></tr>`)
		}
		for i := range 6 {
			fmt.Fprintf(b, `<tr><td><a href="/w/%d">Ann Wright</a></td><td><a href="/v/%d">Ivo Stone</a></td></tr>`, i, i)
		}
	}
	intro := `<h1>Prize winners by year</h1><p>The prize has been given every spring since the first ceremony, to writers chosen by a jury of readers.</p>`
	tests := []struct {
		name  string
		typ   PageType
		table func(b *strings.Builder, header bool)
		head  bool
		foot  bool
		kept  bool
	}{
		{"records on a listing", PageListing, record, true, false, true},
		{"records on a documentation page", PageDocumentation, record, true, false, true},
		{"records on a service page", PageService, record, true, false, true},
		{"no header row", PageListing, record, false, false, false},
		{"links only", PageListing, links, true, false, false},
		{"in the footer", PageListing, record, true, true, false},
		{"a forum's table", PageForum, record, true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(intro)
			if tt.foot {
				b.WriteString(`<footer>`)
			}
			b.WriteString(`<table>`)
			tt.table(&b, tt.head)
			b.WriteString(`</table>`)
			if tt.foot {
				b.WriteString(`</footer>`)
			}
			s := segmentedPage(t, synthPage(`<title>Prize winners</title>`, b.String()))
			keepSections(s.blocks, tt.typ)
			n := 0
			for _, bl := range s.blocks {
				if bl.Kept && strings.Contains(bl.Text, "Ann Wright") {
					n++
				}
			}
			if kept := n == 7; kept != tt.kept {
				t.Errorf("kept %d of 7 linked names, want all kept %v", n, tt.kept)
			}
			if tt.typ == PageListing && !tt.foot && !strings.Contains(renderText(s.blocks), "jury of readers") {
				t.Error("the introduction went")
			}
		})
	}
}
