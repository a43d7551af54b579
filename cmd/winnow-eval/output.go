package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/winnowtext/winnow/internal/evaluate"
)

// writeTable prints one line per run.
func writeTable(w io.Writer, results []result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tmode\textractor\tpages\tprecision\trecall\tF1\taccuracy\tms/page\twall ms/page\tMB/s\talloc/page\terrors\t")
	for _, r := range results {
		run := r.Run
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.3f\t%.3f\t%.1f\t%s\t%d\t\n",
			r.Corpus, r.Mode, r.Extractor, run.Pages, run.Precision, run.Recall, run.F1, run.Accuracy,
			run.MsPerPage(), run.WallMsPerPage(), run.MBPerSec(), megabytes(run.AllocPerPage()), run.Errors)
	}
	tw.Flush()
	fmt.Fprintln(w, "ms/page and MB/s: process CPU time on one goroutine, GOMAXPROCS 1, after an untimed warm-up pass; wall time beside it")
	for _, r := range results {
		if r.Run.FirstErr != nil {
			fmt.Fprintf(w, "%s %s %s: %d errors, first: %v\n", r.Corpus, r.Mode, r.Extractor, r.Run.Errors, r.Run.FirstErr)
		}
	}
}

func megabytes(b float64) string { return fmt.Sprintf("%.2fMB", b/1e6) }

// writeReports prints the error reports of the runs that have one.
func writeReports(w io.Writer, results []result) {
	for _, r := range results {
		if len(r.Reports) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n== %s, %s mode: %d pages with the lowest F1 ==\n", r.Corpus, r.Mode, len(r.Reports))
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

// jsonRun is the JSON form of one result.
type jsonRun struct {
	Corpus    string `json:"corpus"`
	Mode      string `json:"mode"`
	Extractor string `json:"extractor"`
	evaluate.Scores
	MsPerPage    float64               `json:"ms_per_page"`
	WallMsPage   float64               `json:"wall_ms_per_page"`
	MBPerSec     float64               `json:"mb_per_s"`
	AllocPerPage float64               `json:"alloc_bytes_per_page"`
	Errors       int                   `json:"errors"`
	Worst        []evaluate.PageReport `json:"worst_pages,omitempty"`
}

// writeJSON prints all results as one JSON document.
func writeJSON(w io.Writer, results []result) error {
	out := make([]jsonRun, 0, len(results))
	for _, r := range results {
		out = append(out, jsonRun{
			Corpus: r.Corpus.String(), Mode: r.Mode, Extractor: r.Extractor, Scores: r.Run.Scores,
			MsPerPage: r.Run.MsPerPage(), WallMsPage: r.Run.WallMsPerPage(), MBPerSec: r.Run.MBPerSec(), AllocPerPage: r.Run.AllocPerPage(),
			Errors: r.Run.Errors, Worst: r.Reports,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"runs": out})
}
