package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/evaluate"
)

// result is one extractor's run on one corpus in one mode.
type result struct {
	Corpus    evaluate.Kind
	Mode      string // "html" or "text"
	Extractor string // "winnow", "whole-text" or "c4-filter"
	Run       *evaluate.Run
	Reports   []evaluate.PageReport
}

// evaluateAll runs every requested corpus and mode. A corpus missing from
// dir is skipped with a note on w.
func evaluateAll(cfg *config, dir string, w io.Writer) ([]result, error) {
	var out []result
	for _, k := range cfg.corpora {
		c, err := evaluate.Load(dir, k)
		if errors.Is(err, evaluate.ErrNoCorpus) {
			fmt.Fprintf(w, "skipping %s: %v\n", k, err)
			continue
		}
		if err != nil {
			return nil, err
		}
		if cfg.html {
			out = append(out, runWinnow(cfg, c, "html", evaluate.HTMLInputs(c)))
		}
		if cfg.text {
			in := evaluate.TextInputs(c)
			out = append(out, runWinnow(cfg, c, "text", in))
			out = append(out, result{Corpus: k, Mode: "text", Extractor: "whole-text",
				Run: evaluate.Evaluate(c, in, wholeText)})
			out = append(out, result{Corpus: k, Mode: "text", Extractor: "c4-filter",
				Run: evaluate.Evaluate(c, in, c4Filter)})
		}
	}
	return out, nil
}

// runWinnow evaluates winnow on c from the given inputs: raw HTML through
// extract.FromBytes, or whole-page text through extract.FromText.
func runWinnow(cfg *config, c *evaluate.Corpus, mode string, inputs [][]byte) result {
	var det *boilerplate.Detector
	if cfg.detector {
		det = boilerplate.NewDetector() // one per run: runs do not learn from each other
	}
	ex := func(in []byte, p *evaluate.Page) (string, error) {
		opts := extract.Options{URL: p.URL, Detector: det, Favor: cfg.favor}
		var res *extract.Result
		var err error
		if mode == "text" {
			res, err = extract.FromText(string(in), opts)
		} else {
			res, err = extract.FromBytes(in, opts)
		}
		if err != nil {
			return "", err
		}
		return res.Text, nil
	}
	warmUp(mode, inputs)
	r := evaluate.Evaluate(c, inputs, ex)
	res := result{Corpus: c.Kind, Mode: mode, Extractor: "winnow", Run: r}
	if cfg.report > 0 {
		res.Reports = evaluate.WorstPages(c, r, cfg.report, cfg.samples)
	}
	return res
}

// warmUp extracts every input once, untimed and without a detector, so
// that the timed run measures throughput and not what a process pays once:
// decoding the language model (about 10 ms, BenchmarkDecodeModel), loading
// the stopword lists of the languages met, building the cue tables. Without
// it the first corpus of a run is charged all of that.
func warmUp(mode string, inputs [][]byte) {
	for _, in := range inputs {
		if mode == "text" {
			extract.FromText(string(in), extract.Options{})
		} else {
			extract.FromBytes(in, extract.Options{})
		}
	}
}

// wholeText is the first text-mode baseline: keep everything.
func wholeText(in []byte, _ *evaluate.Page) (string, error) { return string(in), nil }

// c4Filter is the second text-mode baseline: C4's line filter.
func c4Filter(in []byte, _ *evaluate.Page) (string, error) {
	return evaluate.C4Filter(string(in)), nil
}

// checkFloors returns one message per winnow F1 below its floor, one per
// floor of a requested mode whose corpus was not evaluated, and, with
// -text-above-baselines, one per corpus where winnow's text-mode F1 is not
// above both baselines'.
func checkFloors(cfg *config, results []result) []string {
	var msgs []string
	for _, k := range cfg.corpora {
		for _, mode := range [...]string{"html", "text"} {
			floor, ok := cfg.floors[floorKey{mode, k}]
			if !ok || mode == "html" && !cfg.html || mode == "text" && !cfg.text {
				continue
			}
			r := find(results, k, mode, "winnow")
			switch {
			case r == nil:
				msgs = append(msgs, fmt.Sprintf("%s has a %s-mode floor of %.4f but was not evaluated (corpus missing)", k, mode, floor))
			case r.Run.F1 < floor:
				msgs = append(msgs, fmt.Sprintf("%s %s-mode F1 %.4f is below the floor %.4f", k, mode, r.Run.F1, floor))
			}
		}
		if !cfg.aboveBaselines || !cfg.text {
			continue
		}
		w := find(results, k, "text", "winnow")
		if w == nil {
			msgs = append(msgs, fmt.Sprintf("%s was not evaluated in text mode (corpus missing)", k))
			continue
		}
		for _, b := range results { // the baselines: every other text-mode extractor
			if b.Corpus == k && b.Mode == "text" && b.Extractor != w.Extractor && w.Run.F1 <= b.Run.F1 {
				msgs = append(msgs, fmt.Sprintf("%s text-mode F1 %.4f is not above the %s baseline's %.4f",
					k, w.Run.F1, b.Extractor, b.Run.F1))
			}
		}
	}
	return msgs
}

// find returns the result of extractor on corpus k in mode, or nil.
func find(results []result, k evaluate.Kind, mode, extractor string) *result {
	for i := range results {
		if r := &results[i]; r.Corpus == k && r.Mode == mode && r.Extractor == extractor {
			return r
		}
	}
	return nil
}
