package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
		{"a thread's cards and post links", `<a href="#p1">#1</a><a href="#p2">#2</a><dl><dt>Joined</dt><dd>Jan 2019</dd><dt>Posts</dt><dd>412</dd></dl><p>My starter will not rise.</p>`, true},
		{"hidden code", outline + `<h1>Ship faster</h1><p>Ferry moves your builds to every region in minutes, with rollbacks that take one click and logs that stay for a year.</p><div hidden><pre>$ ferry deploy</pre></div>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segmentedPage(t, `<html><body>`+tt.page+`</body></html>`)
			if got := referenceShaped(s, false); got != tt.want {
				t.Errorf("referenceShaped = %v, want %v", got, tt.want)
			}
			// Only code counts when code is needed.
			code := strings.Contains(tt.page, "<pre>") && !strings.Contains(tt.page, "hidden") && tt.want
			if got := referenceShaped(s, true); got != code {
				t.Errorf("referenceShaped needing code = %v, want %v", got, code)
			}
		})
	}
}

// TestDocumentationJudged: the synthetic pages of TestDocumentationShapes
// are judged documentation from their structure, under a URL whose path
// announces no kind of page (the model alone takes most for service
// pages), and those without a date under a Read the Docs path (the model
// alone takes them for articles; the help-center article, the how-to and
// the Starlight and VitePress pages print the date they were last
// updated, and the Javadoc pages show no code). The pages of
// TestMoreDocumentationShapes under testdata/shapes are not judged here.
func TestDocumentationJudged(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "docs", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	dated := map[string]bool{"kb": true, "learn": true, "starlight": true, "apiref": true, "javadoc17": true, "vitepress": true}
	for _, f := range files {
		page, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		urls := []string{"https://example.org/" + name}
		if !dated[name] {
			urls = append(urls, "https://tidewater.example.org/en/latest/"+name+".html")
		}
		for _, u := range urls {
			res, err := FromBytes(page, Options{URL: u})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageDocumentation {
				t.Errorf("%s judged %s", u, res.PageType)
			}
		}
	}
}

// TestArticleMarked: a date, a declaration as an article or a blog's path
// marks a page as an article; a page with none is not marked.
func TestArticleMarked(t *testing.T) {
	day := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		sg   pageSignals
		date time.Time
		want bool
	}{
		{"nothing", pageSignals{}, time.Time{}, false},
		{"a date", pageSignals{}, day, true},
		{"JSON-LD article", pageSignals{declared: declared{article: true}}, time.Time{}, true},
		{"og:type article", pageSignals{declared: declared{ogArticle: true}}, time.Time{}, true},
		{"a year in the path", pageSignals{pathDate: true}, time.Time{}, true},
		{"a blog's path", pageSignals{pathKind: "article"}, time.Time{}, true},
		{"a docs path", pageSignals{pathKind: "doc"}, time.Time{}, false},
	}
	for _, tt := range tests {
		if got := articleMarked(&tt.sg, tt.date); got != tt.want {
			t.Errorf("%s: articleMarked = %v, want %v", tt.name, got, tt.want)
		}
	}
}
