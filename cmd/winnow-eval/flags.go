package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/evaluate"
)

// config holds the parsed flags.
type config struct {
	data    string
	dataSet bool // -data was given explicitly
	corpora []evaluate.Kind
	textOf  []evaluate.Kind // the corpora evaluated in text mode too
	// renderings are the ways the pages are turned into text in text
	// mode, each scored on its own.
	renderings []evaluate.Rendering
	split      evaluate.Split
	html       bool // evaluate the html mode
	text       bool // evaluate the whole-page-text mode
	favor      extract.Favor
	detector   bool
	report     int
	samples    int
	json       bool
	// floors maps a measure's name (see measureName) to the least value
	// it may take.
	floors map[string]float64
	// aboveBaselines makes winnow's text-mode F1 on each corpus have to
	// beat both text-mode baselines'.
	aboveBaselines bool
}

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("winnow-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := &config{floors: make(map[string]float64)}
	var corpus, textCorpora, mode, favor, split, renderings string
	var floorFiles, floorArgs []string
	oldFloors := map[string]*float64{}
	fs.StringVar(&cfg.data, "data", defaultData, "folder holding the corpora (scrapinghub/, trafilatura/, wcxb/, mercury/)")
	fs.StringVar(&corpus, "corpus", "all", "corpora to evaluate, comma-separated: scrapinghub, trafilatura, wcxb, mercury, or all")
	fs.StringVar(&textCorpora, "text-corpora", "scrapinghub,trafilatura", "corpora evaluated in text mode when -mode asks for it, comma-separated, or all")
	fs.StringVar(&renderings, "rendering", "all", "text mode: how pages are turned into text, comma-separated: "+
		"page (a line per block, as PageText), blocks, wrapped, dump, innertext, or all")
	fs.StringVar(&split, "split", "all", "pages to evaluate: tune, check or all (all also shows each half)")
	fs.StringVar(&mode, "mode", "html", "input: html (raw pages), text (whole-page text with baselines) or all")
	fs.StringVar(&favor, "favor", "balanced", "extraction trade-off: balanced, precision or recall")
	fs.BoolVar(&cfg.detector, "detector", false, "share one boilerplate.Detector across the pages of a run")
	fs.IntVar(&cfg.report, "report", 0, "print an error report on the `N` pages with the lowest F1 (of the tune half unless -split says otherwise)")
	fs.IntVar(&cfg.samples, "samples", 3, "text samples per page and kind in the error report")
	fs.BoolVar(&cfg.json, "json", false, "print results (and reports) as JSON")
	fs.Func("floor", "exit 1 when a measure is below a value: `NAME=VALUE`, NAME as corpus.mode.half.metric "+
		"(e.g. wcxb.html.check.f1, wcxb.html.all.f1.listing, mercury.html.tune.author, scrapinghub.text-wrapped.check.f1); repeatable",
		func(s string) error {
			floorArgs = append(floorArgs, s)
			return addFloor(map[string]float64{}, s) // report a bad floor at once
		})
	fs.Func("floors", "read floors from `FILE`, one NAME VALUE (or NAME=VALUE) a line, # comments", func(s string) error {
		floorFiles = append(floorFiles, s)
		return nil
	})
	for _, k := range evaluate.Kinds() {
		if !k.HasText() {
			continue
		}
		for _, m := range [...]struct{ mode, flag string }{{"html", "min-f1-"}, {"text", "min-text-f1-"}} {
			oldFloors[measureName(k, m.mode, "all", "f1")] = fs.Float64(m.flag+k.String(), 0,
				fmt.Sprintf("exit 1 when the %s-mode F1 on %s is below this (same as -floor %s.%s.all.f1=VALUE)", m.mode, k, k, m.mode))
		}
	}
	fs.BoolVar(&cfg.aboveBaselines, "text-above-baselines", false,
		"exit 1 when the text-mode F1 on a corpus (any half and rendering shown) is not above both baselines'")
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
	var err error
	if cfg.corpora, err = evaluate.ParseKinds(corpus); err != nil {
		return nil, err
	}
	if cfg.textOf, err = evaluate.ParseKinds(textCorpora); err != nil {
		return nil, err
	}
	if cfg.renderings, err = evaluate.ParseList(renderings, evaluate.Renderings, evaluate.ParseRendering); err != nil {
		return nil, err
	}
	if cfg.split, err = evaluate.ParseSplit(split); err != nil {
		return nil, err
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
	if cfg.favor, err = boilerplate.ParseFavor(favor); err != nil {
		return nil, fmt.Errorf("unknown -favor %q (want balanced, precision or recall)", favor)
	}
	for name, floor := range oldFloors {
		if *floor > 0 {
			cfg.floors[name] = *floor
		}
	}
	// Files first, then -floor: a floor given on the command line wins.
	for _, f := range floorFiles {
		if err := readFloors(f, cfg.floors); err != nil {
			return nil, err
		}
	}
	for _, a := range floorArgs {
		if err := addFloor(cfg.floors, a); err != nil {
			return nil, err
		}
	}
	return cfg, nil
}

// textMode reports whether corpus k is evaluated in text mode.
func (cfg *config) textMode(k evaluate.Kind) bool {
	return cfg.text && k.HasText() && slices.Contains(cfg.textOf, k)
}

// addFloor parses one NAME=VALUE floor into floors.
func addFloor(floors map[string]float64, s string) error {
	name, value, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("floor %q: want NAME=VALUE", s)
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
	if err != nil {
		return fmt.Errorf("floor %q: %v", s, err)
	}
	name = strings.TrimSpace(name)
	if err := checkMeasureName(name); err != nil {
		return err
	}
	floors[name] = v
	return nil
}

// readFloors reads a floors file: a floor a line, as NAME VALUE or
// NAME=VALUE, blank lines and # comments ignored.
func readFloors(path string, floors map[string]float64) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(strings.Replace(s, "=", " ", 1))
		switch len(fields) {
		case 0:
			continue
		case 2:
			if err := addFloor(floors, fields[0]+"="+fields[1]); err != nil {
				return fmt.Errorf("%s:%d: %v", path, line, err)
			}
		default:
			return fmt.Errorf("%s:%d: want NAME VALUE", path, line)
		}
	}
	return sc.Err()
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
