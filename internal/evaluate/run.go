package evaluate

import (
	"fmt"
	"runtime"
	"time"
)

// An Extractor returns the main text of page p from input, which is the
// page's HTML or its whole-page text, depending on the mode evaluated.
type Extractor func(input []byte, p *Page) (string, error)

// Run is the outcome of one extractor on one corpus.
type Run struct {
	Kind Kind
	Scores
	PageScores []PageScore // in the corpus's page order
	Outputs    []string    // extracted texts, in the corpus's page order

	Errors   int   // pages whose extraction failed (scored as empty)
	FirstErr error // the first of them

	Elapsed    time.Duration // total extraction time, scoring excluded
	InputBytes int64         // total size of the inputs
	AllocBytes uint64        // bytes allocated while extracting
	Allocs     uint64        // allocations made while extracting
}

// MsPerPage is the mean extraction time per page in milliseconds.
func (r *Run) MsPerPage() float64 {
	if r.Pages == 0 {
		return 0
	}
	return float64(r.Elapsed) / float64(time.Millisecond) / float64(r.Pages)
}

// MBPerSec is the extraction throughput in MB (10^6 bytes) of input per
// second.
func (r *Run) MBPerSec() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.InputBytes) / 1e6 / r.Elapsed.Seconds()
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
	r := &Run{Kind: c.Kind, Outputs: make([]string, len(c.Pages))}
	for _, in := range inputs {
		r.InputBytes += int64(len(in))
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
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
	runtime.ReadMemStats(&after)
	r.AllocBytes = after.TotalAlloc - before.TotalAlloc
	r.Allocs = after.Mallocs - before.Mallocs

	r.PageScores = make([]PageScore, len(c.Pages))
	for i := range c.Pages {
		r.PageScores[i] = c.ScorePage(&c.Pages[i], r.Outputs[i])
	}
	r.Scores = c.Summarize(r.PageScores)
	return r
}

// safeExtract calls ex and turns a panic into an error naming the page, so
// that one bad page does not end an evaluation.
func safeExtract(ex Extractor, in []byte, p *Page) (out string, err error) {
	defer func() {
		if v := recover(); v != nil {
			out, err = "", fmt.Errorf("page %s: panic: %v", p.ID, v)
		}
	}()
	out, err = ex(in, p)
	if err != nil {
		return "", fmt.Errorf("page %s: %w", p.ID, err)
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
