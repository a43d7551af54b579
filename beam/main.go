// Command beam runs winnow over a whole crawl on Apache Beam: it reads WARC
// (.warc, .warc.gz) and JSONL files matching a glob, learns each site's
// template from all of its pages (pass 1), extracts every page against its
// site's template (pass 2), and writes JSONL shards with the fields of
// winnow -format jsonl.
//
// Usage, from this directory:
//
//	go run . --input 'GLOB' --output PREFIX [flags]
//
// It runs on Beam's local runner (prism) unless --runner names another
// (dataflow, flink, spark, universal) with that runner's usual flags; see
// README.md. Records go to PREFIX-SSSSS-of-NNNNN.jsonl.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3" // s3:// paths, where Common Crawl is
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
)

func main() {
	c := Config{}
	flag.StringVar(&c.Input, "input", "", "`GLOB` of the WARC and JSONL files to read (local or gs://)")
	flag.StringVar(&c.Output, "output", "", "`PREFIX` of the JSONL shards written (local or gs://)")
	flag.IntVar(&c.Shards, "shards", 4, "number of output files")
	flag.IntVar(&c.MaxBytes, "max-bytes", extract.DefaultMaxInputBytes, "largest page in bytes; larger ones are counted and skipped")
	flag.StringVar(&c.Favor, "favor", "balanced", "balanced, precision (drop more) or recall (keep more)")
	flag.IntVar(&c.SamplePages, "sample-pages", boilerplate.DefaultSamplePages, "pages per site from which its template is learnt; sites with more are sampled")
	flag.IntVar(&c.Workers, "page-workers", 0, "goroutines extracting the pages of one file (0: one per CPU)")
	flag.Parse()
	beam.Init()
	if c.Input == "" || c.Output == "" {
		fmt.Fprintln(os.Stderr, "usage: go run . --input 'GLOB' --output PREFIX [--runner NAME ...]")
		flag.PrintDefaults()
		os.Exit(2)
	}
	if _, err := boilerplate.ParseFavor(c.Favor); err != nil {
		fmt.Fprintf(os.Stderr, "beam: unknown --favor %q\n", c.Favor)
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(1)
	}
	if res != nil {
		printCounters(os.Stderr, res.Metrics())
	}
}

// printCounters writes winnow's counters and distributions, one a line.
func printCounters(w io.Writer, m metrics.Results) {
	sums := Counters(m)
	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "winnow/%s: %d\n", n, sums[n])
	}
	for _, d := range m.AllMetrics().Distributions() {
		if v := d.Result(); d.Key.Namespace == "winnow" && v.Count > 0 {
			fmt.Fprintf(w, "winnow/%s: count %d, mean %d, min %d, max %d\n", d.Key.Name, v.Count, v.Sum/v.Count, v.Min, v.Max)
		}
	}
}
