package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// Pages with an article that must never come back empty (issue 16): each
// is a short or oddly built page whose text the density model alone
// would drop block by block.
func TestNeverEmpty(t *testing.T) {
	tests := []struct {
		name, url, body string
		want            []string
	}{
		{"three lines of dialogue", "https://blog.example/2024/05/overheard",
			`<article><h1>Overheard at the bakery</h1><p>"Is the rye bread fresh?"</p><p>"Baked at six."</p><p>"Then two, please."</p></article>`,
			[]string{"Is the rye bread fresh?", "Baked at six.", "Then two, please."}},
		{"one sentence", "https://notes.example/2024/05/closed",
			`<main><h1>Closed today</h1><p>The library is closed today because of the storm.</p></main>`,
			[]string{"The library is closed today because of the storm."}},
		{"live ticker", "https://news.example/live/2024/05/12/election-night",
			`<article><h1>Election night, live</h1><ul class="ticker">` +
				`<li><time>22:41</time> Turnout reached 61 percent in the capital.</li>` +
				`<li><time>22:30</time> The first results come from the northern districts.</li>` +
				`<li><time>22:12</time> Polling stations have closed across the country.</li>` +
				`<li><time>21:58</time> Queues are still long in the old town.</li></ul></article>`,
			[]string{"Turnout reached 61 percent", "Polling stations have closed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := synthPage(`<title>`+tt.name+`</title>`, tt.body+`<aside><h2>Most read</h2><ul><li><a href="/a">A story that many people read today</a></li>`+
				`<li><a href="/b">Another story that many people read</a></li></ul></aside>`)
			res, err := FromBytes([]byte(html), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("text lacks %q:\n%q", w, res.Text)
				}
			}
			if strings.Contains(res.Text, "Most read") || strings.Contains(res.Text, "All rights reserved") {
				t.Errorf("text holds boilerplate:\n%q", res.Text)
			}
		})
	}
}

// catalogueBlocks is a catalogue read as an article: its 40-word
// introduction kept, its eight course cards (200 words) outside the
// container; its sections hold 240 words.
func catalogueBlocks() []boilerplate.Block {
	blocks := []boilerplate.Block{{Text: "A short introduction to the catalogue of courses.", Kind: boilerplate.KindParagraph,
		Kept: true, Features: boilerplate.Features{Words: 40}}}
	for range 8 {
		blocks = append(blocks, boilerplate.Block{Text: "Course card", Kind: boilerplate.KindParagraph,
			Reason: boilerplate.ReasonOutsideMain, Features: boilerplate.Features{Words: 25}})
	}
	return blocks
}

// TestPageFallBackShare: the page's sections replace an extraction that
// kept under 1/share of what they hold, and only then.
func TestPageFallBackShare(t *testing.T) {
	tests := []struct {
		share int
		want  bool
	}{{fallbackShare, false}, {doubtfulShare, true}, {5, true}, {6, false}}
	for _, tt := range tests {
		blocks := catalogueBlocks()
		if got := pageFallBack(blocks, keptWords(blocks), tt.share, nil, nil); got != tt.want {
			t.Errorf("share 1/%d: fell back %v, want %v", tt.share, got, tt.want)
		}
		if got, want := keptWords(blocks), map[bool]int{true: 240, false: 40}[tt.want]; got != want {
			t.Errorf("share 1/%d: %d words kept, want %d", tt.share, got, want)
		}
	}
}

// TestSectionsFallBack: a doubtful article is read section by section when
// the confidence model expects that reading to score sectionsGain more,
// and only then; a sure article is not read twice.
func TestSectionsFallBack(t *testing.T) {
	blocks := catalogueBlocks()
	sg := signalsOf(blocks, nil, "https://courses.example/catalogue", keptWords(blocks))
	_, probs := judgePage(&sg)
	bySections := confidence(&sg, &probs, 240)
	tests := []struct {
		name string
		conf float64
		want bool
	}{
		{"the sections promise much more", min(bySections-sectionsGain-0.05, sectionsDoubt-0.01), true},
		{"the sections promise a little more", bySections - sectionsGain + 0.05, false},
		{"a sure article", sectionsDoubt, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := catalogueBlocks()
			c, got := sectionsFallBack(blocks, &sg, &probs, tt.conf, nil, nil)
			if got != tt.want {
				t.Fatalf("confidence %.2f (sections %.2f): fell back %v, want %v", tt.conf, bySections, got, tt.want)
			}
			want, wantC := 40, tt.conf
			if tt.want {
				want, wantC = 240, bySections
			}
			if kw := keptWords(blocks); kw != want || c != wantC {
				t.Errorf("%d words kept at confidence %.2f, want %d at %.2f", kw, c, want, wantC)
			}
		})
	}
}

// TestGuessDegradesToSections: a page of guide cards under a short
// introduction, which declares itself an article, is judged one; the
// single container keeps the introduction alone, and the sections, which
// the confidence model expects to do better, keep the cards. A real
// article with a few related links stays as the container read it.
func TestGuessDegradesToSections(t *testing.T) {
	var cards strings.Builder
	for i := range 12 {
		fmt.Fprintf(&cards, `<div class="card"><h3><a href="/guides/topic-%d">Guide %d: planting the spring garden bed</a></h3>`+
			`<p>How to prepare the soil of bed %d, when to sow the early peas and how deep to set the onion sets.</p></div>`, i, i, i)
	}
	guides := synthPage(`<title>Garden guides | Green Hands</title><meta property="og:type" content="article">`,
		`<article><h1>Garden guides</h1><p>`+articleParagraphs[0]+` `+articleParagraphs[1]+`</p></article><section>`+cards.String()+`</section>`)
	tests := []struct {
		name, html, fallback string
		want, not            []string
	}{
		{"guides taken for an article", guides, FallbackPage,
			[]string{"Guide 0: planting", "Guide 11: planting", "bed 7, when to sow"}, []string{"All rights reserved"}},
		{"an article", articlePageHTML(), "", []string{articleParagraphs[4]}, []string{"All rights reserved", "Privacy policy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.html), Options{URL: "https://greenhands.example/guides/"})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageArticle || res.Fallback != tt.fallback {
				t.Errorf("judged %s, fallback %q; want article, %q", res.PageType, res.Fallback, tt.fallback)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("text lacks %q", w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(res.Text, w) {
					t.Errorf("text holds %q", w)
				}
			}
		})
	}
}
