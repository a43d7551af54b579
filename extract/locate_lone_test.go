package extract

import (
	"strings"
	"testing"
)

// TestLoneBlockArticle: when the densest container is a single paragraph
// whose parent markup names as the article, the whole article element is
// the container, and the line after the table of files is kept.
func TestLoneBlockArticle(t *testing.T) {
	const (
		lead = `<p>Version 4.2 fixes the crash on startup that some of you reported and adds support for the new file format.</p>`
		rest = `<table><tr><th>Platform</th><th>Download</th><th>Size</th></tr><tr><td>Linux</td><td><a href="/dl/a.tar.gz">app-linux.tar.gz</a></td><td>12 MB</td></tr>` +
			`<tr><td>macOS</td><td><a href="/dl/a.dmg">app-macos.dmg</a></td><td>15 MB</td></tr>` +
			`<tr><td>Windows</td><td><a href="/dl/a.msi">app-windows.msi</a></td><td>14 MB</td></tr></table>` +
			`<p>Checksums are on the <a href="/checksums">checksums page</a>.</p>`
	)
	tests := []struct {
		name, wrap string
		want       bool // whether the line after the table is kept
	}{
		{"article element", "<article>%s</article>", true},
		{"main element", "<main>%s</main>", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := strings.Replace(tt.wrap, "%s", "<h1>Release 4.2</h1>"+lead+rest, 1)
			page := `<html><head><title>Release 4.2</title></head><body><div class="nav"><a href="/">Home</a> <a href="/blog">Blog</a> <a href="/about">About</a></div>` +
				body + `<div class="foot"><a href="/privacy">Privacy</a> © Example</div></body></html>`
			res, err := FromBytes([]byte(page), Options{URL: "https://example.org/2024/06/release-4-2"})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Text, "Version 4.2 fixes the crash") {
				t.Fatalf("article lost:\n%s", res.Text)
			}
			if got := strings.Contains(res.Text, "Checksums are on the checksums page."); got != tt.want {
				t.Errorf("closing line kept = %v, want %v; text:\n%s", got, tt.want, res.Text)
			}
			if got := strings.Contains(res.Text, "app-windows.msi"); got != tt.want {
				t.Errorf("table of files kept = %v, want %v", got, tt.want)
			}
			if strings.Contains(res.Text, "Privacy") {
				t.Errorf("footer kept:\n%s", res.Text)
			}
		})
	}
}
