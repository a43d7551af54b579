package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReferenceShaped: a page laid out as reference (in-page links and
// code, definition items or headings with permalinks) is documentation
// shaped; a landing page with a skip link and a terminal demo, one that
// links to its sections but shows no reference, and one with a definition
// list but no in-page links are not.
func TestReferenceShaped(t *testing.T) {
	outline := `<nav class="toc"><a href="#install">Install</a><a href="#usage">Usage</a></nav>`
	tests := []struct {
		name string
		page string
		want bool
	}{
		{"outline and code", outline + `<h1>Ferry</h1><h2 id="install">Install</h2><pre><code>go install example.org/ferry@latest</code></pre>`, true},
		{"outline and definitions", outline + `<h1>Ferry</h1><dl><dt>--dry-run</dt><dd>Print the plan.</dd><dt>--force</dt><dd>Run every step.</dd></dl>`, true},
		{"permalinks", `<h1>Ferry</h1><h2 id="a">Install <a href="#a">¶</a></h2><p>Download it.</p><h2 id="b">Usage <a href="#b">¶</a></h2><p>Run it.</p>`, true},
		{"skip link and a terminal demo", `<a href="#main">Skip to content</a><h1>Ship faster</h1><pre>$ ferry deploy</pre><h2>Loved by teams</h2>`, false},
		{"section links, no reference", `<a href="#features">Features</a><a href="#pricing">Pricing</a><h1>Ship faster</h1><h2 id="features">Features</h2><p>Fast.</p>`, false},
		{"definitions, no in-page links", `<h1>Our plans</h1><dl><dt>Basic</dt><dd>One seat.</dd><dt>Team</dt><dd>Ten seats.</dd></dl>`, false},
		{"hidden code", outline + `<h1>Ship faster</h1><p>Ferry moves your builds to every region in minutes, with rollbacks that take one click and logs that stay for a year.</p><div hidden><pre>$ ferry deploy</pre></div>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segmentedPage(t, `<html><body>`+tt.page+`</body></html>`)
			if got := referenceShaped(s); got != tt.want {
				t.Errorf("referenceShaped = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestDocumentationJudged: the synthetic pages of TestDocumentationShapes
// are judged documentation from their structure, under a URL whose path
// announces no kind of page.
func TestDocumentationJudged(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "docs", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	for _, f := range files {
		page, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		res, err := FromBytes(page, Options{URL: "https://example.org/" + name})
		if err != nil {
			t.Fatal(err)
		}
		if res.PageType != PageDocumentation {
			t.Errorf("%s judged %s", name, res.PageType)
		}
	}
}
