package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/winnowtext/winnow/extract"
)

// TestMain runs the pipelines on Beam's local runner (prism), or the one
// named by --runner.
func TestMain(m *testing.M) { ptest.Main(m) }

// jsonRecord is a record of the output, as winnow -format jsonl writes it.
type jsonRecord struct {
	Source, URL, Title, Language, Text, Error string
	Date                                      string `json:"date"`
}

// run runs the pipeline on c and returns the records by URL and the
// counters.
func run(t *testing.T, c Config) (map[string]jsonRecord, map[string]int64) {
	t.Helper()
	if c.Output == "" {
		c.Output = filepath.Join(t.TempDir(), "out")
	}
	if c.MaxBytes == 0 {
		c.MaxBytes = extract.DefaultMaxInputBytes
	}
	if c.Favor == "" {
		c.Favor = "balanced"
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	files, _ := filepath.Glob(c.Output + "*.jsonl")
	if len(files) > max(c.Shards, 1) {
		t.Errorf("%d output files for %d shards", len(files), c.Shards)
	}
	return readRecords(t, files), Counters(res.Metrics())
}

// readRecords reads JSONL files, keyed by URL (each URL once).
func readRecords(t *testing.T, files []string) map[string]jsonRecord {
	t.Helper()
	out := map[string]jsonRecord{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var r jsonRecord
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if _, dup := out[r.URL]; dup {
				t.Errorf("%s written twice", r.URL)
			}
			out[r.URL] = r
		}
	}
	return out
}

var (
	buildOnce sync.Once
	winnowBin string
	buildErr  error
)

// oneMachine returns what winnow -format jsonl prints for inputs after its
// site memory has seen them once (a first run saves it, a second prints),
// keyed by URL.
func oneMachine(t *testing.T, inputs ...string) map[string]jsonRecord {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "winnow-beam-test")
		if err != nil {
			buildErr = err
			return
		}
		winnowBin = filepath.Join(dir, "winnow")
		out, err := exec.Command("go", "build", "-o", winnowBin, "github.com/winnowtext/winnow/cmd/winnow").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("building winnow: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	dir := t.TempDir()
	memory := filepath.Join(dir, "site-memory")
	out := filepath.Join(dir, "cli.jsonl")
	args := append([]string{"-quiet", "-format", "jsonl", "-site-memory", memory, "-o", out}, inputs...)
	for range 2 {
		if b, err := exec.Command(winnowBin, args...).CombinedOutput(); err != nil {
			t.Fatalf("winnow %v: %v\n%s", args, err, b)
		}
	}
	return readRecords(t, []string{out})
}

// TestSameAnswerAsOneMachine: every record's text (and metadata) is what
// winnow prints with a site memory that has seen the whole input, on WARC
// and JSONL input of several sites.
func TestSameAnswerAsOneMachine(t *testing.T) {
	dir := t.TempDir()
	sites := map[string]int{"daily.example": 24, "weekly.example": 7, "tiny.example": 2}
	writeCrawl(t, filepath.Join(dir, "crawl-1.warc.gz"), siteRecords(1, "news", sites, []string{"daily.example", "weekly.example", "tiny.example"}))
	writeCrawl(t, filepath.Join(dir, "crawl-2.warc.gz"), siteRecords(2, "sport", map[string]int{"daily.example": 9, "other.example": 5}, []string{"other.example", "daily.example"}))
	// JSONL: HTML of one more site and a text record.
	var jsonl strings.Builder
	for i, r := range siteRecords(3, "news", map[string]int{"jsonl.example": 6}, []string{"jsonl.example"}) {
		line, _ := json.Marshal(map[string]any{"url": r.url, "html": r.body, "id": i})
		jsonl.Write(line)
		jsonl.WriteByte('\n')
	}
	jsonl.WriteString(`{"url":"https://notes.example/1","text":"A line of text that stands alone in the record.\n\nAnd a second paragraph, longer than the first one, to keep."}` + "\n")
	if err := os.WriteFile(filepath.Join(dir, "pages.jsonl"), []byte(jsonl.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	got, counters := run(t, Config{Input: filepath.Join(dir, "*"), Shards: 3})
	want := oneMachine(t, filepath.Join(dir, "crawl-1.warc.gz"), filepath.Join(dir, "crawl-2.warc.gz"), filepath.Join(dir, "pages.jsonl"))
	if len(want) != 24+7+2+9+5+6+1 {
		t.Fatalf("winnow printed %d records", len(want))
	}
	if len(got) != len(want) || counters["pages_written"] != int64(len(want)) {
		t.Errorf("pipeline wrote %d records (counted %d), winnow %d", len(got), counters["pages_written"], len(want))
	}
	for url, w := range want {
		g, ok := got[url]
		switch {
		case !ok:
			t.Errorf("%s: no record", url)
		case g.Text != w.Text || g.Title != w.Title || g.Language != w.Language || g.Date != w.Date || g.Source != w.Source:
			t.Errorf("%s: pipeline\n%+v\nwinnow\n%+v", url, g, w)
		}
	}
	// The test means something only if the site memory dropped the
	// template, from the first page of a site as from the last.
	for _, u := range []string{"https://daily.example/news/0", "https://daily.example/news/23", "https://daily.example/sport/8", "https://jsonl.example/news/0"} {
		site := strings.Split(u, "/")[2]
		if r := got[u]; strings.Contains(r.Text, "Our editors at") || !strings.Contains(r.Text, "harbour office") {
			t.Errorf("%s (%s): template kept or article lost:\n%s", u, site, r.Text)
		}
	}
	if r := got["https://tiny.example/news/0"]; !strings.Contains(r.Text, "Our editors at") {
		t.Errorf("a site of two pages has no template to learn, yet its template paragraph went:\n%s", r.Text)
	}
	if counters["site_templates"] != 4 {
		t.Errorf("%d site templates, want 4 (daily, weekly, other, jsonl): %v", counters["site_templates"], counters)
	}
}
