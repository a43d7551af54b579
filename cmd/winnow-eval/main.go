// Command winnow-eval scores winnow on the public benchmark corpora and
// fails when accuracy falls below the given floors, so that CI catches
// regressions.
//
// Usage, from the repository root:
//
//	go run ./cmd/winnow-eval -data ../shared/eval
//	go run ./cmd/winnow-eval -corpus wcxb -split tune -report 10
//	go run ./cmd/winnow-eval -mode all -floors .ci/floors
//	go run ./cmd/winnow-eval -floor scrapinghub.html.check.f1=0.96 -floor wcxb.html.all.f1.listing=0.5
//	go run ./cmd/winnow-eval -mode text -rendering wrapped,innertext -floor scrapinghub.text-wrapped.check.f1=0.9
//
// Corpora: scrapinghub and trafilatura (articles; text scored with their
// authors' metrics), wcxb (seven page types, WCXB's word F1, and title,
// author and date) and mercury (title, author, date and the article's
// lead). Every corpus is split once, by a stable hash of the page key,
// into a tune half and a check half (internal/evaluate.HalfOf): -split
// selects one half, and with every page each half is shown beside the
// whole. Error reports (-report) cover the tune half unless a half is
// named: pages are read on the tune half only, and a change is judged on
// the check half.
//
// For each corpus it prints precision, recall, F1, accuracy, milliseconds
// per page and MB/s of input, extracting on one goroutine with GOMAXPROCS
// set to 1 (process CPU time, which a busy machine does not inflate; wall
// time is shown beside it), after an untimed warm-up pass that pays the
// one-time initialisation (language model, stopword lists); then WCXB's
// scores by page type and the metadata hit rates. The html mode extracts
// from the raw page bytes; the text mode turns each page into whole-page
// text first and cleans it with extract.FromText, next to two baselines:
// the whole text, and a C4-style line filter. Text comes rendered in many
// ways, so each page is rendered each way of -rendering
// (evaluate.Renderings: page, a line per block as a WET record holds it;
// blocks, the DOM's text with its source line breaks; wrapped, page
// hard-wrapped at 80 columns; dump, a text browser's dump; innertext, a
// browser's copy) and every rendering is a row of its own, named
// text-RENDERING in floors (text alone is the page rendering). When the
// data folder is absent the command says so and exits 0; when a floor is
// not met, or with -text-above-baselines winnow's text-mode F1 is not
// above both baselines' on some half of some rendering, it exits 1.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
)

// defaultData is where the corpora live relative to the repository root.
const defaultData = "../shared/eval"

func main() {
	runtime.GOMAXPROCS(1) // times are single-core, as the targets are
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command with its arguments and outputs, returning the exit
// code: 0 success or skipped, 1 a floor not met, 2 a usage or data error.
func run(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "winnow-eval:", err)
		return 2
	}
	dir, ok := findData(cfg.data, cfg.dataSet)
	if !ok {
		fmt.Fprintf(stdout, "skipping: evaluation data not found at %s\n", cfg.data)
		return 0
	}
	notes := stdout
	if cfg.json {
		notes = stderr // keep stdout valid JSON
	}
	results, err := evaluateAll(cfg, dir, notes)
	if err != nil {
		fmt.Fprintln(stderr, "winnow-eval:", err)
		return 2
	}
	if cfg.json {
		if err := writeJSON(stdout, results); err != nil {
			fmt.Fprintln(stderr, "winnow-eval:", err)
			return 2
		}
	} else {
		writeTable(stdout, results)
		writeReports(stdout, results)
	}
	if msgs := checkFloors(cfg, results); len(msgs) > 0 {
		for _, m := range msgs {
			fmt.Fprintln(stderr, "FAIL:", m)
		}
		return 1
	}
	return 0
}
