package evaluate

import (
	"fmt"
	"runtime"
	"time"
)

// An Extractor returns the main text (and the metadata it finds) of page p
// from input, which is the page's HTML or its whole-page text, depending on
// the mode evaluated.
type Extractor func(input []byte, p *Page) (Output, error)

// TextOnly turns a function that returns only text into an Extractor.
func TextOnly(f func(input []byte, p *Page) (string, error)) Extractor {
	return func(input []byte, p *Page) (Output, error) {
		text, err := f(input, p)
		return Output{Text: text}, err
	}
}

// Run is the outcome of one extractor on one corpus.
type Run struct {
	Kind Kind
	Scores
	Meta       MetaScores  // WCXB and Mercury: metadata hit rates
	PageScores []PageScore // in the corpus's page order
	Outputs    []Output    // extracted texts and metadata, in the corpus's page order

	Errors   int   // pages whose extraction failed (scored as empty)
	FirstErr error // the first of them

	Elapsed    time.Duration // wall-clock extraction time, scoring excluded
	CPU        time.Duration // process CPU time while extracting; 0 where unknown
	InputBytes int64         // total size of the inputs
	AllocBytes uint64        // bytes allocated while extracting
	Allocs     uint64        // allocations made while extracting
}

// Time is the extraction time that the per-page figures use: the process
// CPU time when known, else the wall-clock time. On one goroutine with
// GOMAXPROCS 1 the two agree on an idle machine, but only the CPU time
// stays put when other processes compete for the cores.
func (r *Run) Time() time.Duration {
	if r.CPU > 0 {
		return r.CPU
	}
	return r.Elapsed
}

// MsPerPage is the mean extraction time (Time) per page in milliseconds.
func (r *Run) MsPerPage() float64 { return perPageMs(r.Time(), r.Pages) }

// WallMsPerPage is the mean wall-clock extraction time per page in
// milliseconds.
func (r *Run) WallMsPerPage() float64 { return perPageMs(r.Elapsed, r.Pages) }

func perPageMs(d time.Duration, pages int) float64 {
	if pages == 0 {
		return 0
	}
	return float64(d) / float64(time.Millisecond) / float64(pages)
}

// MBPerSec is the extraction throughput in MB (10^6 bytes) of input per
// second of Time.
func (r *Run) MBPerSec() float64 {
	if r.Time() <= 0 {
		return 0
	}
	return float64(r.InputBytes) / 1e6 / r.Time().Seconds()
}

// AllocPerPage is the mean number of bytes allocated per page.
func (r *Run) AllocPerPage() float64 {
	if r.Pages == 0 {
		return 0
	}
	return float64(r.AllocBytes) / float64(r.Pages)
}

// Evaluate runs ex over every page of c on the calling goroutine, with
// inputs[i] as the input of page i, then scores the outputs. Only the
// extraction is timed. A failing or panicking extraction counts as an
// empty output and is reported in Errors.
func Evaluate(c *Corpus, inputs [][]byte, ex Extractor) *Run {
	r := &Run{Kind: c.Kind, Outputs: make([]Output, len(c.Pages))}
	for _, in := range inputs {
		r.InputBytes += int64(len(in))
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start, cpu := time.Now(), processCPU()
	for i := range c.Pages {
		out, err := safeExtract(ex, inputs[i], &c.Pages[i])
		if err != nil {
			r.Errors++
			if r.FirstErr == nil {
				r.FirstErr = err
			}
		}
		r.Outputs[i] = out
	}
	r.Elapsed = time.Since(start)
	if cpu > 0 {
		r.CPU = processCPU() - cpu
	}
	runtime.ReadMemStats(&after)
	r.AllocBytes = after.TotalAlloc - before.TotalAlloc
	r.Allocs = after.Mallocs - before.Mallocs

	r.PageScores = make([]PageScore, len(c.Pages))
	for i := range c.Pages {
		r.PageScores[i] = c.ScorePage(&c.Pages[i], r.Outputs[i])
	}
	r.Scores, r.Meta = r.Subset(c, nil)
	return r
}

// Subset summarizes the pages of c for which keep returns true (all pages
// when keep is nil) with the corpus's own rules: the text scores and the
// metadata hit rates.
func (r *Run) Subset(c *Corpus, keep func(*Page) bool) (Scores, MetaScores) {
	var scores []PageScore
	var meta MetaScores
	for i := range c.Pages {
		p := &c.Pages[i]
		if keep != nil && !keep(p) {
			continue
		}
		scores = append(scores, r.PageScores[i])
		meta.Add(p.Meta, r.PageScores[i].Meta)
	}
	return c.Summarize(scores), meta
}

// safeExtract calls ex and turns a panic into an error naming the page, so
// that one bad page does not end an evaluation.
func safeExtract(ex Extractor, in []byte, p *Page) (out Output, err error) {
	defer func() {
		if v := recover(); v != nil {
			out, err = Output{}, fmt.Errorf("page %s: panic: %v", p.ID, v)
		}
	}()
	out, err = ex(in, p)
	if err != nil {
		return Output{}, fmt.Errorf("page %s: %w", p.ID, err)
	}
	return out, nil
}

// HTMLInputs returns the raw HTML of every page of c, in page order.
func HTMLInputs(c *Corpus) [][]byte {
	in := make([][]byte, len(c.Pages))
	for i := range c.Pages {
		in[i] = c.Pages[i].HTML
	}
	return in
}

// TextInputs returns the whole-page text (PageText) of every page of c,
// in page order.
func TextInputs(c *Corpus) [][]byte {
	in := make([][]byte, len(c.Pages))
	for i := range c.Pages {
		in[i] = []byte(PageText(c.Pages[i].HTML))
	}
	return in
}
