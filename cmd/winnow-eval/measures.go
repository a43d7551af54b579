package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/winnowtext/winnow/internal/evaluate"
)

// A measure is one named number of a run that a floor can hold:
// corpus.mode.half.metric, where mode is html, text (whole-page text as
// PageText renders it) or text-RENDERING for another rendering
// (text-wrapped, text-innertext, ...: evaluate.Renderings), half is tune,
// check or all (the pages of the run) and metric is f1, precision or
// recall (of the text), title, author, date or lead (metadata hit rates),
// or, on WCXB, f1.TYPE, precision.TYPE or recall.TYPE for one page type.
func measureName(k evaluate.Kind, mode, half, metric string) string {
	return fmt.Sprintf("%s.%s.%s.%s", k, mode, half, metric)
}

// modeName names a mode in measures and tables: html, text for the
// default rendering (evaluate.RenderPage, the names floors had before
// there were others), text-RENDERING for the others.
func modeName(mode string, rd evaluate.Rendering) string {
	if mode != "text" || rd == evaluate.RenderPage {
		return mode
	}
	return "text-" + rd.String()
}

// parseModeName is the inverse of modeName.
func parseModeName(s string) (mode string, rd evaluate.Rendering, err error) {
	switch {
	case s == "html" || s == "text":
		return s, evaluate.RenderPage, nil
	case strings.HasPrefix(s, "text-"):
		rd, err := evaluate.ParseRendering(strings.TrimPrefix(s, "text-"))
		return "text", rd, err
	}
	return "", 0, fmt.Errorf("mode %q is not html, text or text-RENDERING", s)
}

// modeName is the name of r's mode (see modeName).
func (r *result) modeName() string { return modeName(r.Mode, r.Rendering) }

var (
	textMetrics = []string{"f1", "precision", "recall"}
	metaMetrics = []string{"title", "author", "date", "lead"}
)

// checkMeasureName returns an error when name cannot name a measure.
func checkMeasureName(name string) error {
	parts := strings.SplitN(name, ".", 5)
	if len(parts) < 4 {
		return fmt.Errorf("floor %q: want corpus.mode.half.metric", name)
	}
	if _, err := evaluate.ParseKind(parts[0]); err != nil {
		return fmt.Errorf("floor %q: %v", name, err)
	}
	if _, _, err := parseModeName(parts[1]); err != nil {
		return fmt.Errorf("floor %q: %v", name, err)
	}
	if parts[2] != "all" && parts[2] != "tune" && parts[2] != "check" {
		return fmt.Errorf("floor %q: half %q is not tune, check or all", name, parts[2])
	}
	if !slices.Contains(textMetrics, parts[3]) && !(len(parts) == 4 && slices.Contains(metaMetrics, parts[3])) {
		return fmt.Errorf("floor %q: unknown metric %q", name, strings.Join(parts[3:], "."))
	}
	return nil
}

// applies reports whether the floor on measure name concerns this run: its
// corpus, mode and rendering were asked for and its half is shown.
func applies(cfg *config, name string) bool {
	parts := strings.SplitN(name, ".", 4)
	k, _ := evaluate.ParseKind(parts[0])
	mode, rd, _ := parseModeName(parts[1])
	if !slices.Contains(cfg.corpora, k) || mode == "html" && !cfg.html ||
		mode == "text" && (!cfg.textMode(k) || !slices.Contains(cfg.renderings, rd)) {
		return false
	}
	for _, h := range shownHalves(cfg.split) {
		if h.name == parts[2] {
			return true
		}
	}
	return false
}

// halfView names a part of a run's pages: a half, or all of them.
type halfView struct {
	name string
	keep func(*evaluate.Page) bool // nil: every page
}

// shownHalves lists the parts of the pages that reports show for split s:
// with every page, each half and then all; with one half, that half.
func shownHalves(s evaluate.Split) []halfView {
	half := func(h evaluate.Half) halfView {
		return halfView{h.String(), func(p *evaluate.Page) bool { return p.Half() == h }}
	}
	switch s {
	case evaluate.TuneHalf:
		return []halfView{{name: "tune"}}
	case evaluate.CheckHalf:
		return []halfView{{name: "check"}}
	}
	return []halfView{half(evaluate.Tune), half(evaluate.Check), {name: "all"}}
}

// summary is a run's numbers on one part of its pages.
type summary struct {
	name   string
	Scores evaluate.Scores
	Meta   evaluate.MetaScores
}

// halves summarizes r on each part of its pages that its split shows.
func (r *result) halves() []summary {
	var out []summary
	for _, h := range shownHalves(r.split) {
		sc, meta := r.Run.Subset(r.pages, h.keep)
		out = append(out, summary{h.name, sc, meta})
	}
	return out
}

// pageTypes returns the page types of r's corpus in order, and for each
// half shown its summary by type.
func (r *result) pageTypes() ([]string, map[string][]summary) {
	seen := map[string]bool{}
	for i := range r.pages.Pages {
		if t := r.pages.Pages[i].Type; t != "" {
			seen[t] = true
		}
	}
	types := slices.Sorted(maps.Keys(seen))
	by := make(map[string][]summary, len(types))
	for _, t := range types {
		for _, h := range shownHalves(r.split) {
			keep := func(p *evaluate.Page) bool { return p.Type == t && (h.keep == nil || h.keep(p)) }
			sc, meta := r.Run.Subset(r.pages, keep)
			by[t] = append(by[t], summary{h.name, sc, meta})
		}
	}
	return types, by
}

// measures names every number of winnow's runs that a floor can hold.
func measures(results []result) map[string]float64 {
	m := map[string]float64{}
	for i := range results {
		r := &results[i]
		if r.Extractor != "winnow" {
			continue
		}
		for _, h := range r.halves() {
			if h.Scores.Pages == 0 {
				continue
			}
			if r.Corpus.HasText() {
				m[measureName(r.Corpus, r.modeName(), h.name, "f1")] = h.Scores.F1
				m[measureName(r.Corpus, r.modeName(), h.name, "precision")] = h.Scores.Precision
				m[measureName(r.Corpus, r.modeName(), h.name, "recall")] = h.Scores.Recall
			}
			if r.Corpus.HasMeta() {
				for _, mm := range []struct {
					name string
					rate evaluate.Rate
				}{{"title", h.Meta.Title}, {"author", h.Meta.Author}, {"date", h.Meta.Date}, {"lead", h.Meta.Lead}} {
					if mm.rate.Pages > 0 {
						m[measureName(r.Corpus, r.modeName(), h.name, mm.name)] = mm.rate.Value()
					}
				}
			}
		}
		types, by := r.pageTypes()
		for _, t := range types {
			for _, h := range by[t] {
				if h.Scores.Pages == 0 {
					continue
				}
				m[measureName(r.Corpus, r.modeName(), h.name, "f1."+t)] = h.Scores.F1
				m[measureName(r.Corpus, r.modeName(), h.name, "precision."+t)] = h.Scores.Precision
				m[measureName(r.Corpus, r.modeName(), h.name, "recall."+t)] = h.Scores.Recall
			}
		}
	}
	return m
}

func sortedKeys(m map[string]float64) []string { return slices.Sorted(maps.Keys(m)) }
