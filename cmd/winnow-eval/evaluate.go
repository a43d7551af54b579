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
	Mode      string             // "html" or "text"
	Rendering evaluate.Rendering // in text mode, how the pages were turned into text
	Extractor string             // "winnow", "whole-text" or "c4-filter"
	Run       *evaluate.Run
	Reports   []evaluate.PageReport
	pages     *evaluate.Corpus // the pages run, for the halves and page types
	split     evaluate.Split   // which pages those are
}

// evaluateAll runs every requested corpus and mode on the pages of the
// requested split. A corpus missing from dir is skipped with a note on w.
func evaluateAll(cfg *config, dir string, w io.Writer) ([]result, error) {
	var out []result
	for _, k := range cfg.corpora {
		all, err := evaluate.Load(dir, k)
		if errors.Is(err, evaluate.ErrNoCorpus) {
			fmt.Fprintf(w, "skipping %s: %v\n", k, err)
			continue
		}
		if err != nil {
			return nil, err
		}
		c := all.Select(cfg.split)
		if cfg.html {
			out = append(out, runWinnow(cfg, c, "html", evaluate.HTMLInputs(c)))
		}
		if cfg.textMode(k) {
			for i, in := range evaluate.RenderedInputs(c, cfg.renderings) {
				r := cfg.renderings[i]
				w := runWinnow(cfg, c, "text", in)
				w.Rendering = r
				out = append(out, w)
				out = append(out, result{Corpus: k, Mode: "text", Rendering: r, Extractor: "whole-text", pages: c, split: cfg.split,
					Run: evaluate.Evaluate(c, in, evaluate.TextOnly(wholeText))})
				out = append(out, result{Corpus: k, Mode: "text", Rendering: r, Extractor: "c4-filter", pages: c, split: cfg.split,
					Run: evaluate.Evaluate(c, in, evaluate.TextOnly(c4Filter))})
			}
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
	ex := func(in []byte, p *evaluate.Page) (evaluate.Output, error) {
		opts := extract.Options{URL: p.URL, Detector: det, Favor: cfg.favor}
		var res *extract.Result
		var err error
		if mode == "text" {
			res, err = extract.FromText(string(in), opts)
		} else {
			res, err = extract.FromBytes(in, opts)
		}
		if err != nil {
			return evaluate.Output{}, err
		}
		return evaluate.Output{Text: res.Text, Title: res.Title, Author: res.Author, Date: res.Date,
			Confidence: res.Confidence, Type: string(res.PageType)}, nil
	}
	warmUp(mode, inputs)
	r := evaluate.Evaluate(c, inputs, ex)
	res := result{Corpus: c.Kind, Mode: mode, Extractor: "winnow", Run: r, pages: c, split: cfg.split}
	if cfg.report > 0 && c.Kind.HasText() {
		// Error reports are read to find what to change: only the tune
		// half's, unless a half was asked for by name.
		on, run := c, r
		if cfg.split == evaluate.All {
			on, run = evaluate.SelectRun(c, r, evaluate.TuneHalf)
		}
		res.Reports = evaluate.WorstPages(on, run, cfg.report, cfg.samples)
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

// checkFloors returns one message per measure of winnow below its floor,
// one per floor that applies to this run (its corpus, mode and half were
// asked for) but whose measure was not evaluated, and, with
// -text-above-baselines, one per corpus and half where winnow's text-mode
// F1 is not above both baselines'.
func checkFloors(cfg *config, results []result) []string {
	var msgs []string
	got := measures(results)
	for _, name := range sortedKeys(cfg.floors) {
		floor := cfg.floors[name]
		if !applies(cfg, name) {
			continue
		}
		v, ok := got[name]
		switch {
		case !ok:
			msgs = append(msgs, fmt.Sprintf("%s has a floor of %.4f but was not evaluated (corpus missing or no such pages)", name, floor))
		case v < floor:
			msgs = append(msgs, fmt.Sprintf("%s is %.4f, below the floor %.4f", name, v, floor))
		}
	}
	if !cfg.aboveBaselines || !cfg.text {
		return msgs
	}
	for _, k := range cfg.corpora {
		if !cfg.textMode(k) {
			continue
		}
		for _, rd := range cfg.renderings {
			msgs = append(msgs, aboveBaselines(results, k, rd)...)
		}
	}
	return msgs
}

// aboveBaselines returns one message per half where winnow's text-mode F1
// on corpus k, rendering rd, is not above a baseline's.
func aboveBaselines(results []result, k evaluate.Kind, rd evaluate.Rendering) []string {
	w := find(results, k, "text", rd, "winnow")
	if w == nil {
		return []string{fmt.Sprintf("%s was not evaluated in text mode, %s rendering (corpus missing)", k, rd)}
	}
	var msgs []string
	wv := w.halves()
	for _, b := range results { // the baselines: every other text-mode extractor
		if b.Corpus != k || b.Mode != "text" || b.Rendering != rd || b.Extractor == w.Extractor {
			continue
		}
		for i, bh := range b.halves() {
			if bh.Scores.Pages > 0 && wv[i].Scores.F1 <= bh.Scores.F1 {
				msgs = append(msgs, fmt.Sprintf("%s text-mode F1 %.4f (%s rendering, %s pages) is not above the %s baseline's %.4f",
					k, wv[i].Scores.F1, rd, bh.name, b.Extractor, bh.Scores.F1))
			}
		}
	}
	return msgs
}

// find returns the result of extractor on corpus k in mode (and, in text
// mode, rendering rd), or nil.
func find(results []result, k evaluate.Kind, mode string, rd evaluate.Rendering, extractor string) *result {
	for i := range results {
		if r := &results[i]; r.Corpus == k && r.Mode == mode && r.Extractor == extractor && (mode != "text" || r.Rendering == rd) {
			return r
		}
	}
	return nil
}
