// Command wetclean cleans a JSONL file of page text that was extracted
// before, the way Common Crawl's WET files hold it: one {"url", "text", ...}
// object a line. Each text goes through extract.FromText with one
// boilerplate.Detector for the whole file, so lines that a site repeats on
// every page are dropped as well as cookie banners, share buttons,
// newsletter prompts and paragraphs printed twice. Other fields are kept;
// a "dropped" field counts the dropped blocks by reason.
//
// Without -in it cleans a small synthetic sample it ships:
//
//	go run ./examples/wetclean
//	go run ./examples/wetclean -in crawl.jsonl > clean.jsonl
package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
)

//go:embed sample.jsonl
var sample []byte

// stats counts what clean did.
type stats struct {
	Records, Failed       int
	BytesIn, BytesKept    int
	DroppedBlocksByReason map[boilerplate.Reason]int
}

// clean reads JSONL records from in and writes the cleaned records to out.
// A bad record is reported in its output line (an "error" field) and does
// not stop the others.
func clean(in io.Reader, out io.Writer, det *boilerplate.Detector) (stats, error) {
	st := stats{DroppedBlocksByReason: map[boilerplate.Reason]int{}}
	sc := bufio.NewScanner(in)
	sc.Buffer(nil, 64<<20)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		st.Records++
		rec, err := cleanRecord(line, det, &st)
		if err != nil {
			st.Failed++
			rec["error"] = err.Error()
		}
		if err := enc.Encode(rec); err != nil {
			return st, err
		}
	}
	if err := sc.Err(); err != nil {
		return st, err
	}
	return st, w.Flush()
}

// cleanRecord cleans the text of one record and returns the record to
// write: the input's fields with "text" replaced and "dropped" added.
func cleanRecord(line []byte, det *boilerplate.Detector, st *stats) (map[string]any, error) {
	rec := map[string]any{}
	if err := json.Unmarshal(line, &rec); err != nil {
		return map[string]any{"line": string(line)}, fmt.Errorf("bad JSON: %w", err)
	}
	text, ok := rec["text"].(string)
	if !ok {
		return rec, errors.New(`no "text" field`)
	}
	url, _ := rec["url"].(string)
	res, err := extract.FromText(text, extract.Options{URL: url, Detector: det})
	if err != nil {
		return rec, err
	}
	dropped := map[boilerplate.Reason]int{}
	for _, b := range res.Blocks {
		if !b.Kept {
			dropped[b.Reason]++
			st.DroppedBlocksByReason[b.Reason]++
		}
	}
	st.BytesIn += len(text)
	st.BytesKept += len(res.Text)
	rec["text"] = res.Text
	rec["dropped"] = dropped
	return rec, nil
}

func main() {
	inPath := flag.String("in", "", "JSONL file to clean (default: the shipped sample)")
	flag.Parse()
	var in io.Reader = bytes.NewReader(sample)
	if *inPath != "" {
		f, err := os.Open(*inPath)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		in = f
	}
	st, err := clean(in, os.Stdout, boilerplate.NewDetector())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%d records, %d failed, kept %d of %d bytes; dropped blocks: %v\n",
		st.Records, st.Failed, st.BytesKept, st.BytesIn, st.DroppedBlocksByReason)
}
