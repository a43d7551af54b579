package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeCorpus writes a tiny synthetic corpus of both kinds under dir.
func writeCorpus(t *testing.T, dir string) {
	t.Helper()
	// The scrapinghub page has a footer line that the C4 line filter keeps
	// (a sentence of three words or more), so winnow beats both baselines
	// there in text mode; on the trafilatura page, too short for text mode,
	// it does not.
	const body = "The city council voted on Tuesday to extend the riverside park by two hectares, " +
		"after a year of meetings in which residents asked for shade, benches and a path that stays dry in winter."
	files := map[string][]byte{
		"scrapinghub/ground-truth.json": []byte(`{"p1": {"articleBody": "` + body + `", "url": "https://a.example/"}}`),
		"trafilatura/segments.json":     []byte(`{"k1": {"url": "https://b.example/", "with": ["Body"], "without": ["Menu"]}}`),
		"scrapinghub/html/p1.html.gz": gz(t, "<nav>Home</nav><p>"+body+"</p>"+
			"<footer><p>© 2024 Example Media. All rights reserved.</p></footer>"),
		"trafilatura/html/k1.html.gz": gz(t, "<nav>Menu</nav><p>Body</p>"),
		"wcxb/ground-truth.json": []byte(`{
			"w1": {"url": "https://c.example/a", "page_type": "article", "title": "Park grows", "author": "Ann Lee",
				"date": "2025-09-04", "articleBody": "` + body + `"},
			"w2": {"url": "https://c.example/b", "page_type": "listing", "title": "Shoes", "author": "", "date": "",
				"articleBody": "Red running shoe with a light sole\n\nBlue walking shoe for long days"}}`),
		"wcxb/html/w1.html.gz": gz(t, `<html><head><title>Park grows</title><meta name="author" content="Ann Lee">`+
			`<meta property="article:published_time" content="2025-09-04T10:00:00Z"></head>`+
			`<body><nav>Home</nav><h1>Park grows</h1><p>`+body+`</p></body></html>`),
		"wcxb/html/w2.html.gz": gz(t, "<h1>Shoes</h1><ul><li>Red running shoe with a light sole</li><li>Blue walking shoe for long days</li></ul>"),
		"mercury/meta.json": []byte(`{"m1": {"url": "https://d.example/a", "title": "Park grows", "author": "Ann Lee",
			"date_published": "2025-09-04T10:00:00.000Z", "first13": "The city council voted on Tuesday to extend the riverside park by"}}`),
		"mercury/html/m1.html.gz": gz(t, `<html><head><title>Park grows</title><meta name="author" content="Ann Lee">`+
			`<meta property="article:published_time" content="2025-09-04T10:00:00Z"></head>`+
			`<body><h1>Park grows</h1><p>`+body+`</p></body></html>`),
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func floorFile(t *testing.T, dir, text string) string {
	path := filepath.Join(dir, "floors")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gz(t *testing.T, s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	return b.Bytes()
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir)
	tests := []struct {
		name     string
		args     []string
		code     int
		out, err string
	}{
		{"missing data skips", []string{"-data", filepath.Join(dir, "nope")}, 0, "skipping: evaluation data not found", ""},
		{"all modes", []string{"-data", dir, "-mode", "all", "-report", "1", "-detector"}, 0, "c4-filter", ""},
		{"one corpus", []string{"-data", dir, "-corpus", "trafilatura"}, 0, "trafilatura", ""},
		{"floor not met", []string{"-data", dir, "-min-f1-scrapinghub", "1.01"}, 1, "scrapinghub", "FAIL: scrapinghub.html.all.f1 is"},
		{"floor met", []string{"-data", dir, "-min-f1-scrapinghub", "0.9"}, 0, "scrapinghub", ""},
		{"text floor not met", []string{"-data", dir, "-mode", "text", "-min-text-f1-trafilatura", "0.5"}, 1, "c4-filter",
			"FAIL: trafilatura.text.all.f1 is 0.0000, below the floor 0.5000"},
		{"text floor met", []string{"-data", dir, "-mode", "text", "-min-text-f1-scrapinghub", "0.9"}, 0, "c4-filter", ""},
		{"html floor ignored in text mode", []string{"-data", dir, "-mode", "text", "-min-f1-scrapinghub", "1.01"}, 0, "c4-filter", ""},
		{"text above baselines", []string{"-data", dir, "-mode", "text", "-corpus", "scrapinghub", "-text-above-baselines"}, 0, "c4-filter", ""},
		{"text not above baselines", []string{"-data", dir, "-mode", "text", "-corpus", "trafilatura", "-text-above-baselines"}, 1, "c4-filter",
			"FAIL: trafilatura text-mode F1 0.0000 (page rendering, all pages) is not above the c4-filter baseline's 0.0000"},
		{"rendering floor not met", []string{"-data", dir, "-mode", "text", "-corpus", "scrapinghub", "-floor", "scrapinghub.text-wrapped.all.f1=1.01"},
			1, "text-wrapped", "FAIL: scrapinghub.text-wrapped.all.f1 is"},
		{"rendering floor met", []string{"-data", dir, "-mode", "text", "-corpus", "scrapinghub", "-rendering", "innertext",
			"-floor", "scrapinghub.text-innertext.all.f1=0.9"}, 0, "text-innertext", ""},
		{"floor of a rendering not run", []string{"-data", dir, "-mode", "text", "-rendering", "page,dump", "-floor", "scrapinghub.text-wrapped.all.f1=1.01"},
			0, "text-dump", ""},
		{"bad rendering", []string{"-data", dir, "-rendering", "lynx"}, 2, "", "unknown rendering"},
		{"bad floor rendering", []string{"-data", dir, "-floor", "scrapinghub.text-lynx.all.f1=0.5"}, 2, "", "unknown rendering"},
		{"text floor on missing corpus", []string{"-data", dir, "-mode", "text", "-corpus", "scrapinghub", "-min-text-f1-trafilatura", "0.5"}, 0, "", ""},
		{"floor on missing corpus", []string{"-data", dir, "-corpus", "scrapinghub", "-min-f1-trafilatura", "0.5"}, 0, "", ""},
		{"wcxb by type and metadata", []string{"-data", dir, "-corpus", "wcxb"}, 0, "word F1 by page type", ""},
		{"mercury metadata", []string{"-data", dir, "-corpus", "mercury", "-floor", "mercury.html.all.title=1", "-floor", "mercury.html.all.lead=1"},
			0, "title", ""},
		{"mercury author floor met", []string{"-data", dir, "-corpus", "mercury", "-floor", "mercury.html.all.author=1"}, 0, "", ""},
		{"wcxb type floor not met", []string{"-data", dir, "-corpus", "wcxb", "-floor", "wcxb.html.all.f1.listing=1.01"}, 1, "",
			"FAIL: wcxb.html.all.f1.listing is"},
		{"floor of a half not shown", []string{"-data", dir, "-corpus", "wcxb", "-split", "tune", "-floor", "wcxb.html.check.f1=1.01"}, 0, "", ""},
		{"floor file", []string{"-data", dir, "-corpus", "scrapinghub", "-floors", floorFile(t, dir, "# gate\nscrapinghub.html.all.f1 1.01\n")},
			1, "", "FAIL: scrapinghub.html.all.f1"},
		{"a floor argument wins over a floor file", []string{"-data", dir, "-corpus", "scrapinghub", "-floors",
			floorFile(t, dir, "scrapinghub.html.all.f1 1.01\n"), "-floor", "scrapinghub.html.all.f1=0.5"}, 0, "", ""},
		{"bad floor name", []string{"-data", dir, "-floor", "scrapinghub.html.some.f1=0.5"}, 2, "", "half \"some\""},
		{"bad floor metric", []string{"-data", dir, "-floor", "scrapinghub.html.all.title.x=0.5"}, 2, "", "unknown metric"},
		{"bad floor value", []string{"-data", dir, "-floor", "scrapinghub.html.all.f1=high"}, 2, "", "invalid syntax"},
		{"text mode on wcxb when asked", []string{"-data", dir, "-corpus", "wcxb", "-mode", "text", "-text-corpora", "all"}, 0, "c4-filter", ""},
		{"no text mode on wcxb by default", []string{"-data", dir, "-corpus", "wcxb", "-mode", "text", "-floor", "wcxb.text.all.f1=1.01"}, 0, "", ""},
		{"bad text corpora", []string{"-data", dir, "-text-corpora", "x"}, 2, "", "unknown corpus"},
		{"bad split", []string{"-data", dir, "-split", "half"}, 2, "", "unknown split"},
		{"bad mode", []string{"-data", dir, "-mode", "pdf"}, 2, "", "unknown -mode"},
		{"bad corpus", []string{"-data", dir, "-corpus", "x"}, 2, "", "unknown corpus"},
		{"bad favor", []string{"-favor", "x"}, 2, "", "unknown -favor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(tt.args, &out, &errb)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out.String(), errb.String())
			}
			if !strings.Contains(out.String(), tt.out) {
				t.Errorf("stdout lacks %q:\n%s", tt.out, out.String())
			}
			if !strings.Contains(errb.String(), tt.err) {
				t.Errorf("stderr lacks %q:\n%s", tt.err, errb.String())
			}
		})
	}
}

func TestRunJSON(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir)
	var out, errb bytes.Buffer
	if code := run([]string{"-data", dir, "-json", "-mode", "text", "-rendering", "page,wrapped"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var doc struct {
		Runs []struct {
			Corpus, Mode, Rendering, Extractor string
			F1                                 float64
		}
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out.String())
	}
	if len(doc.Runs) != 12 {
		t.Fatalf("runs = %+v, want 3 extractors on 2 corpora in 2 renderings", doc.Runs)
	}
	for i, r := range doc.Runs {
		if want := [...]string{"page", "wrapped"}[i/3%2]; r.Rendering != want {
			t.Errorf("run %d: rendering %q, want %q", i, r.Rendering, want)
		}
		if r.Extractor == "whole-text" && r.Corpus == "trafilatura" && r.F1 != 2./3 {
			t.Errorf("whole text on trafilatura: F1 %v, want 2/3 (Body and Menu both kept)", r.F1)
		}
	}
}
