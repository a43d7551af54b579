package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/winnowtext/winnow/internal/evaluate"
)

// writeTable prints the text scores (a line per run and half), the WCXB
// scores by page type and the metadata hit rates.
func writeTable(w io.Writer, results []result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tmode\textractor\thalf\tpages\tprecision\trecall\tF1\taccuracy\tms/page\twall ms/page\tMB/s\talloc/page\terrors\t")
	for _, r := range results {
		if !r.Corpus.HasText() {
			continue
		}
		run := r.Run
		for _, h := range r.halves() {
			s := h.Scores
			timing := "\t\t\t\t"
			if h.name == "all" || r.split != evaluate.All {
				timing = fmt.Sprintf("%.3f\t%.3f\t%.1f\t%s\t%d", run.MsPerPage(), run.WallMsPerPage(), run.MBPerSec(),
					megabytes(run.AllocPerPage()), run.Errors)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%s\t\n",
				r.Corpus, r.modeName(), r.Extractor, h.name, s.Pages, s.Precision, s.Recall, s.F1, s.Accuracy, timing)
		}
	}
	tw.Flush()
	fmt.Fprintln(w, "ms/page and MB/s: process CPU time on one goroutine, GOMAXPROCS 1, after an untimed warm-up pass; wall time beside it")
	for _, r := range results {
		if r.Run.FirstErr != nil {
			fmt.Fprintf(w, "%s %s %s: %d errors, first: %v\n", r.Corpus, r.modeName(), r.Extractor, r.Run.Errors, r.Run.FirstErr)
		}
	}
	writeTypes(w, results)
	writeMeta(w, results)
	writeConfidence(w, results)
}

// writeConfidence prints, for winnow's html-mode runs, the mean page F1
// of the pages in each band of its confidence, a line per half; and on
// WCXB, how often its page type was right.
func writeConfidence(w io.Writer, results []result) {
	for _, r := range results {
		if r.Extractor != "winnow" || r.Mode != "html" || !r.Corpus.HasText() {
			continue
		}
		fmt.Fprintf(w, "\n%s: mean page F1 by winnow's confidence (pages)\n", r.Corpus)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "half\tunder 0.5\t0.5 to 0.8\t0.8 and over\t")
		for _, h := range shownHalves(r.split) {
			fmt.Fprintf(tw, "%s\t", h.name)
			for _, b := range evaluate.ConfidenceBands(r.pages, r.Run, h.keep) {
				fmt.Fprintf(tw, "%.3f (%d)\t", b.MeanF1, b.Pages)
			}
			fmt.Fprintln(tw)
		}
		tw.Flush()
		if r.Corpus != evaluate.WCXB {
			continue
		}
		for _, h := range shownHalves(r.split) {
			right, n := 0, 0
			for i := range r.pages.Pages {
				if p := &r.pages.Pages[i]; h.keep == nil || h.keep(p) {
					n++
					if r.Run.Outputs[i].Type == p.Type {
						right++
					}
				}
			}
			if n > 0 {
				fmt.Fprintf(w, "page type right on %.3f of the %s pages (%d)\n", float64(right)/float64(n), h.name, n)
			}
		}
	}
}

// writeTypes prints WCXB's word F1 by page type, a column per half.
func writeTypes(w io.Writer, results []result) {
	for _, r := range results {
		types, by := r.pageTypes()
		if len(types) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s, %s mode, %s: word F1 by page type (pages)\n", r.Corpus, r.modeName(), r.Extractor)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprint(tw, "type\t")
		for _, h := range shownHalves(r.split) {
			fmt.Fprintf(tw, "%s\t", h.name)
		}
		fmt.Fprintln(tw)
		for _, t := range types {
			fmt.Fprintf(tw, "%s\t", t)
			for _, h := range by[t] {
				fmt.Fprintf(tw, "%.4f (%d)\t", h.Scores.F1, h.Scores.Pages)
			}
			fmt.Fprintln(tw)
		}
		tw.Flush()
	}
}

// writeMeta prints the metadata hit rates of the corpora that assert
// metadata, a line per half.
func writeMeta(w io.Writer, results []result) {
	header := false
	var tw *tabwriter.Writer
	for _, r := range results {
		if !r.Corpus.HasMeta() || r.Extractor != "winnow" {
			continue
		}
		if !header {
			fmt.Fprintln(w, "\nmetadata: share of the pages that assert a field where it is right (pages)")
			tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "corpus\tmode\thalf\ttitle\tauthor\tdate\tlead\t")
			header = true
		}
		for _, h := range r.halves() {
			m := h.Meta
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.Corpus, r.modeName(), h.name, rate(m.Title), rate(m.Author), rate(m.Date), rate(m.Lead))
		}
	}
	if tw != nil {
		tw.Flush()
	}
}

func rate(r evaluate.Rate) string {
	if r.Pages == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f (%d)", r.Value(), r.Pages)
}

func megabytes(b float64) string { return fmt.Sprintf("%.2fMB", b/1e6) }

// writeReports prints the error reports of the runs that have one.
func writeReports(w io.Writer, results []result) {
	for _, r := range results {
		if len(r.Reports) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n== %s, %s mode: %d pages with the lowest F1 ==\n", r.Corpus, r.modeName(), len(r.Reports))
		for i, p := range r.Reports {
			fmt.Fprintf(w, "\n%d. %s  P %.3f R %.3f F1 %.3f  (%s)\n", i+1, p.URL, p.Precision, p.Recall, p.F1, p.ID)
			writeSamples(w, "dropped, should be kept", p.MissingLines, p.Missing)
			writeSamples(w, "kept, should be dropped", p.ExtraLines, p.Extra)
		}
	}
}

func writeSamples(w io.Writer, what string, total int, samples []string) {
	if total == 0 {
		return
	}
	fmt.Fprintf(w, "   %s (%d):\n", what, total)
	for _, s := range samples {
		fmt.Fprintf(w, "     - %s\n", strings.ReplaceAll(s, "\n", " "))
	}
}

// jsonRun is the JSON form of one result: the scores of all its pages,
// then each half's and each page type's.
type jsonRun struct {
	Corpus    string `json:"corpus"`
	Mode      string `json:"mode"`
	Rendering string `json:"rendering,omitempty"` // text mode: evaluate.Rendering
	Extractor string `json:"extractor"`
	evaluate.Scores
	Meta         *evaluate.MetaScores  `json:"meta,omitempty"`
	Halves       []jsonPart            `json:"halves"`
	Types        []jsonPart            `json:"types,omitempty"`
	MsPerPage    float64               `json:"ms_per_page"`
	WallMsPage   float64               `json:"wall_ms_per_page"`
	MBPerSec     float64               `json:"mb_per_s"`
	AllocPerPage float64               `json:"alloc_bytes_per_page"`
	Errors       int                   `json:"errors"`
	Worst        []evaluate.PageReport `json:"worst_pages,omitempty"`
}

// jsonPart is the JSON form of a run's numbers on part of its pages.
type jsonPart struct {
	Half string `json:"half"`
	Type string `json:"type,omitempty"`
	evaluate.Scores
	Meta *evaluate.MetaScores `json:"meta,omitempty"`
}

// writeJSON prints all results as one JSON document.
func writeJSON(w io.Writer, results []result) error {
	out := make([]jsonRun, 0, len(results))
	for _, r := range results {
		meta := func(m evaluate.MetaScores) *evaluate.MetaScores {
			if !r.Corpus.HasMeta() {
				return nil
			}
			return &m
		}
		jr := jsonRun{
			Corpus: r.Corpus.String(), Mode: r.Mode, Extractor: r.Extractor, Scores: r.Run.Scores, Meta: meta(r.Run.Meta),
			MsPerPage: r.Run.MsPerPage(), WallMsPage: r.Run.WallMsPerPage(), MBPerSec: r.Run.MBPerSec(), AllocPerPage: r.Run.AllocPerPage(),
			Errors: r.Run.Errors, Worst: r.Reports,
		}
		for _, h := range r.halves() {
			jr.Halves = append(jr.Halves, jsonPart{Half: h.name, Scores: h.Scores, Meta: meta(h.Meta)})
		}
		types, by := r.pageTypes()
		for _, t := range types {
			for _, h := range by[t] {
				jr.Types = append(jr.Types, jsonPart{Half: h.name, Type: t, Scores: h.Scores})
			}
		}
		if r.Mode == "text" {
			jr.Rendering = r.Rendering.String()
		}
		out = append(out, jr)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"runs": out})
}
