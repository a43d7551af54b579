package evaluate

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
)

// writeTestCorpus writes a tiny synthetic corpus of both kinds under dir.
func writeTestCorpus(t *testing.T, dir string) {
	t.Helper()
	files := map[string]string{
		"scrapinghub/ground-truth.json": `{"p1": {"articleBody": "Body text here.", "url": "https://a.example/"}}`,
		"trafilatura/segments.json":     `{"k1": {"url": "https://b.example/", "with": ["Body"], "without": ["Menu"]}}`,
		"wcxb/ground-truth.json": `{"0001": {"url": "https://c.example/", "page_type": "listing", "title": "Shoes",
			"author": "", "date": "2025-09-04", "articleBody": "Red shoe\n\nBlue shoe", "with": [], "without": []}}`,
		"mercury/meta.json": `{"d.example": {"url": "https://d.example/a", "title": "A title", "author": "Jane Doe",
			"date_published": "2016-08-10T11:15:53.000Z", "first13": "It began"}}`,
	}
	pages := map[string]string{
		"scrapinghub/html/p1.html.gz":    "<p>Body text here.</p>",
		"trafilatura/html/k1.html.gz":    "<nav>Menu</nav><p>Body</p>",
		"wcxb/html/0001.html.gz":         "<li>Red shoe</li><li>Blue shoe</li>",
		"mercury/html/d.example.html.gz": "<h1>A title</h1><p>It began</p>",
	}
	for name, body := range files {
		write(t, filepath.Join(dir, name), []byte(body))
	}
	for name, body := range pages {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(body))
		zw.Close()
		write(t, filepath.Join(dir, name), b.Bytes())
	}
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	writeTestCorpus(t, dir)
	sh, err := Load(dir, Scrapinghub)
	if err != nil {
		t.Fatal(err)
	}
	if len(sh.Pages) != 1 || sh.Pages[0].Truth != "Body text here." || string(sh.Pages[0].HTML) != "<p>Body text here.</p>" || sh.Bytes() != 22 {
		t.Errorf("scrapinghub = %+v", sh.Pages)
	}
	tf, err := Load(dir, Trafilatura)
	if err != nil {
		t.Fatal(err)
	}
	if p := tf.Pages[0]; p.ID != "k1" || p.URL != "https://b.example/" || p.With[0] != "Body" || p.Without[0] != "Menu" {
		t.Errorf("trafilatura = %+v", p)
	}
	wc, err := Load(dir, WCXB)
	if err != nil {
		t.Fatal(err)
	}
	if p := wc.Pages[0]; p.Type != "listing" || p.Truth != "Red shoe\n\nBlue shoe" || p.Meta != (MetaTruth{Title: "Shoes", Date: "2025-09-04"}) {
		t.Errorf("wcxb = %+v", p)
	}
	me, err := Load(dir, Mercury)
	if err != nil {
		t.Fatal(err)
	}
	if p := me.Pages[0]; p.ID != "d.example" || p.Meta.Author != "Jane Doe" || p.Meta.First13 != "It began" || p.Truth != "" {
		t.Errorf("mercury = %+v", p)
	}
	os.Remove(filepath.Join(dir, "trafilatura/html/k1.html.gz"))
	if _, err := Load(dir, Trafilatura); err == nil {
		t.Error("Load with a page missing should fail")
	}
}
