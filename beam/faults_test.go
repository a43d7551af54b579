package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// TestFaultsAreCountedAndSkipped: a malformed WARC record, a response that
// is not HTML, a page over the size limit and a bad JSONL line are counted
// in the metrics and skipped; the job succeeds and writes every other page.
func TestFaultsAreCountedAndSkipped(t *testing.T) {
	dir := t.TempDir()
	recs := siteRecords(4, "news", map[string]int{"daily.example": 10}, []string{"daily.example"})
	recs = append(recs[:3], append([]record{
		{url: "https://daily.example/cut", contentType: "text/html", body: page(newSynth(5), "daily.example", 90), lie: -200},
		{url: "https://daily.example/logo.png", contentType: "image/png", body: "\x89PNG\r\n\x1a\nnot really"},
		{url: "https://daily.example/huge", contentType: "text/html", body: "<p>" + strings.Repeat("Far too long a page. ", 2000) + "</p>"},
	}, recs[3:]...)...)
	writeCrawl(t, filepath.Join(dir, "crawl.warc.gz"), recs)
	jsonl := `{"url":"https://notes.example/1","text":"A note that is fine to read and keep."}` + "\n" + `{"url": "https://notes.example/2", "html": ` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "notes.jsonl"), []byte(jsonl), 0o644); err != nil {
		t.Fatal(err)
	}
	got, counters := run(t, Config{Input: filepath.Join(dir, "*"), MaxBytes: 16 << 10})
	want := map[string]int64{"pages_written": 11, "malformed_records": 2, "not_html": 1, "too_large": 1}
	for name, n := range want {
		if counters[name] != n {
			t.Errorf("counter %s = %d, want %d (all: %v)", name, counters[name], n, counters)
		}
	}
	for _, u := range []string{"https://daily.example/cut", "https://daily.example/logo.png", "https://daily.example/huge", "https://notes.example/2"} {
		if _, ok := got[u]; ok {
			t.Errorf("%s was written", u)
		}
	}
	if len(got) != 11 {
		t.Errorf("%d records, want 11", len(got))
	}
}

// TestUnreadableInputIsNotFatal: a file that is no WARC at all (its gzip
// stream is damaged from the start) is counted, and the job writes the
// other files' pages.
func TestUnreadableInputIsNotFatal(t *testing.T) {
	dir := t.TempDir()
	writeCrawl(t, filepath.Join(dir, "a.warc.gz"), siteRecords(6, "news", map[string]int{"a.example": 3}, []string{"a.example"}))
	if err := os.WriteFile(filepath.Join(dir, "b.warc.gz"), []byte("\x1f\x8b\x08\x00garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, counters := run(t, Config{Input: filepath.Join(dir, "*.warc.gz")})
	if len(got) != 3 || counters["malformed_records"] != 1 {
		t.Errorf("%d records, counters %v: want 3 records and the damaged file counted", len(got), counters)
	}
}

// TestHotSite: one site with most of the pages is sampled in pass 1 (its
// sample stays within --sample-pages) and every one of its pages, sampled
// or not, loses the template and keeps its article.
func TestHotSite(t *testing.T) {
	dir := t.TempDir()
	sites := map[string]int{"hot.example": 300}
	order := []string{"hot.example"}
	for _, s := range []string{"a.example", "b.example", "c.example", "d.example"} {
		sites[s] = 6
		order = append(order, s)
	}
	writeCrawl(t, filepath.Join(dir, "crawl.warc.gz"), siteRecords(7, "news", sites, order))
	c := Config{Input: filepath.Join(dir, "*.warc.gz"), Output: filepath.Join(t.TempDir(), "out"), SamplePages: 40, Shards: 2, MaxBytes: 1 << 20, Favor: "balanced"}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}
	counters := Counters(res.Metrics())
	if counters["sites_sampled"] != 1 || counters["sites"] != 5 || counters["pages_written"] != 324 {
		t.Errorf("counters %v: want 5 sites, 1 sampled, 324 pages", counters)
	}
	for _, d := range res.Metrics().AllMetrics().Distributions() {
		t.Logf("%s: %+v", d.Key.Name, d.Result())
		if d.Key.Name == "sample_bytes" && d.Result().Max > 40*2048 {
			t.Errorf("a site's sample took %d bytes: not bounded by 40 pages", d.Result().Max)
		}
	}
	files, _ := filepath.Glob(c.Output + "*.jsonl")
	got := readRecords(t, files)
	for url, r := range got {
		if !strings.Contains(url, "hot.example") {
			continue
		}
		if strings.Contains(r.Text, "Our editors at") || !strings.Contains(r.Text, "harbour office") {
			t.Errorf("%s: template kept or article lost:\n%s", url, r.Text)
		}
	}
}
