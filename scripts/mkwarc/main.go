// Command mkwarc writes the pages of evaluation corpora into one WARC.gz
// file (a response record per page, each in a gzip member of its own, as
// crawlers write them), for measuring winnow on crawl input. The corpora
// are not the project's to ship: write the file outside the repository.
//
//	go run ./scripts/mkwarc -o /tmp/eval.warc.gz ../shared/eval/scrapinghub ../shared/eval/wcxb
//
// Each corpus directory holds html/<key>.html.gz and a JSON file
// (ground-truth.json, segments.json or meta.json) mapping keys to objects
// with a "url"; pages without one get a URL under the corpus's name.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/winnowtext/winnow/internal/warc"
)

func main() {
	out := flag.String("o", "", "the WARC.gz file to write")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: mkwarc -o FILE.warc.gz CORPUS_DIR...")
		os.Exit(2)
	}
	n, err := write(*out, flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkwarc:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "mkwarc: %d pages in %s\n", n, *out)
}

// write writes the pages of the corpora to path and returns their number.
func write(path string, corpora []string) (int, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	for _, dir := range corpora {
		urls := corpusURLs(dir)
		files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
		if err != nil {
			return n, err
		}
		for _, file := range files {
			key := strings.TrimSuffix(filepath.Base(file), ".html.gz")
			body, err := gunzipFile(file)
			if err != nil {
				return n, err
			}
			url := urls[key]
			if url == "" {
				url = "http://" + filepath.Base(dir) + ".example/" + key
			}
			if err := writeRecord(f, n, url, body); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, f.Close()
}

// writeRecord writes one response record in a gzip member of its own.
func writeRecord(w io.Writer, id int, url string, body []byte) error {
	block := append(fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n", len(body)), body...)
	zw := gzip.NewWriter(w)
	err := warc.WriteRecord(zw, [][2]string{
		{"WARC-Type", "response"},
		{"WARC-Record-ID", fmt.Sprintf("<urn:uuid:00000000-0000-0000-0000-%012d>", id)},
		{"WARC-Target-URI", url},
		{"Content-Type", "application/http; msgtype=response"},
	}, block)
	if cerr := zw.Close(); err == nil {
		err = cerr
	}
	return err
}

// corpusURLs reads the page URLs of a corpus by key.
func corpusURLs(dir string) map[string]string {
	out := map[string]string{}
	for _, name := range []string{"ground-truth.json", "segments.json", "meta.json"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		var m map[string]struct {
			URL string `json:"url"`
		}
		if json.Unmarshal(data, &m) != nil {
			continue
		}
		for k, v := range m {
			if v.URL != "" && out[k] == "" {
				out[k] = v.URL
			}
		}
	}
	return out
}

func gunzipFile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}
