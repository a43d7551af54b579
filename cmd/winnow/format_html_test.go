package main

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestRunFormatHTML runs -format html and -explain -format html on one page
// and on two: one document either way, the article as clean HTML, the
// report with a section per page.
func TestRunFormatHTML(t *testing.T) {
	dir := t.TempDir()
	page := strings.Replace(articleHTML("Flood closes the valley road"), articleText,
		`The river rose by <em>two metres</em> overnight, and the <a href="/council">town council</a> opened the school gym to families who had to leave their homes before dawn.`, 1)
	one := write(t, filepath.Join(dir, "one.html"), []byte(page))
	two := write(t, filepath.Join(dir, "two.html"), []byte(articleHTML("Bridge reopens after repairs")))

	r := runCLI(t, "", "-quiet", "-format", "html", "-url", "https://valley.example/news/flood", one)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, s := range []string{
		"<!DOCTYPE html>\n<meta charset=\"utf-8\">\n<article>\n<h1>Flood closes the valley road</h1>\n",
		`The river rose by <em>two metres</em> overnight, and the <a href="https://valley.example/council">town council</a> opened`,
		"</article>\n",
	} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("-format html lacks %q:\n%s", s, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "All rights reserved") || strings.Contains(r.stdout, "<nav") {
		t.Errorf("-format html holds boilerplate:\n%s", r.stdout)
	}

	r = runCLI(t, "", "-quiet", "-format", "html", one, two)
	if n := strings.Count(r.stdout, "<!DOCTYPE html>"); n != 1 || strings.Count(r.stdout, "<article>") != 2 ||
		!strings.Contains(r.stdout, "<!-- winnow: "+one+" -->") || !strings.Contains(r.stdout, "<h1>Bridge reopens after repairs</h1>") {
		t.Errorf("-format html of two pages:\n%s", r.stdout)
	}

	for _, args := range [][]string{{one}, {one, two}} {
		r = runCLI(t, "", append([]string{"-quiet", "-explain", "-format", "html"}, args...)...)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		doc, err := html.Parse(strings.NewReader(r.stdout))
		if err != nil {
			t.Fatal(err)
		}
		sections := 0
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "section" {
				sections++
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if sections != len(args) || strings.Count(r.stdout, "<!DOCTYPE html>") != 1 || !strings.Contains(r.stdout, `id="hide-dropped"`) {
			t.Errorf("-explain -format html of %d pages: %d sections:\n%s", len(args), sections, r.stdout)
		}
	}

	// -explain with another format is the table, as before.
	r = runCLI(t, "", "-quiet", "-explain", "-format", "json", one)
	if !strings.Contains(r.stdout, "KEEP") || strings.Contains(r.stdout, "<section") {
		t.Errorf("-explain -format json is not the table:\n%s", r.stdout)
	}
	r = runCLI(t, "", "-format", "explain-html", one)
	if r.code != exitUsage {
		t.Errorf("-format explain-html: exit %d, want a usage error", r.code)
	}
}
