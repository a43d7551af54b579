package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/warc"
)

// readAll reads every page of the sources.
func readAll(t *testing.T, r *Reader, srcs []Source) []*Page {
	t.Helper()
	var pages []*Page
	for _, s := range srcs {
		err := r.Read(s, func(p *Page) error {
			if p.Load != nil {
				p.Data, p.Err = p.Load()
			}
			pages = append(pages, p)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return pages
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gzipBytes(data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.html", "a.htm", "sub/c.txt.gz", "sub/d.jsonl", "e.png", ".hidden.html", ".git/f.html", "z.warc.gz"} {
		writeFile(t, filepath.Join(dir, name), []byte("x"))
	}
	rel := func(srcs []Source) []string {
		var out []string
		for _, s := range srcs {
			r, _ := filepath.Rel(dir, s.Path)
			if s.Err != nil {
				r = "ERR:" + filepath.Base(s.Path)
			}
			out = append(out, r)
		}
		return out
	}
	tests := []struct {
		name string
		args []string
		all  bool
		want string
	}{
		{"dir", []string{dir}, false, "a.htm b.html sub/c.txt.gz sub/d.jsonl z.warc.gz"},
		{"dir all", []string{dir}, true, "a.htm b.html e.png sub/c.txt.gz sub/d.jsonl z.warc.gz"},
		{"glob", []string{filepath.Join(dir, "*.htm*")}, false, "a.htm b.html"},
		{"file and missing", []string{filepath.Join(dir, "e.png"), filepath.Join(dir, "nope.html")}, false, "e.png ERR:nope.html"},
		{"glob no match", []string{filepath.Join(dir, "*.xml")}, false, "ERR:*.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(rel(Expand(tt.args, tt.all)), " ")
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if s := Expand(nil, false); len(s) != 1 || s[0].Path != "-" || s[0].Multi {
		t.Errorf("no arguments: got %+v, want stdin", s)
	}
}

func TestReadKinds(t *testing.T) {
	dir := t.TempDir()
	html := []byte("<html><body><p>Hello</p></body></html>")
	var warcFile bytes.Buffer
	warc.WriteRecord(&warcFile, [][2]string{{"WARC-Type", "warcinfo"}}, []byte("software: test"))
	resp := func(ct, body string) []byte {
		return []byte("HTTP/1.1 200 OK\r\nContent-Type: " + ct + "\r\n\r\n" + body)
	}
	warc.WriteRecord(&warcFile, [][2]string{{"WARC-Type", "response"}, {"WARC-Target-URI", "http://example.com/a"}, {"Content-Type", "application/http; msgtype=response"}}, resp("text/html; charset=iso-8859-1", "<p>caf\xe9</p>"))
	warc.WriteRecord(&warcFile, [][2]string{{"WARC-Type", "response"}, {"WARC-Target-URI", "http://example.com/logo.png"}}, resp("image/png", "\x89PNG"))
	warc.WriteRecord(&warcFile, [][2]string{{"WARC-Type", "response"}, {"WARC-Target-URI", "http://example.com/gone"}}, []byte("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\nnot here"))
	warc.WriteRecord(&warcFile, [][2]string{{"WARC-Type", "conversion"}, {"WARC-Target-URI", "http://example.com/a"}, {"Content-Type", "text/plain"}}, []byte("café"))

	writeFile(t, filepath.Join(dir, "page.html.gz"), gzipBytes(html))
	writeFile(t, filepath.Join(dir, "noext"), html)
	writeFile(t, filepath.Join(dir, "notes.txt"), []byte("Some text."))
	writeFile(t, filepath.Join(dir, "crawl.warc.gz"), gzipBytes(warcFile.Bytes()))
	writeFile(t, filepath.Join(dir, "pages.jsonl"), []byte(`{"id":7,"url":"http://example.com/x","text":"Line one.","meta":{"a":[1,2]}}

{"url":"http://example.com/y","html":"<p>y</p>","text":"ignored"}
not json
{"url":"http://example.com/z"}
{"url":5,"text":"x"}`))

	r := &Reader{URL: "http://default.example/"}
	pages := readAll(t, r, Expand([]string{dir}, true))
	type view struct {
		source, url, ct, data string
		text, failed          bool
	}
	var got []view
	for _, p := range pages {
		got = append(got, view{strings.TrimPrefix(p.Source, dir+"/"), p.URL, p.ContentType, string(p.Data), p.Text, p.Err != nil})
	}
	want := []view{
		{"crawl.warc.gz#2", "http://example.com/a", "text/html; charset=iso-8859-1", "<p>caf\xe9</p>", false, false},
		{"crawl.warc.gz#5", "http://example.com/a", "text/plain", "café", true, false},
		{"noext", "http://default.example/", "", string(html), false, false},
		{"notes.txt", "http://default.example/", "", "Some text.", true, false},
		{"page.html.gz", "http://default.example/", "", string(html), false, false},
		{"pages.jsonl:1", "http://example.com/x", "", "Line one.", true, false},
		{"pages.jsonl:3", "http://example.com/y", "", "<p>y</p>", false, false},
		{"pages.jsonl:4", "http://default.example/", "", "", false, true},
		{"pages.jsonl:5", "http://example.com/z", "", "", false, true},
		{"pages.jsonl:6", "http://default.example/", "", "", false, true},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d pages, want %d:\n%+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("page %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
	if n := r.Skipped.Load(); n != 2 {
		t.Errorf("skipped %d records, want 2 (image, 404)", n)
	}
	extra, _ := json.Marshal(pages[5].Extra)
	if string(extra) != `[{"Key":"id","Value":7},{"Key":"meta","Value":{"a":[1,2]}}]` {
		t.Errorf("passed-through fields: %s", extra)
	}
}

func TestReadLimits(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "big.html"), bytes.Repeat([]byte("<p>x</p>"), 100))
	writeFile(t, filepath.Join(dir, "big.jsonl"), []byte(`{"text":"`+strings.Repeat("x", 3000)+`"}`+"\n"+`{"text":"small"}`+"\n"))
	r := &Reader{MaxBytes: 100}
	pages := readAll(t, r, Expand([]string{dir}, false))
	if len(pages) != 3 {
		t.Fatalf("got %d pages, want 3", len(pages))
	}
	if !errors.Is(pages[0].Err, extract.ErrTooLarge) {
		t.Errorf("big.html: got %v, want ErrTooLarge", pages[0].Err)
	}
	// A JSONL line may be twice the page limit plus 1 MiB of other fields.
	if pages[1].Err != nil || pages[2].Err != nil || string(pages[2].Data) != "small" {
		t.Errorf("big.jsonl: got %v, %v %q", pages[1].Err, pages[2].Err, pages[2].Data)
	}
}

func TestReadLineTooLong(t *testing.T) {
	in := bufio.NewReaderSize(strings.NewReader(strings.Repeat("x", 100)+"\nshort\nlast"), 16)
	var lines []string
	var buf []byte
	for {
		var err error
		buf, err = readLine(in, buf[:0], 20)
		if errors.Is(err, errLineTooLong) {
			lines = append(lines, "TOO LONG")
			continue
		}
		if err != nil {
			break
		}
		lines = append(lines, string(buf))
	}
	if got := strings.Join(lines, "|"); got != "TOO LONG|short|last" {
		t.Errorf("got %q", got)
	}
}

func TestSniffKind(t *testing.T) {
	tests := []struct {
		head string
		want Kind
	}{
		{"WARC/1.0\r\n", KindWARC},
		{"\xef\xbb\xbf  <!DOCTYPE html>", KindHTML},
		{"\n{\"url\":1}", KindJSONL},
		{"Plain text here", KindText},
		{"", KindText},
	}
	for _, tt := range tests {
		if got := sniffKind([]byte(tt.head)); got != tt.want {
			t.Errorf("sniffKind(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

func FuzzParseRecord(f *testing.F) {
	f.Add([]byte(`{"url":"http://e.com/","text":"x","id":1}`))
	f.Add([]byte(`{"html":"<p>"}`))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, line []byte) {
		p := parseRecord(line)
		if p.Err == nil && p.Data == nil {
			t.Errorf("no error and no data for %q", line)
		}
	})
}

func TestReadLimitedHints(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789"), 1000)
	for _, hint := range []int64{-1, 0, 10, 9999, 10000, 10001, 1 << 20} {
		got, err := readLimited(bytes.NewReader(data), 20000, hint)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("hint %d: got %d bytes, %v", hint, len(got), err)
		}
		if _, err := readLimited(bytes.NewReader(data), 9999, hint); !errors.Is(err, extract.ErrTooLarge) {
			t.Errorf("hint %d, max 9999: got %v, want ErrTooLarge", hint, err)
		}
	}
}

func TestGzipSizeHint(t *testing.T) {
	dir := t.TempDir()
	data := bytes.Repeat([]byte("<p>x</p>"), 5000)
	path := filepath.Join(dir, "p.html.gz")
	writeFile(t, path, gzipBytes(data))
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, _ := f.Stat()
	if got := gzipSize(f, fi.Size()); got != int64(len(data)) {
		t.Errorf("gzipSize = %d, want %d", got, len(data))
	}
	// The reader reuses its gzip state: a second and a plain source read right.
	r := &Reader{}
	plain := filepath.Join(dir, "q.html")
	writeFile(t, plain, []byte("<p>plain</p>"))
	pages := readAll(t, r, Expand([]string{path, path, plain}, false))
	if len(pages) != 3 || !bytes.Equal(pages[1].Data, data) || string(pages[2].Data) != "<p>plain</p>" {
		t.Errorf("got %d pages", len(pages))
	}
}
