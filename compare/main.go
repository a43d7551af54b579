// Command compare measures winnow side by side with the Go content
// extractors it is compared with (go-trafilatura with and without
// fallback, go-readability, go-domdistiller) on the same corpora, with the
// same metrics and on one core, and times html.Parse and the bare
// tokenizer on the same pages for the ratio.
//
// It is a module of its own so that the peers never enter winnow's
// dependencies. Run it from this folder:
//
//	go run . -data ../../shared/eval
//
// Every corpus is shown on its tune and check halves (internal/evaluate's
// stable split) and whole; WCXB also by page type, WCXB and Mercury also
// by metadata field. The last section lists the pages where winnow comes
// back with almost none of the truth while go-trafilatura with fallback
// gets more than half of it.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/winnowtext/winnow/internal/evaluate"
)

func main() {
	data := flag.String("data", "../../shared/eval", "folder holding the corpora")
	corpus := flag.String("corpus", "all", "corpora, comma-separated: scrapinghub, trafilatura, wcxb, mercury, or all")
	only := flag.String("only", "", "comma-separated extractor names to run (default all)")
	decode := flag.String("decode", "sniff", "how peers get their input: sniff (late meta and UTF-8 aware), xnet (charset.NewReader) or peer (raw bytes, their own detection)")
	repeat := flag.Int("repeat", 1, "time each extractor this many times and keep the fastest run (the machine may be busy)")
	split := flag.String("split", "all", "pages: tune, check or all (all also shows each half)")
	behind := flag.Float64("behind", 0, "list the tune half's pages where winnow's F1 trails go-trafilatura+fallback's by more than this (0: none)")
	flag.Parse()

	dec, ok := decoders()[*decode]
	if !ok {
		fail(fmt.Errorf("unknown -decode %q", *decode))
	}
	sp, err := evaluate.ParseSplit(*split)
	if err != nil {
		fail(err)
	}
	kinds, err := evaluate.ParseKinds(*corpus)
	if err != nil {
		fail(err)
	}
	runtime.GOMAXPROCS(1) // single-core timings

	for _, k := range kinds {
		all, err := evaluate.Load(*data, k)
		if errors.Is(err, evaluate.ErrNoCorpus) {
			fmt.Printf("skipping %s: %v\n", k, err)
			continue
		}
		if err != nil {
			fail(err)
		}
		c := all.Select(sp)
		runs := runAll(c, extractors(dec), *only, *repeat)
		fmt.Printf("\n== %s (%d pages) ==\n", k, len(c.Pages))
		if k.HasText() {
			writeScores(os.Stdout, c, sp, runs)
		}
		writeTiming(os.Stdout, runs)
		if k == evaluate.WCXB {
			writeTypes(os.Stdout, c, sp, runs)
		}
		if k.HasMeta() {
			writeMeta(os.Stdout, c, sp, runs)
		}
		writeStarved(os.Stdout, c, runs)
		if *behind > 0 {
			writeBehind(os.Stdout, c, runs, *behind)
		}
	}
	fmt.Printf("\npeers' input: -decode %s; ms/page and MB/s are process CPU time with GOMAXPROCS 1 and include decoding and parsing\n", *decode)
}

// named is one extractor's run.
type named struct {
	name     string
	baseline bool
	run      *evaluate.Run
}

// runAll runs the selected extractors over c, each timed repeat times
// (the fastest run kept).
func runAll(c *evaluate.Corpus, exs []extractor, only string, repeat int) []named {
	in := evaluate.HTMLInputs(c)
	var runs []named
	for _, ex := range exs {
		if !selected(only, ex.name) || len(c.Pages) == 0 {
			continue
		}
		// One page first, so that lazy initialisation is not timed.
		evaluate.Evaluate(&evaluate.Corpus{Kind: c.Kind, Pages: c.Pages[:1]}, in[:1], ex.run)
		r := evaluate.Evaluate(c, in, ex.run)
		for range repeat - 1 {
			if again := evaluate.Evaluate(c, in, ex.run); again.Time() < r.Time() {
				r = again
			}
		}
		runs = append(runs, named{ex.name, ex.baseline, r})
	}
	return runs
}

// halves lists the parts of the pages shown for split s, each with a
// filter (nil: every page).
func halves(s evaluate.Split) []struct {
	name string
	keep func(*evaluate.Page) bool
} {
	type part = struct {
		name string
		keep func(*evaluate.Page) bool
	}
	if s != evaluate.All {
		return []part{{s.String(), nil}}
	}
	return []part{
		{"tune", func(p *evaluate.Page) bool { return p.Half() == evaluate.Tune }},
		{"check", func(p *evaluate.Page) bool { return p.Half() == evaluate.Check }},
		{"all", nil},
	}
}

// writeScores prints precision, recall and F1 of every scored run, a line
// per extractor and half.
func writeScores(w io.Writer, c *evaluate.Corpus, s evaluate.Split, runs []named) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "extractor\thalf\tpages\tprecision\trecall\tF1\taccuracy\t")
	for _, r := range runs {
		if r.baseline {
			continue
		}
		for _, h := range halves(s) {
			sc, _ := r.run.Subset(c, h.keep)
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t\n", r.name, h.name, sc.Pages, sc.Precision, sc.Recall, sc.F1, sc.Accuracy)
		}
	}
	tw.Flush()
}

// writeTiming prints time and allocation per page of every run, with the
// ratio to html.Parse when it ran.
func writeTiming(w io.Writer, runs []named) {
	var parse float64
	for _, r := range runs {
		if r.name == "html.Parse" {
			parse = r.run.MsPerPage()
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "extractor\tms/page\twall ms/page\tMB/s\talloc/page\tallocs/page\tx parse\terrors\t")
	for _, r := range runs {
		ratio := "-"
		if parse > 0 {
			ratio = fmt.Sprintf("%.2fx", r.run.MsPerPage()/parse)
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.1f\t%.2fMB\t%.0f\t%s\t%d\t\n", r.name, r.run.MsPerPage(), r.run.WallMsPerPage(),
			r.run.MBPerSec(), r.run.AllocPerPage()/1e6, float64(r.run.Allocs)/float64(max(1, r.run.Pages)), ratio, r.run.Errors)
	}
	tw.Flush()
	for _, r := range runs {
		if r.run.FirstErr != nil {
			fmt.Fprintf(w, "  %s: %d errors, first: %v\n", r.name, r.run.Errors, r.run.FirstErr)
		}
	}
}

// writeTypes prints WCXB's word F1 by page type: a line per type and half,
// a column per extractor.
func writeTypes(w io.Writer, c *evaluate.Corpus, s evaluate.Split, runs []named) {
	seen := map[string]bool{}
	for i := range c.Pages {
		seen[c.Pages[i].Type] = true
	}
	var types []string
	for t := range seen {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintln(w, "\nword F1 by page type")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "type\thalf\tpages\t")
	for _, r := range runs {
		if !r.baseline {
			fmt.Fprintf(tw, "%s\t", r.name)
		}
	}
	fmt.Fprintln(tw)
	for _, t := range types {
		for _, h := range halves(s) {
			keep := func(p *evaluate.Page) bool { return p.Type == t && (h.keep == nil || h.keep(p)) }
			line := ""
			pages := 0
			for _, r := range runs {
				if r.baseline {
					continue
				}
				sc, _ := r.run.Subset(c, keep)
				pages = sc.Pages
				line += fmt.Sprintf("%.4f\t", sc.F1)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", t, h.name, pages, line)
		}
	}
	tw.Flush()
}

// writeMeta prints the metadata hit rates of every scored run, a line per
// extractor and half.
func writeMeta(w io.Writer, c *evaluate.Corpus, s evaluate.Split, runs []named) {
	fmt.Fprintln(w, "\nmetadata: share of the pages asserting a field where it is right")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "extractor\thalf\ttitle\tauthor\tdate\tlead\t")
	for _, r := range runs {
		if r.baseline {
			continue
		}
		for _, h := range halves(s) {
			_, m := r.run.Subset(c, h.keep)
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", r.name, h.name, rate(m.Title), rate(m.Author), rate(m.Date), rate(m.Lead))
		}
	}
	tw.Flush()
}

func rate(r evaluate.Rate) string {
	if r.Pages == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f (%d)", r.Value(), r.Pages)
}

// writeStarved lists the pages where winnow got almost none of the truth
// and go-trafilatura with fallback more than half (evaluate.Starved).
func writeStarved(w io.Writer, c *evaluate.Corpus, runs []named) {
	mine, peer := winnowAndPeer(runs)
	if mine == nil || peer == nil || !c.Kind.HasText() {
		return
	}
	idx := evaluate.Starved(c, mine, peer)
	fmt.Fprintf(w, "\npages where winnow gets under 10%% of the truth and go-trafilatura+fallback over half: %d\n", len(idx))
	for _, i := range idx {
		p := &c.Pages[i]
		fmt.Fprintf(w, "  %s %s (%s half): winnow recall %.3f, go-trafilatura+fallback %.3f\n",
			p.ID, p.URL, p.Half(), mine.PageScores[i].Recall, peer.PageScores[i].Recall)
	}
}

// writeBehind lists the pages of the tune half where winnow's F1 trails
// go-trafilatura with fallback's by more than margin: where to look for
// what the peer does better. Check-half pages are not listed: they judge
// changes, they do not suggest them.
func writeBehind(w io.Writer, c *evaluate.Corpus, runs []named, margin float64) {
	mine, peer := winnowAndPeer(runs)
	if mine == nil || peer == nil || !c.Kind.HasText() {
		return
	}
	fmt.Fprintf(w, "\ntune pages where winnow trails go-trafilatura+fallback by more than %.2f F1:\n", margin)
	for i := range c.Pages {
		p := &c.Pages[i]
		if p.Half() != evaluate.Tune {
			continue
		}
		if a, b := mine.PageScores[i], peer.PageScores[i]; b.F1-a.F1 > margin {
			fmt.Fprintf(w, "  %s %-13s winnow P %.2f R %.2f F1 %.2f, peer P %.2f R %.2f F1 %.2f  %s\n",
				p.ID, p.Type, a.Precision, a.Recall, a.F1, b.Precision, b.Recall, b.F1, p.URL)
		}
	}
}

// winnowAndPeer returns winnow's run and go-trafilatura with fallback's,
// nil where one did not run.
func winnowAndPeer(runs []named) (mine, peer *evaluate.Run) {
	for _, r := range runs {
		switch r.name {
		case "winnow":
			mine = r.run
		case "go-trafilatura+fallback":
			peer = r.run
		}
	}
	return mine, peer
}

func selected(only, name string) bool {
	if only == "" {
		return true
	}
	for n := range strings.SplitSeq(only, ",") {
		if n == name {
			return true
		}
	}
	return false
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "compare:", err)
	os.Exit(2)
}
