package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/pipeline"
)

// config is the parsed command line.
type config struct {
	input      pipeline.Kind
	format     pipeline.Format
	workers    int
	siteMemory string
	noDetector bool
	detectorMB int
	progress   string
	quiet      bool
	favor      extract.Favor
	url        string
	output     string
	maxBytes   int
	all        bool
	args       []string
}

const usageHead = `usage: winnow [flags] [PATH|GLOB|-]...
       winnow serve [-addr 127.0.0.1:8080] (winnow serve -h for more)

Prints the main text of web pages and cleans text extracted from them.
Reads HTML and text files, directories (recursively), globs, stdin (no
argument or "-"), WARC files and JSONL ({"url", "html" or "text", ...} per
line), gzip-compressed or not. Output is in input order.

Exit status: 0 ok, 1 some inputs failed, 2 usage error.

flags:
`

// parseFlags parses args; a usage error has been reported on stderr when
// it returns an error (flag.ErrHelp for -h).
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	c := &config{}
	fs := flag.NewFlagSet("winnow", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usageHead)
		fs.PrintDefaults()
	}
	input := fs.String("input", "auto", "input kind: auto (by file name, then content), html, text, warc or jsonl")
	format := fs.String("format", "text", "output format: text, markdown, html, json or jsonl")
	explain := fs.Bool("explain", false, "print every block with its kind, score, decision and reason: a table, or with -format html one self-contained HTML page")
	fs.IntVar(&c.workers, "j", runtime.NumCPU(), "pages extracted in parallel")
	fs.StringVar(&c.siteMemory, "site-memory", "", "load the cross-page boilerplate detector from `FILE` when it exists, save it back at the end")
	fs.IntVar(&c.detectorMB, "site-memory-mb", boilerplate.DefaultMaxMemory>>20, "bound of the detector's memory in MiB; hosts least recently seen are evicted beyond it")
	fs.BoolVar(&c.noDetector, "no-detector", false, "do not learn or drop blocks repeated across pages of a site")
	fs.StringVar(&c.progress, "progress", "auto", "progress line on stderr: auto (when stderr is a terminal and the output is not), always or never")
	fs.BoolVar(&c.quiet, "quiet", false, "no progress line and no summary")
	favor := fs.String("favor", "balanced", "balanced, precision (drop more) or recall (keep more)")
	fs.StringVar(&c.url, "url", "", "`URL` of pages whose input does not name one (files, stdin)")
	fs.StringVar(&c.output, "o", "", "write to `FILE` instead of stdout")
	fs.IntVar(&c.maxBytes, "max-bytes", extract.DefaultMaxInputBytes, "largest page in bytes; larger ones fail")
	fs.BoolVar(&c.all, "all", false, "in directories, read every file, not only .html, .htm, .txt, .warc, .jsonl (and .gz)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	c.args = fs.Args()
	var err error
	if c.input, err = pipeline.ParseKind(*input); err != nil {
		return nil, usageError(stderr, err)
	}
	if c.format, err = pipeline.ParseFormat(*format); err != nil || c.format == pipeline.FormatExplain || c.format == pipeline.FormatExplainHTML {
		return nil, usageError(stderr, fmt.Errorf("unknown format %q (want text, markdown, html, json or jsonl)", *format))
	}
	switch {
	case *explain && c.format == pipeline.FormatHTML:
		c.format = pipeline.FormatExplainHTML
	case *explain:
		c.format = pipeline.FormatExplain
	}
	if c.favor, err = boilerplate.ParseFavor(*favor); err != nil {
		return nil, usageError(stderr, fmt.Errorf("unknown -favor %q (want balanced, precision or recall)", *favor))
	}
	switch c.progress {
	case "auto", "always", "never":
	default:
		return nil, usageError(stderr, fmt.Errorf("unknown -progress %q (want auto, always or never)", c.progress))
	}
	if c.workers < 1 {
		return nil, usageError(stderr, errors.New("-j must be at least 1"))
	}
	if c.detectorMB < 1 {
		return nil, usageError(stderr, errors.New("-site-memory-mb must be at least 1"))
	}
	if c.maxBytes < 1 {
		return nil, usageError(stderr, errors.New("-max-bytes must be positive"))
	}
	if c.noDetector && c.siteMemory != "" {
		return nil, usageError(stderr, errors.New("-site-memory and -no-detector exclude each other"))
	}
	return c, nil
}

func usageError(stderr io.Writer, err error) error {
	fmt.Fprintf(stderr, "winnow: %v\nRun 'winnow -h' for usage.\n", err)
	return err
}
