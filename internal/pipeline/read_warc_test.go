package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/winnowtext/winnow/internal/warc"
)

// crawlFile writes n response records, each in a gzip member of its own,
// to a .warc.gz; the Content-Length of record bad is lie bytes off.
func crawlFile(t *testing.T, path string, n, bad, lie int) {
	t.Helper()
	var out bytes.Buffer
	for i := range n {
		body := fmt.Sprintf("<p>page %d</p>", i)
		block := fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
		var rec bytes.Buffer
		warc.WriteRecord(&rec, [][2]string{{"WARC-Type", "response"}, {"WARC-Target-URI", fmt.Sprintf("http://example.com/%d", i)}}, block)
		data := rec.Bytes()
		if i == bad {
			data = bytes.Replace(data, fmt.Appendf(nil, "Content-Length: %d", len(block)), fmt.Appendf(nil, "Content-Length: %d", len(block)+lie), 1)
		}
		out.Write(gzipBytes(data))
	}
	writeFile(t, path, out.Bytes())
}

func TestReadWARCGoesOnAfterMalformedRecord(t *testing.T) {
	tests := []struct {
		lie  int
		want string
	}{
		// The record is cut inside its HTTP body: that page fails.
		{-10, "[<p>page 0</p> <p>page 1</p> failed <p>page 3</p> <p>page 4</p>]"},
		// The record claims more than its gzip member holds, but its HTTP
		// body is whole: the page is read, and so is the next record.
		{100, "[<p>page 0</p> <p>page 1</p> <p>page 2</p> <p>page 3</p> <p>page 4</p>]"},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "crawl.warc.gz")
		crawlFile(t, path, 5, 2, tt.lie)
		pages := readAll(t, &Reader{}, []Source{{Path: path, Size: -1}})
		var got []string
		for _, p := range pages {
			if p.Err != nil {
				got = append(got, "failed")
				continue
			}
			got = append(got, string(p.Data))
		}
		if fmt.Sprint(got) != tt.want {
			t.Errorf("lie %d: got %v, want %s", tt.lie, got, tt.want)
		}
	}
}

// TestReadConcurrently reads several sources on goroutines of their own
// with one Reader, as RunSources does (run with -race).
func TestReadConcurrently(t *testing.T) {
	dir := t.TempDir()
	var srcs []Source
	for i := range 4 {
		path := filepath.Join(dir, fmt.Sprintf("c%d.warc.gz", i))
		crawlFile(t, path, 20, -1, 0)
		srcs = append(srcs, Source{Path: path, Size: -1})
	}
	r := &Reader{}
	counts := make([]int, len(srcs))
	var wg sync.WaitGroup
	for i, s := range srcs {
		wg.Go(func() {
			r.Read(s, func(p *Page) error {
				if p.Err == nil && bytes.HasPrefix(p.Data, []byte("<p>page ")) {
					counts[i]++
				}
				return nil
			})
		})
	}
	wg.Wait()
	if fmt.Sprint(counts) != "[20 20 20 20]" {
		t.Errorf("pages read per source: %v", counts)
	}
}

func TestReadStream(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	crawlFile(t, path, 3, -1, 0)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"gs://bucket/crawl.warc.gz", data, "[gs://bucket/crawl.warc.gz#1 <p>page 0</p> gs://bucket/crawl.warc.gz#2 <p>page 1</p> gs://bucket/crawl.warc.gz#3 <p>page 2</p>]"},
		{"no-extension", data, "[no-extension#1 <p>page 0</p> no-extension#2 <p>page 1</p> no-extension#3 <p>page 2</p>]"},
		{"pages.jsonl.gz", gzipBytes([]byte(`{"url":"http://e.com/","html":"<p>x</p>"}` + "\n")), "[pages.jsonl.gz:1 <p>x</p>]"},
	}
	for _, tt := range tests {
		var got []string
		err := (&Reader{}).ReadStream(tt.name, bytes.NewReader(tt.data), int64(len(tt.data)), func(p *Page) error {
			if p.Load != nil {
				p.Data, p.Err = p.Load()
			}
			got = append(got, p.Source, string(p.Data))
			return nil
		})
		if err != nil || fmt.Sprint(got) != tt.want {
			t.Errorf("%s: got %v %v, want %s", tt.name, got, err, tt.want)
		}
	}
}
