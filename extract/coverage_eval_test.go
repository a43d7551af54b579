package extract

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/winnowtext/winnow/internal/charset"
	"github.com/winnowtext/winnow/internal/evaluate"
)

// evalDir is where the evaluation corpora sit: ../shared/eval beside the
// repository, as in CI.
const evalDir = "../../shared/eval"

// Goals of the differential coverage test on the evaluation corpora.
const (
	minCorpusCoverage = 0.999 // of all visible letters of all pages
	minPageCoverage   = 0.98  // of any one page's
)

// TestCoverageEvalPages runs the differential coverage test (see
// coverage_test.go) over every page of the four corpora in ../shared/eval.
// It parses and extracts 2,200 pages, about 15 s of CPU: under the race
// detector, ten times that, so .ci/run runs it in a step of its own
// without -race.
func TestCoverageEvalPages(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	if slowdown > 1 {
		t.Skip("too slow under the race detector; .ci/run runs it without")
	}
	var want, found int
	loaded := 0
	for _, k := range evaluate.Kinds() {
		c, err := evaluate.Load(evalDir, k)
		if errors.Is(err, evaluate.ErrNoCorpus) {
			t.Logf("skipping %v: %v", k, err)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		loaded++
		w, f, refused, worst, low := corpusCoverage(c)
		want, found = want+w, found+f
		t.Logf("%v: %d pages (%d nested too deep for html.Parse), %.4f%% of %d letters found (%d not), lowest page %.2f%%, %d pages under %.0f%%",
			k, len(c.Pages), refused, 100*float64(f)/float64(max(w, 1)), w, w-f, 100*worst, len(low), 100*minPageCoverage)
		for _, l := range low {
			t.Errorf("%v/%s", k, l)
		}
	}
	if loaded == 0 {
		t.Skip("no corpus in " + evalDir)
	}
	share := float64(found) / float64(max(want, 1))
	t.Logf("all corpora: %.4f%% of %d letters found (%d not)", 100*share, want, want-found)
	if share < minCorpusCoverage {
		t.Errorf("%.4f%% of the visible letters reach a block, want %.1f%%", 100*share, 100*minCorpusCoverage)
	}
}

// corpusCoverage measures every page of c and returns the letters seen
// and found, how many pages html.Parse refused, the lowest share of a
// page, and a line for each page under minPageCoverage.
func corpusCoverage(c *evaluate.Corpus) (want, found, refused int, worst float64, low []string) {
	type outcome struct {
		c  pageCoverage
		ok bool
	}
	out := make([]outcome, len(c.Pages))
	worst = 1
	var wg sync.WaitGroup
	next := make(chan int)
	for range 2 {
		wg.Go(func() {
			for i := range next {
				page, _, err := charset.Decode(c.Pages[i].HTML, "")
				if err != nil {
					continue
				}
				out[i].c, out[i].ok = measureCoverage(page)
			}
		})
	}
	for i := range c.Pages {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, o := range out {
		if !o.ok {
			refused++
			continue
		}
		want += o.c.want
		found += o.c.found
		worst = min(worst, o.c.share())
		if o.c.share() < minPageCoverage {
			low = append(low, fmt.Sprintf("%s: %.2f%% of %d letters found; missing %s",
				c.Pages[i].ID, 100*o.c.share(), o.c.want, strings.Join(o.c.missing, " | ")))
		}
	}
	sort.Strings(low)
	return want, found, refused, worst, low
}
