package extract

import (
	"strings"
	"testing"
)

// TestKeepDataTables: a table of data inside the article's body is kept
// whole though its cells are links (a release's downloads); a table
// without a header row, or whose rows are only links, keeps density's
// verdicts.
func TestKeepDataTables(t *testing.T) {
	const (
		head = `<html><head><title>Release 4.2</title></head><body>
<div class="nav"><a href="/">Home</a> <a href="/blog">Blog</a></div><article><h1>Release 4.2</h1>
<p>Version 4.2 fixes the crash on startup that some of you reported and adds support for the new file format.</p>`
		tail = `<p>The release also speeds up the loading of large projects by about a third on our test machines.</p>
</article><div class="foot">© Example</div></body></html>`
		header = `<tr><th>Platform</th><th>Download</th><th>Size</th></tr>`
		rows   = `<tr><td>Linux</td><td><a href="/dl/a.tar.gz">app-linux.tar.gz</a></td><td>12 MB</td></tr>
<tr><td>macOS</td><td><a href="/dl/a.dmg">app-macos.dmg</a></td><td>15 MB</td></tr>
<tr><td>Windows</td><td><a href="/dl/a.msi">app-windows.msi</a></td><td>14 MB</td></tr>`
		linkRows = `<tr><td><a href="/a">Linux</a></td><td><a href="/dl/a.tar.gz">app-linux.tar.gz</a></td></tr>
<tr><td><a href="/b">macOS</a></td><td><a href="/dl/a.dmg">app-macos.dmg</a></td></tr>
<tr><td><a href="/c">Windows</a></td><td><a href="/dl/a.msi">app-windows.msi</a></td></tr>`
	)
	tests := []struct {
		name  string
		table string
		kept  bool // whether the linked cells are in the text
	}{
		{"header row over data", "<table>" + header + rows + "</table>", true},
		{"header in thead", "<table><thead>" + header + "</thead><tbody>" + rows + "</tbody></table>", true},
		{"no header row", "<table>" + rows + "</table>", false},
		{"rows only links", "<table><tr><th>Platform</th><th>Download</th></tr>" + linkRows + "</table>", false},
		{"one data row", "<table>" + header + `<tr><td>Linux</td><td><a href="/dl/a.tar.gz">app-linux.tar.gz</a></td><td>12 MB</td></tr></table>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(head+tt.table+tail), Options{URL: "https://example.org/2024/06/release-4-2"})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Text, "The release also speeds up") {
				t.Fatalf("article lost:\n%s", res.Text)
			}
			if got := strings.Contains(res.Text, "app-linux.tar.gz"); got != tt.kept {
				t.Errorf("linked cell kept = %v, want %v; text:\n%s", got, tt.kept, res.Text)
			}
		})
	}
}
