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
		{"floor not met", []string{"-data", dir, "-min-f1-scrapinghub", "1.01"}, 1, "scrapinghub", "FAIL: scrapinghub html-mode F1"},
		{"floor met", []string{"-data", dir, "-min-f1-scrapinghub", "0.9"}, 0, "scrapinghub", ""},
		{"text floor not met", []string{"-data", dir, "-mode", "text", "-min-text-f1-trafilatura", "0.5"}, 1, "c4-filter",
			"FAIL: trafilatura text-mode F1"},
		{"text floor met", []string{"-data", dir, "-mode", "text", "-min-text-f1-scrapinghub", "0.9"}, 0, "c4-filter", ""},
		{"html floor ignored in text mode", []string{"-data", dir, "-mode", "text", "-min-f1-scrapinghub", "1.01"}, 0, "c4-filter", ""},
		{"text above baselines", []string{"-data", dir, "-mode", "text", "-corpus", "scrapinghub", "-text-above-baselines"}, 0, "c4-filter", ""},
		{"text not above baselines", []string{"-data", dir, "-mode", "text", "-corpus", "trafilatura", "-text-above-baselines"}, 1, "c4-filter",
			"FAIL: trafilatura text-mode F1 0.0000 is not above the c4-filter baseline's 0.0000"},
		{"text floor on missing corpus", []string{"-data", dir, "-mode", "text", "-corpus", "scrapinghub", "-min-text-f1-trafilatura", "0.5"}, 0, "", ""},
		{"floor on missing corpus", []string{"-data", dir, "-corpus", "scrapinghub", "-min-f1-trafilatura", "0.5"}, 0, "", ""},
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
	if code := run([]string{"-data", dir, "-json", "-mode", "text"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var doc struct {
		Runs []struct {
			Corpus, Mode, Extractor string
			F1                      float64
		}
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out.String())
	}
	if len(doc.Runs) != 6 {
		t.Fatalf("runs = %+v, want 3 extractors on 2 corpora", doc.Runs)
	}
	for _, r := range doc.Runs {
		if r.Extractor == "whole-text" && r.Corpus == "trafilatura" && r.F1 != 2./3 {
			t.Errorf("whole text on trafilatura: F1 %v, want 2/3 (Body and Menu both kept)", r.F1)
		}
	}
}
