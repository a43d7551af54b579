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
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/winnowtext/winnow/internal/evaluate"
)

func main() {
	data := flag.String("data", "../../shared/eval", "folder holding the scrapinghub/ and trafilatura/ corpora")
	corpus := flag.String("corpus", "all", "corpus: scrapinghub, trafilatura or all")
	only := flag.String("only", "", "comma-separated extractor names to run (default all)")
	decode := flag.String("decode", "sniff", "how peers get their input: sniff (late meta and UTF-8 aware), xnet (charset.NewReader) or peer (raw bytes, their own detection)")
	repeat := flag.Int("repeat", 1, "time each extractor this many times and keep the fastest run (the machine may be busy)")
	flag.Parse()

	dec, ok := decoders()[*decode]
	if !ok {
		fail(fmt.Errorf("unknown -decode %q", *decode))
	}
	kinds := evaluate.Kinds()
	if *corpus != "all" {
		k, err := evaluate.ParseKind(*corpus)
		if err != nil {
			fail(err)
		}
		kinds = []evaluate.Kind{k}
	}
	runtime.GOMAXPROCS(1) // single-core timings

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\textractor\tpages\tprecision\trecall\tF1\taccuracy\tms/page\twall ms/page\tMB/s\talloc/page\tallocs/page\tx parse\terrors\t")
	for _, k := range kinds {
		c, err := evaluate.Load(*data, k)
		if errors.Is(err, evaluate.ErrNoCorpus) {
			fmt.Printf("skipping %s: %v\n", k, err)
			continue
		}
		if err != nil {
			fail(err)
		}
		in := evaluate.HTMLInputs(c)
		var runs []*evaluate.Run
		var names []string
		var baseline []bool
		var parse float64
		for _, ex := range extractors(dec) {
			if !selected(*only, ex.name) {
				continue
			}
			// One page first, so that lazy initialisation is not timed.
			evaluate.Evaluate(&evaluate.Corpus{Kind: k, Pages: c.Pages[:1]}, in[:1], ex.run)
			r := evaluate.Evaluate(c, in, ex.run)
			for range *repeat - 1 {
				if again := evaluate.Evaluate(c, in, ex.run); again.Time() < r.Time() {
					r = again
				}
			}
			if ex.name == "html.Parse" {
				parse = r.MsPerPage()
			}
			runs = append(runs, r)
			names = append(names, ex.name)
			baseline = append(baseline, ex.baseline)
		}
		for i, r := range runs {
			ratio := "-"
			if parse > 0 {
				ratio = fmt.Sprintf("%.2fx", r.MsPerPage()/parse)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%.3f\t%.3f\t%.1f\t%.2fMB\t%.0f\t%s\t%d\t\n",
				k, names[i], r.Pages, num(r.Precision, baseline[i]), num(r.Recall, baseline[i]),
				num(r.F1, baseline[i]), num(r.Accuracy, baseline[i]),
				r.MsPerPage(), r.WallMsPerPage(), r.MBPerSec(), r.AllocPerPage()/1e6, float64(r.Allocs)/float64(max(1, r.Pages)),
				ratio, r.Errors)
		}
		tw.Flush()
		for i, r := range runs {
			if r.FirstErr != nil {
				fmt.Printf("  %s on %s: %d errors, first: %v\n", names[i], k, r.Errors, r.FirstErr)
			}
		}
	}
	fmt.Printf("peers' input: -decode %s; ms/page and MB/s are process CPU time with GOMAXPROCS 1 and include decoding and parsing\n", *decode)
}

func selected(only, name string) bool {
	if only == "" {
		return true
	}
	list := strings.Split(only, ",")
	sort.Strings(list)
	i := sort.SearchStrings(list, name)
	return i < len(list) && list[i] == name
}

// num prints a score; baselines have none.
func num(v float64, baseline bool) string {
	if baseline {
		return "-"
	}
	return fmt.Sprintf("%.4f", v)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "compare:", err)
	os.Exit(2)
}
