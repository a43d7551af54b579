package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestKeepListPhrases: on an article, an unlinked item of a kept list that
// a recogniser dropped for its words (a review's con about paid access,
// a course's licence) is kept with its list; a linked sign-up item, an item
// of a short list and a list the classifier mostly dropped are left.
func TestKeepListPhrases(t *testing.T) {
	prose := `<p>We tested eleven home cameras over three months in a two-storey house, checking how fast each one sent an alert, how clear its night picture was and how much of its use needed an extra plan.</p>` +
		`<p>Most cameras now record in sharp detail, so the differences lie in the software: how well it tells people from pets, how long it keeps clips and what it costs to keep them.</p>`
	closing := `<p>Whichever camera you pick, place it high enough that a passer-by cannot reach it and check that its view covers the door and the path up to it.</p>`
	page := func(lists string) string {
		return `<html lang="en"><head><title>The best home cameras</title><meta property="og:type" content="article">` +
			`<meta property="article:published_time" content="2024-05-02T09:00:00Z"></head><body>` +
			`<nav><a href="/">Home</a> <a href="/reviews">Reviews</a> <a href="/deals">Deals</a></nav>` +
			`<article><h1>The best home cameras</h1>` + prose + lists + closing + `</article>` +
			`<footer><p>© 2024 The Review Desk</p></footer></body></html>`
	}
	cons := `<h3>Cons</h3><ul><li>Night picture turns grainy beyond ten metres</li>` +
		`<li>Unlimited access to recorded clips costs extra each month</li>` +
		`<li>Battery lasts barely two months in cold weather</li></ul>`
	licences := `<h3>Course materials</h3><ul><li>Spanish grammar workbook for beginners, with audio</li>` +
		`<li>License: CC-BY-SA</li><li>Listening exercises for the intermediate level, with keys</li>` +
		`<li>Reading passages about daily life in Mexico City and Madrid</li></ul>`
	signup := `<h3>Setup</h3><ul><li>Mount the camera above the door frame with the two screws supplied</li>` +
		`<li><a href="/newsletter">Subscribe to our newsletter</a></li>` +
		`<li>Pair it with the app over your home network and name the room it watches</li></ul>`
	short := `<h3>Cons</h3><ul><li>Night picture turns grainy beyond ten metres</li>` +
		`<li>Unlimited access to clips costs extra</li></ul>`
	tests := []struct {
		name       string
		page       string
		kept, gone []string
	}{
		{"review cons", page(cons), []string{"Unlimited access to recorded clips costs extra each month", "Battery lasts"}, nil},
		{"course licences", page(licences), []string{"License: CC-BY-SA", "Reading passages"}, nil},
		{"linked sign-up item", page(signup), []string{"Mount the camera"}, []string{"Subscribe to our newsletter"}},
		{"two-item list", page(short), []string{"Night picture"}, []string{"Unlimited access to clips"}},
	}
	for _, tt := range tests {
		res, err := FromBytes([]byte(tt.page), Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for _, k := range tt.kept {
			if !strings.Contains(res.Text, k) {
				t.Errorf("%s: %q dropped; want it kept\n%s", tt.name, k, res.Text)
			}
		}
		for _, g := range tt.gone {
			if strings.Contains(res.Text, g) {
				t.Errorf("%s: %q kept; want it dropped\n%s", tt.name, g, res.Text)
			}
		}
	}
}

// refKeepListPhrases is keepListPhrases as first written, counting an
// item's list again for every item judged.
func refKeepListPhrases(blocks []boilerplate.Block, mask []bool) {
	for i := range blocks {
		b := &blocks[i]
		if !mask[i] || b.Kept || b.Kind != boilerplate.KindListItem || !listPhraseVerdict(b.Reason) ||
			b.Features.LinkWords > 0 || b.Features.Words < 2 {
			continue
		}
		from, to := phraseListRun(blocks, i)
		items, kept := to-from+1, 0
		for j := from; j <= to; j++ {
			if blocks[j].Kept {
				kept++
			}
		}
		if items >= minPhraseListItems && 3*kept >= 2*items {
			b.Keep()
		}
	}
}

// TestKeepListPhrasesMatchesReference: counting each list once keeps what
// counting it again at every item kept, on random runs of list items.
func TestKeepListPhrasesMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	reasons := []boilerplate.Reason{boilerplate.ReasonNone, boilerplate.ReasonSubscription, boilerplate.ReasonSocial, boilerplate.ReasonLinkList}
	changed := 0
	for trial := range 3000 {
		n := 1 + rng.IntN(30)
		blocks := make([]boilerplate.Block, n)
		mask := make([]bool, n)
		for i := range blocks {
			b := &blocks[i]
			b.Kind = boilerplate.KindListItem
			if rng.IntN(6) == 0 {
				b.Kind = boilerplate.KindParagraph
			}
			b.Features.ContainerID = rng.IntN(2)
			b.Features.Words = 1 + rng.IntN(5)
			if rng.IntN(8) == 0 {
				b.Features.LinkWords = 1
			}
			if rng.IntN(2) == 0 {
				b.Reason = reasons[rng.IntN(len(reasons))]
			}
			b.Kept = b.Reason == boilerplate.ReasonNone && rng.IntN(6) > 0
			mask[i] = rng.IntN(8) > 0
		}
		got, want := slices.Clone(blocks), slices.Clone(blocks)
		keepListPhrases(got, mask)
		refKeepListPhrases(want, mask)
		for i := range got {
			if got[i].Kept != want[i].Kept || got[i].Reason != want[i].Reason {
				t.Fatalf("trial %d, block %d: kept %v (%v); want %v (%v)", trial, i, got[i].Kept, got[i].Reason, want[i].Kept, want[i].Reason)
			}
			if got[i].Kept != blocks[i].Kept {
				changed++
			}
		}
	}
	if changed < 100 {
		t.Errorf("only %d items taken back: the cases test too little", changed)
	}
}
