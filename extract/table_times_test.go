package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// A date or a time in a table whose other cells are kept is one of the
// table's values; a table with a cell dropped for another reason, a
// single row and a row that keeps no cell leave the dates dropped.
func TestKeepTableTimes(t *testing.T) {
	cell := func(row int, text string, r boilerplate.Reason) boilerplate.Block {
		return bodyBlock(boilerplate.KindTableCell, row, text, 0, r)
	}
	date, nav := boilerplate.ReasonDateline, boilerplate.ReasonNavigation
	tests := []struct {
		name  string
		cells []boilerplate.Block
		kept  []bool
	}{
		{"a timetable", []boilerplate.Block{
			cell(1, "Route 4", ""), cell(1, "Extended to the hospital", ""), cell(1, "05:40", date),
			cell(2, "Route 7", ""), cell(2, "No Sunday service", ""), cell(2, "06:25", date),
		}, []bool{true, true, true, true, true, true}},
		{"a cell dropped as navigation", []boilerplate.Block{
			cell(1, "Route 4", ""), cell(1, "Extended to the hospital", ""), cell(1, "05:40", date),
			cell(2, "Timetables", nav), cell(2, "No Sunday service", ""), cell(2, "06:25", date),
		}, []bool{true, true, false, false, true, false}},
		{"one row", []boilerplate.Block{
			cell(1, "Posted by Ann", ""), cell(1, "12 March 2024", date),
		}, []bool{true, false}},
		{"a row of dates alone", []boilerplate.Block{
			cell(1, "Route 4", ""), cell(1, "05:40", date),
			cell(2, "06:25", date),
		}, []bool{true, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keepTableTimes(tt.cells)
			for i := range tt.cells {
				if tt.cells[i].Kept != tt.kept[i] {
					t.Errorf("cell %d %q kept %v, want %v", i, tt.cells[i].Text, tt.cells[i].Kept, tt.kept[i])
				}
			}
		})
	}
}

// A table of data in an article whose column holds dates is taken back
// whole, its linked cells and its dates with it.
func TestDatedDataTable(t *testing.T) {
	page := `<html><head><title>Release 4.2</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/blog">Blog</a></div><article><h1>Release 4.2</h1>
<p>Version 4.2 fixes the crash on startup that some of you reported and adds support for the new file format.</p>
<table><tr><th>Platform</th><th>Download</th><th>Released</th></tr>
<tr><td>Linux</td><td><a href="/dl/a.tar.gz">app-linux.tar.gz</a></td><td>12 March 2024</td></tr>
<tr><td>macOS</td><td><a href="/dl/a.dmg">app-macos.dmg</a></td><td>14 March 2024</td></tr>
<tr><td>Windows</td><td><a href="/dl/a.msi">app-windows.msi</a></td><td>15 March 2024</td></tr></table>
<p>The release also speeds up the loading of large projects by about a third on our test machines.</p>
</article><div class="foot">© Example</div></body></html>`
	res, err := FromBytes([]byte(page), Options{URL: "https://example.org/2024/06/release-4-2"})
	if err != nil {
		t.Fatal(err)
	}
	checkHolds(t, res.Text, []string{"app-linux.tar.gz", "app-windows.msi", "14 March 2024", "The release also speeds up"},
		[]string{"Blog", "© Example"})
	if strings.Count(res.Text, "March 2024") != 3 {
		t.Errorf("want the three dates of the table:\n%s", res.Text)
	}
}
