package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/winnowtext/winnow/internal/warc"
)

// TestRunReadsWARCFilesAtOnceInOrder: with several workers, several WARC
// files are read at once and their pages still come out in input order.
func TestRunReadsWARCFilesAtOnceInOrder(t *testing.T) {
	dir := t.TempDir()
	var args, want []string
	for f := range 3 {
		var out bytes.Buffer
		for i := range 20 {
			body := articleHTML(fmt.Sprintf("Story %d of file %d", i, f))
			block := fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
			url := fmt.Sprintf("https://f%d.example/%d", f, i)
			zw := gzip.NewWriter(&out)
			warc.WriteRecord(zw, [][2]string{{"WARC-Type", "response"}, {"WARC-Target-URI", url}, {"Content-Type", "application/http; msgtype=response"}}, block)
			zw.Close()
			want = append(want, url)
		}
		path := filepath.Join(dir, fmt.Sprintf("crawl-%d.warc.gz", f))
		write(t, path, out.Bytes())
		args = append(args, path)
	}
	for _, j := range []string{"1", "3"} {
		r := runCLI(t, "", append([]string{"-format", "jsonl", "-quiet", "-j", j}, args...)...)
		if r.code != 0 {
			t.Fatalf("-j %s: exit %d: %s", j, r.code, r.stderr)
		}
		var got []string
		for _, rec := range records(t, r.stdout) {
			got = append(got, rec["url"].(string))
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("-j %s: pages out of order:\n got %v\nwant %v", j, got, want)
		}
	}
}
