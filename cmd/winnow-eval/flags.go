package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/evaluate"
)

// config holds the parsed flags.
type config struct {
	data     string
	dataSet  bool // -data was given explicitly
	corpora  []evaluate.Kind
	html     bool // evaluate the html mode
	text     bool // evaluate the whole-page-text mode
	favor    extract.Favor
	detector bool
	report   int
	samples  int
	json     bool
	floors   map[floorKey]float64
	// aboveBaselines makes winnow's text-mode F1 on each corpus have to
	// beat both text-mode baselines'.
	aboveBaselines bool
}

// floorKey names what a floor applies to: winnow's F1 in one mode ("html"
// or "text") on one corpus.
type floorKey struct {
	mode   string
	corpus evaluate.Kind
}

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("winnow-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := &config{floors: make(map[floorKey]float64)}
	var corpus, mode, favor string
	floorFlags := map[floorKey]*float64{}
	fs.StringVar(&cfg.data, "data", defaultData, "folder holding the scrapinghub/ and trafilatura/ corpora")
	fs.StringVar(&corpus, "corpus", "all", "corpus to evaluate: scrapinghub, trafilatura or all")
	fs.StringVar(&mode, "mode", "html", "input: html (raw pages), text (whole-page text with baselines) or all")
	fs.StringVar(&favor, "favor", "balanced", "extraction trade-off: balanced, precision or recall")
	fs.BoolVar(&cfg.detector, "detector", false, "share one boilerplate.Detector across the pages of a run")
	fs.IntVar(&cfg.report, "report", 0, "print an error report on the `N` pages with the lowest F1")
	fs.IntVar(&cfg.samples, "samples", 3, "text samples per page and kind in the error report")
	fs.BoolVar(&cfg.json, "json", false, "print results (and reports) as JSON")
	for _, k := range evaluate.Kinds() {
		for _, m := range [...]struct{ mode, flag string }{{"html", "min-f1-"}, {"text", "min-text-f1-"}} {
			floorFlags[floorKey{m.mode, k}] = fs.Float64(m.flag+k.String(), 0,
				fmt.Sprintf("exit 1 when the %s-mode F1 on %s is below this", m.mode, k))
		}
	}
	fs.BoolVar(&cfg.aboveBaselines, "text-above-baselines", false,
		"exit 1 when the text-mode F1 on a corpus is not above both baselines'")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "data" {
			cfg.dataSet = true
		}
	})
	if corpus == "all" {
		cfg.corpora = evaluate.Kinds()
	} else {
		k, err := evaluate.ParseKind(corpus)
		if err != nil {
			return nil, err
		}
		cfg.corpora = []evaluate.Kind{k}
	}
	switch mode {
	case "html":
		cfg.html = true
	case "text":
		cfg.text = true
	case "all":
		cfg.html, cfg.text = true, true
	default:
		return nil, fmt.Errorf("unknown -mode %q (want html, text or all)", mode)
	}
	var err error
	if cfg.favor, err = boilerplate.ParseFavor(favor); err != nil {
		return nil, fmt.Errorf("unknown -favor %q (want balanced, precision or recall)", favor)
	}
	for key, floor := range floorFlags {
		if *floor > 0 {
			cfg.floors[key] = *floor
		}
	}
	return cfg, nil
}

// findData returns the corpora folder. The default path is relative to the
// repository root, so when it is not found from the working directory it is
// also looked up from the enclosing module's root.
func findData(path string, explicit bool) (string, bool) {
	if isDir(path) {
		return path, true
	}
	if explicit || filepath.IsAbs(path) {
		return "", false
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, path)
			return p, isDir(p)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
