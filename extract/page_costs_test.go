package extract

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/internal/evaluate"
)

// What the page type's mistakes cost is measured, not guessed: run
//
//	go test ./extract -run TestPageTypeCosts -page-costs -v
//
// with the evaluation corpora in ../shared/eval. On the tune halves only,
// it reads every page as each of the seven types and prints the confusion
// matrix of the true type against the type winnow judged, the word F1
// each confusion costs (or gains) against reading the page as its true
// type, and per true type the mean F1 of winnow's reading, of the true
// type's reading and of the best of the seven readings. A confusion that
// costs nothing is not worth a feature; a true type whose own reading
// scores below winnow's is where the readings, not the typer, fall short.
// Add -page-cost-pages to list every misread tune page with its cost, so
// that the signals of the costly ones can be compared with the cheap ones.
var (
	pageCosts     = flag.Bool("page-costs", false, "print what the page type's confusions cost on the tune halves")
	pageCostPages = flag.Bool("page-cost-pages", false, "with -page-costs, list every misread tune page and its cost")
)

// pageCost is one tune page read every way.
type pageCost struct {
	id, url       string                // the page's key and address
	truth, judged int                   // indexes in pageTypes
	f1            float64               // winnow's own reading
	read          [numPageTypes]float64 // the page read as each type
}

func TestPageTypeCosts(t *testing.T) {
	if !*pageCosts {
		t.Skip("measures the page type's costs only with -page-costs")
	}
	for _, k := range []evaluate.Kind{evaluate.WCXB, evaluate.Scrapinghub, evaluate.Trafilatura} {
		c, err := evaluate.Load(*trainData, k)
		if err != nil {
			t.Fatal(err)
		}
		tune := c.Select(evaluate.TuneHalf)
		var pages []pageCost
		for i := range tune.Pages {
			if pc, ok := readEveryWay(tune, &tune.Pages[i]); ok {
				pages = append(pages, pc)
			}
		}
		t.Logf("%s, tune half:\n%s", k, costTable(pages))
		if *pageCostPages {
			t.Logf("%s, misread tune pages, costliest first:\n%s", k, misreadPages(pages))
		}
	}
}

// readEveryWay reads page p of corpus c as winnow judges it and as each
// page type.
func readEveryWay(c *evaluate.Corpus, p *evaluate.Page) (pageCost, bool) {
	res, err := FromBytes(p.HTML, Options{URL: p.URL})
	if err != nil {
		return pageCost{}, false
	}
	pc := pageCost{id: p.ID, url: p.URL, truth: typeIndex(PageType(p.Type)), judged: typeIndex(res.PageType),
		f1: c.ScorePage(p, evaluate.Output{Text: res.Text}).F1}
	for k, pt := range pageTypes {
		forced, err := FromBytes(p.HTML, Options{URL: p.URL, reading: pt})
		if err != nil {
			return pageCost{}, false
		}
		pc.read[k] = c.ScorePage(p, evaluate.Output{Text: forced.Text}).F1
	}
	return pc, true
}

// typeIndex returns the index of t in pageTypes; a page without a type
// (the article corpora's) is an article.
func typeIndex(t PageType) int {
	for i, pt := range pageTypes {
		if pt == t {
			return i
		}
	}
	return 0
}

// costTable renders the confusion matrix, the cost of each confusion and
// the mean F1 of each true type's readings.
func costTable(pages []pageCost) string {
	var count [numPageTypes][numPageTypes]int
	var cost [numPageTypes][numPageTypes]float64
	var n [numPageTypes]int
	var own, truthRead, best [numPageTypes]float64
	for _, p := range pages {
		count[p.truth][p.judged]++
		cost[p.truth][p.judged] += p.read[p.truth] - p.f1
		n[p.truth]++
		own[p.truth] += p.f1
		truthRead[p.truth] += p.read[p.truth]
		top := 0.0
		for _, f := range p.read {
			top = max(top, f)
		}
		best[p.truth] += top
	}
	var b strings.Builder
	b.WriteString("true \\ judged")
	for _, pt := range pageTypes {
		fmt.Fprintf(&b, " %8.8s", pt)
	}
	b.WriteString("   own F1  as true     best\n")
	for i, pt := range pageTypes {
		if n[i] == 0 {
			continue
		}
		fmt.Fprintf(&b, "%13s", pt)
		for j := range pageTypes {
			fmt.Fprintf(&b, " %8d", count[i][j])
		}
		m := float64(n[i])
		fmt.Fprintf(&b, "   %.4f   %.4f   %.4f\n", own[i]/m, truthRead[i]/m, best[i]/m)
	}
	b.WriteString("F1 summed over the pages of each confusion, true type's reading minus winnow's:\n")
	for i, pt := range pageTypes {
		for j, jt := range pageTypes {
			if i != j && count[i][j] > 0 {
				fmt.Fprintf(&b, "  %s read as %s: %d pages, %+.3f\n", pt, jt, count[i][j], cost[i][j])
			}
		}
	}
	return b.String()
}

// misreadPages lists the pages judged other than their true type, the
// costliest first: what the true type's reading would gain over winnow's
// (negative: the misreading extracts better), and the best reading.
func misreadPages(pages []pageCost) string {
	var wrong []pageCost
	for _, p := range pages {
		if p.truth != p.judged {
			wrong = append(wrong, p)
		}
	}
	sort.SliceStable(wrong, func(i, j int) bool {
		return wrong[i].read[wrong[i].truth]-wrong[i].f1 > wrong[j].read[wrong[j].truth]-wrong[j].f1
	})
	var b strings.Builder
	b.WriteString("   cost  true          judged         own F1  as true  best reading\n")
	for _, p := range wrong {
		top := 0
		for k, f := range p.read {
			if f > p.read[top] {
				top = k
			}
		}
		fmt.Fprintf(&b, "%+.3f  %-13s %-13s  %.3f   %.3f    %-13s %.3f  %s %s\n",
			p.read[p.truth]-p.f1, pageTypes[p.truth], pageTypes[p.judged], p.f1, p.read[p.truth],
			pageTypes[top], p.read[top], p.id, p.url)
	}
	return b.String()
}

// TestForcedReading checks the switch TestPageTypeCosts measures with: a
// page read as a given type reports that type and is read that way, and
// without the switch the page model's judgement stands.
func TestForcedReading(t *testing.T) {
	page := []byte(articlePageHTML())
	res, err := FromBytes(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageArticle {
		t.Fatalf("judged %s, want article", res.PageType)
	}
	for _, pt := range pageTypes {
		forced, err := FromBytes(page, Options{reading: pt})
		if err != nil {
			t.Fatal(err)
		}
		if forced.PageType != pt {
			t.Errorf("read as %s, reported %s", pt, forced.PageType)
		}
	}
}
