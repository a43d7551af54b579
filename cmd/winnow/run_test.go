package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/warc"
)

// articleText is a paragraph any extractor keeps.
const articleText = "The river rose by two metres overnight, and the town council opened the school gym to families who had to leave their homes before dawn."

func articleHTML(title string) string {
	return `<!DOCTYPE html><html lang="en"><head><title>` + title + `</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>` + title + `</h1><p>` + articleText + `</p>
<p>Volunteers carried sandbags along the embankment until the water stopped rising in the early afternoon, when the rain eased.</p></article>
<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>`
}

// realExtractor reports whether extract returns text yet; while it is a
// stub, tests check the structure of the output but not its text.
func realExtractor() bool {
	res, err := extract.FromBytes([]byte(articleHTML("Flood")), extract.Options{})
	return err == nil && strings.Contains(res.Text, articleText)
}

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

// records decodes JSONL output.
func records(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("bad JSONL line %q: %v", sc.Text(), err)
		}
		recs = append(recs, m)
	}
	return recs
}

func sources(recs []map[string]any, dir string) []string {
	var out []string
	for _, r := range recs {
		s, _ := r["source"].(string)
		out = append(out, strings.TrimPrefix(filepath.ToSlash(strings.TrimPrefix(s, dir)), "/"))
	}
	return out
}

func write(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gz(data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

func TestRunHTMLFile(t *testing.T) {
	dir := t.TempDir()
	page := write(t, filepath.Join(dir, "page.html"), []byte(articleHTML("Flood")))
	pageGz := write(t, filepath.Join(dir, "page2.html.gz"), gz([]byte(articleHTML("Flood"))))
	for _, path := range []string{page, pageGz} {
		r := runCLI(t, "", "-quiet", path)
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("%s: exit %d, stderr %q", path, r.code, r.stderr)
		}
		if strings.Contains(r.stdout, "==>") {
			t.Errorf("one input must not get a header: %q", r.stdout)
		}
		if realExtractor() && (!strings.Contains(r.stdout, articleText) || strings.Contains(r.stdout, "All rights reserved")) {
			t.Errorf("%s: got %q", path, r.stdout)
		}
	}
}

func TestRunDirGlobAndOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 30 {
		name := fmt.Sprintf("site/p%02d.html", i)
		write(t, filepath.Join(dir, name), []byte(articleHTML(fmt.Sprintf("Story %d", i))))
		want = append(want, name)
	}
	write(t, filepath.Join(dir, "site/logo.png"), []byte("\x89PNG"))
	write(t, filepath.Join(dir, "site/.draft.html"), []byte("<p>draft</p>"))

	for _, tc := range []struct {
		name string
		args []string
	}{
		{"dir", []string{filepath.Join(dir, "site")}},
		{"glob", []string{filepath.Join(dir, "site", "p*.html")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, "", append([]string{"-format", "jsonl", "-j", "4", "-quiet"}, tc.args...)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			recs := records(t, r.stdout)
			if got := strings.Join(sources(recs, dir), " "); got != strings.Join(want, " ") {
				t.Errorf("sources out of order or wrong:\n got %s\nwant %s", got, strings.Join(want, " "))
			}
			for _, rec := range recs {
				if _, ok := rec["error"]; ok {
					t.Errorf("unexpected error: %v", rec)
				}
			}
		})
	}
}

func TestRunStdin(t *testing.T) {
	r := runCLI(t, articleHTML("Flood"), "-format", "jsonl", "-url", "https://news.example.com/flood", "-quiet")
	recs := records(t, r.stdout)
	if r.code != 0 || len(recs) != 1 || recs[0]["source"] != "-" || recs[0]["url"] != "https://news.example.com/flood" {
		t.Fatalf("exit %d, records %v, stderr %s", r.code, recs, r.stderr)
	}
	if realExtractor() && !strings.Contains(recs[0]["text"].(string), articleText) {
		t.Errorf("text %q", recs[0]["text"])
	}
	// "-" among other arguments reads stdin in its place.
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "a.txt"), []byte(articleText))
	r = runCLI(t, "Text from stdin that is long enough to be a paragraph of an article.", "-format", "jsonl", "-quiet", a, "-")
	if got := strings.Join(sources(records(t, r.stdout), dir), " "); got != "a.txt -" {
		t.Errorf("sources %q", got)
	}
}

func TestRunText(t *testing.T) {
	dir := t.TempDir()
	text := "Flood in the valley\n\n" + articleText + "\n\nAccept all cookies\n"
	path := write(t, filepath.Join(dir, "wet.txt"), []byte(text))
	for _, args := range [][]string{{path}, {"-input", "text", "-"}} {
		r := runCLI(t, text, append([]string{"-quiet"}, args...)...)
		if r.code != 0 || !strings.Contains(r.stdout, articleText) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
}

func TestRunJSONL(t *testing.T) {
	dir := t.TempDir()
	in := strings.Join([]string{
		`{"id":"doc-1","url":"https://a.example.com/1","text":"` + articleText + `","crawl":{"ts":20240501}}`,
		`{"id":"doc-2","url":"https://a.example.com/2","html":"<p>` + articleText + `</p>"}`,
		`this is not json`,
		`{"id":"doc-4","url":"https://a.example.com/4"}`,
		``,
		`{"id":"doc-6","text":"` + articleText + `"}`,
	}, "\n")
	path := write(t, filepath.Join(dir, "docs.jsonl.gz"), gz([]byte(in)))
	r := runCLI(t, "", "-format", "jsonl", "-j", "2", path)
	if r.code != 1 {
		t.Errorf("exit %d, want 1 (two bad records)", r.code)
	}
	recs := records(t, r.stdout)
	if got := strings.Join(sources(recs, dir), " "); got != "docs.jsonl.gz:1 docs.jsonl.gz:2 docs.jsonl.gz:3 docs.jsonl.gz:4 docs.jsonl.gz:6" {
		t.Fatalf("sources %q", got)
	}
	if recs[0]["id"] != "doc-1" || recs[0]["url"] != "https://a.example.com/1" || recs[0]["crawl"].(map[string]any)["ts"] != 20240501.0 {
		t.Errorf("fields not passed through: %v", recs[0])
	}
	if !strings.Contains(recs[0]["text"].(string), articleText) {
		t.Errorf("text mode lost the paragraph: %v", recs[0]["text"])
	}
	for _, i := range []int{2, 3} {
		if recs[i]["error"] == nil {
			t.Errorf("record %d: want an error field: %v", i, recs[i])
		}
	}
	if recs[4]["id"] != "doc-6" || recs[4]["error"] != nil {
		t.Errorf("the batch must go on after bad records: %v", recs[4])
	}
	if !strings.Contains(r.stderr, "docs.jsonl.gz:3: not a JSON object") || !strings.Contains(r.stderr, "5 pages, 2 failed") {
		t.Errorf("stderr %q", r.stderr)
	}
}

func writeTestWARC(t *testing.T, path string, gzipped bool) {
	t.Helper()
	var f bytes.Buffer
	rec := func(fields [][2]string, block string) {
		var b bytes.Buffer
		if err := warc.WriteRecord(&b, fields, []byte(block)); err != nil {
			t.Fatal(err)
		}
		if gzipped {
			f.Write(gz(b.Bytes())) // one gzip member per record, as crawlers write
		} else {
			f.Write(b.Bytes())
		}
	}
	http := func(status, ct, body string) string {
		return "HTTP/1.1 " + status + "\r\nContent-Type: " + ct + "\r\nContent-Length: " + fmt.Sprint(len(body)) + "\r\n\r\n" + body
	}
	rec([][2]string{{"WARC-Type", "warcinfo"}}, "software: winnow-test\r\n")
	rec([][2]string{{"WARC-Type", "request"}, {"WARC-Target-URI", "https://news.example.com/flood"}}, "GET /flood HTTP/1.1\r\n\r\n")
	rec([][2]string{{"WARC-Type", "response"}, {"WARC-Target-URI", "https://news.example.com/flood"}, {"Content-Type", "application/http; msgtype=response"}},
		http("200 OK", "text/html; charset=windows-1252", strings.Replace(articleHTML("Flood"), "river", "caf\xe9 river", 1)))
	rec([][2]string{{"WARC-Type", "response"}, {"WARC-Target-URI", "https://news.example.com/logo.png"}}, http("200 OK", "image/png", "\x89PNG"))
	rec([][2]string{{"WARC-Type", "response"}, {"WARC-Target-URI", "https://news.example.com/old"}}, http("301 Moved Permanently", "text/html", "moved"))
	rec([][2]string{{"WARC-Type", "response"}, {"WARC-Target-URI", "https://news.example.com/rain"}}, http("200 OK", "text/html", articleHTML("Rain")))
	write(t, path, f.Bytes())
}

func TestRunWARC(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"crawl.warc", "crawl.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			writeTestWARC(t, path, strings.HasSuffix(name, ".gz"))
			r := runCLI(t, "", "-format", "jsonl", path)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			recs := records(t, r.stdout)
			if len(recs) != 2 || recs[0]["url"] != "https://news.example.com/flood" || recs[1]["url"] != "https://news.example.com/rain" {
				t.Fatalf("records %v", recs)
			}
			if !strings.Contains(r.stderr, "2 pages, 0 failed, 2 records skipped") {
				t.Errorf("summary %q", r.stderr)
			}
			if realExtractor() && !strings.Contains(recs[0]["text"].(string), "café river") {
				t.Errorf("charset from the HTTP header not applied: %q", recs[0]["text"])
			}
		})
	}
	// From stdin, the WARC is recognised by its first bytes.
	data, _ := os.ReadFile(filepath.Join(dir, "crawl.warc.gz"))
	r := runCLI(t, string(data), "-format", "jsonl", "-quiet")
	if recs := records(t, r.stdout); r.code != 0 || len(recs) != 2 {
		t.Errorf("stdin WARC: exit %d, %d records", r.code, len(recs))
	}
	// A truncated WARC fails its last record, not the run.
	write(t, filepath.Join(dir, "cut.warc"), data[:len(data)-10])
	r = runCLI(t, "", "-format", "jsonl", "-quiet", filepath.Join(dir, "cut.warc"), filepath.Join(dir, "crawl.warc"))
	if recs := records(t, r.stdout); r.code != 1 || len(recs) != 5 || recs[2]["error"] == nil || recs[3]["error"] != nil {
		t.Errorf("truncated WARC: exit %d, records %v", r.code, recs)
	}
}

func TestRunBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := write(t, filepath.Join(dir, "good.html"), []byte(articleHTML("Flood")))
	big := write(t, filepath.Join(dir, "big.html"), bytes.Repeat([]byte("<p>x</p>"), 200))
	r := runCLI(t, "", "-quiet", "-max-bytes", "1000", "-format", "json", filepath.Join(dir, "missing.html"), filepath.Join(dir, "*.xml"), big, good)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	for _, want := range []string{"missing.html: no such file or directory", `no file matches`, "big.html: reading: winnow: input exceeds"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	n := 0
	for ; dec.More(); n++ {
		var page map[string]any
		if err := dec.Decode(&page); err != nil {
			t.Fatal(err)
		}
		if (page["error"] == nil) != (n == 3) {
			t.Errorf("page %d: %v", n, page)
		}
	}
	if n != 4 {
		t.Errorf("got %d JSON pages, want 4", n)
	}
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"-format", "yaml"}, 2, `unknown format "yaml"`},
		{[]string{"-input", "pdf"}, 2, `unknown input kind "pdf"`},
		{[]string{"-j", "0"}, 2, "-j must be at least 1"},
		{[]string{"-favor", "speed"}, 2, `unknown -favor "speed"`},
		{[]string{"-progress", "sometimes"}, 2, `unknown -progress`},
		{[]string{"-no-detector", "-site-memory", "x"}, 2, "exclude each other"},
		{[]string{"-nope"}, 2, "flag provided but not defined"},
		{[]string{"-site-memory-mb", "0"}, 2, "-site-memory-mb must be at least 1"},
		{[]string{"-h"}, 0, "usage: winnow"},
	}
	for _, tt := range tests {
		r := runCLI(t, "", tt.args...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.msg) || r.stdout != "" {
			t.Errorf("%v: exit %d, stderr %q", tt.args, r.code, r.stderr)
		}
	}
}

func TestRunFormats(t *testing.T) {
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "a.html"), []byte(articleHTML("Flood")))
	b := write(t, filepath.Join(dir, "b.html"), []byte(articleHTML("Rain")))
	r := runCLI(t, "", "-quiet", "-explain", a, b)
	if r.code != 0 || !strings.Contains(r.stdout, "==> "+a) || !strings.Contains(r.stdout, "==> "+b) {
		t.Errorf("explain: exit %d, %q", r.code, r.stdout)
	}
	if realExtractor() && !strings.Contains(r.stdout, "kind") {
		t.Errorf("explain has no table: %q", r.stdout)
	}
	r = runCLI(t, "", "-quiet", "-format", "markdown", a, b)
	if r.code != 0 || !strings.Contains(r.stdout, "<!-- winnow: "+b) {
		t.Errorf("markdown: exit %d, %q", r.code, r.stdout)
	}
	out := filepath.Join(dir, "out.jsonl")
	r = runCLI(t, "", "-quiet", "-format", "jsonl", "-o", out, a, b)
	data, _ := os.ReadFile(out)
	if r.code != 0 || r.stdout != "" || len(records(t, string(data))) != 2 {
		t.Errorf("-o: exit %d, file %q", r.code, data)
	}
	// Writing into the directory being read does not read the output back.
	r = runCLI(t, "", "-quiet", "-format", "jsonl", "-o", out, dir)
	data, _ = os.ReadFile(out)
	if r.code != 0 || len(records(t, string(data))) != 2 {
		t.Errorf("-o inside the input directory: exit %d, file %q", r.code, data)
	}
}

func TestRunProgressAndSummary(t *testing.T) {
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "a.html"), []byte(articleHTML("Flood")))
	r := runCLI(t, "", "-progress", "always", a)
	if !strings.Contains(r.stderr, "winnow: 1 page, 0 failed; text kept") {
		t.Errorf("summary missing: %q", r.stderr)
	}
	if r = runCLI(t, "", "-quiet", a); r.stderr != "" {
		t.Errorf("-quiet printed %q", r.stderr)
	}
}

// sitePage is a page of a site whose template puts a prose paragraph
// inside the article, where only the site memory can tell it is template.
func sitePage(title, story string) string {
	return `<!DOCTYPE html><html lang="en"><head><title>` + title + `</title></head><body><article><h1>` + title + `</h1>
<p>` + story + `</p>
<p>The Valley News team reports on the towns of the valley every day from its office on Station Road, with help from readers who send in their photos.</p>
</article></body></html>`
}

func TestRunSiteMemory(t *testing.T) {
	if err := boilerplate.NewDetector().Save(io.Discard); err != nil {
		t.Skipf("Detector.Save not implemented yet: %v", err)
	}
	dir := t.TempDir()
	mem := filepath.Join(dir, "site.mem")
	var jsonl bytes.Buffer
	for i, story := range []string{
		"The river rose by two metres overnight, and the town council opened the school gym to families who had to leave their homes.",
		"The family bakery on Mill Street won the regional bread prize for its rye loaf, baked to a recipe from the north of the country.",
		"Library opens late on weekdays after readers asked for more time to study after the working day is over.",
	} {
		line, _ := json.Marshal(map[string]string{"url": fmt.Sprintf("https://valley.example/news/%d", i), "html": sitePage(fmt.Sprint("Story ", i), story)})
		jsonl.Write(append(line, '\n'))
	}
	learn := write(t, filepath.Join(dir, "learn.jsonl"), jsonl.Bytes())
	if r := runCLI(t, "", "-quiet", "-site-memory", mem, learn); r.code != 0 {
		t.Fatalf("first run: exit %d: %s", r.code, r.stderr)
	}
	if fi, err := os.Stat(mem); err != nil || fi.Size() == 0 {
		t.Fatalf("site memory not saved: %v", err)
	}
	// A fourth page of the site loses the template paragraph seen on the
	// three pages of the first run only when the memory is loaded.
	third := sitePage("Story 3", "New buses link the station with the hospital every twenty minutes from Monday, replacing the morning shuttle.")
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{nil, false},
		{[]string{"-site-memory", mem}, true},
	} {
		args := append([]string{"-quiet", "-explain", "-url", "https://valley.example/news/3"}, tc.args...)
		r := runCLI(t, third, args...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, r.code, r.stderr)
		}
		if got := strings.Contains(r.stdout, "repeated-across-site  The Valley News team"); got != tc.want {
			t.Errorf("%v: template paragraph dropped = %v, want %v:\n%s", tc.args, got, tc.want, r.stdout)
		}
	}
	write(t, mem, []byte("not a detector"))
	if r := runCLI(t, "", "-quiet", "-site-memory", mem, learn); r.code != 2 || !strings.Contains(r.stderr, "site memory") {
		t.Errorf("corrupt memory: exit %d, %q", r.code, r.stderr)
	}
}

func FuzzRun(f *testing.F) {
	f.Add([]byte(articleHTML("Flood")))
	f.Add([]byte(`{"url":"http://e.com/","text":"Some text."}` + "\n" + `{"html":"<p>x</p>"}`))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Add([]byte("Plain text\n\nSecond paragraph."))
	f.Fuzz(func(t *testing.T, data []byte) {
		var out, errOut bytes.Buffer
		code := run([]string{"-quiet", "-format", "jsonl", "-j", "1"}, bytes.NewReader(data), &out, &errOut)
		if code != 0 && code != 1 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		if code == 1 && errOut.Len() == 0 {
			t.Fatal("failed without a message")
		}
	})
}
