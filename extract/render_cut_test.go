package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestMarkupSkipsCutText: with KeepMarkup the HTML of a block shows the
// words of its text: a hidden inline label and the screen-reader labels
// a grid's reading cuts from its cards are left out of the HTML too,
// while hidden prose, aria-hidden text and screen-reader text the text
// keeps (in prose, in headings) stay in it.
func TestMarkupSkipsCutText(t *testing.T) {
	grid := func(card string) string {
		return srGridPage("Remote jobs", "Fresh openings from companies hiring worldwide.", func(i int) string {
			return fmt.Sprintf(card, i, i, i)
		})
	}
	cases := []struct {
		name, page string
		gone, kept []string
	}{
		{"display:none price", hiddenInlinePage(`<p>The spoke key we use costs <span class="price">€12.90</span><span class="price-alt" style="display: none">€15.80</span> and fits spokes of every common gauge, from the thinnest to the thickest.</p>`),
			[]string{"€15.80"}, []string{"€12.90 and fits spokes"}},
		{"hidden label in emphasis", hiddenInlinePage(`<p>Mark the spot where the <em>rim rubs<span hidden> Sold out</span></em> with a piece of chalk held against the frame while the wheel spins slowly.</p>`),
			[]string{"Sold out"}, []string{"rubs</em> with a piece"}},
		{"hidden link", hiddenInlinePage(`<p>Tags: <a href="/t/wheels">wheels</a> <a href="/t/spokes" style="display:none">spokes</a> and a few words of prose after them to make a paragraph about wheels.</p>`),
			[]string{">spokes</a>"}, []string{">wheels</a>"}},
		{"closed by its paragraph", hiddenInlinePage(`<p>Keep the old spokes as a spare set<span style="display:none">Out of stock</p><p>A new spoke must be the same length as the one it replaces, measured from the inside of the bend to the end of the thread.</p>`),
			[]string{"Out of stock"}, []string{"as a spare set", "A new spoke must be the same length"}},
		{"hidden rest of a teaser", hiddenInlinePage(`<p>A wheel that has been in a crash may look true and still be weak… <span class="more" style="display:none">Check every spoke for a kink, look along the rim for a flat spot, and feel the sidewalls for cracks near the spoke holes before you ride it again.</span><a href="#" class="toggle">Read more</a></p>`),
			nil, []string{"feel the sidewalls for cracks"}},
		{"aria-hidden", hiddenInlinePage(`<p>Rate this guide: <span aria-hidden="true">four stars</span> from readers who tried it on their own wheels at home this spring.</p>`),
			nil, []string{"four stars from readers"}},
		{"screen-reader labels in cards", grid(`<li class="job"><h3><a href="/jobs/%d">Backend engineer %d</a></h3><div><span class="sr-only">Company</span> Acme <b>Ledger</b> %d <span class="sr-only">Location</span> Lisbon or remote</div></li>`),
			[]string{"Company", "Location"}, []string{"Backend engineer 3", "Acme <strong>Ledger</strong> 3 Lisbon or remote"}},
		{"screen-reader text in card headings", grid(`<li class="job"><h3><a href="/jobs/%d">Backend engineer<span class="sr-only"> opening</span> %d</a></h3><div>Acme Ledger %d, Lisbon or remote</div></li>`),
			nil, []string{"Backend engineer opening 3", "Acme Ledger 3"}},
		{"edit link in its own spans", hiddenInlinePage(`<h2><span class="headline">Truing stand</span><span class="editsection"><span class="bracket">[</span><a href="/w/index.php?title=Wheel&action=edit&section=2">edit</a><span class="bracket">]</span></span></h2><p>A truing stand holds the wheel still while you work on it, with two feelers you bring up to the rim until one of them touches.</p>`),
			[]string{"edit", "["}, []string{"<h2>Truing stand</h2>"}},
		{"edit link after the words", hiddenInlinePage(`<h2>Truing stand [<a href="/edit/2">edit</a> | <a href="/edit/2?source=1">edit source</a>]</h2><p>A truing stand holds the wheel still while you work on it, with two feelers you bring up to the rim until one of them touches.</p>`),
			[]string{"edit", "["}, []string{"<h2>Truing stand</h2>"}},
		{"brackets of the heading's own", hiddenInlinePage(`<h2>Spoke lengths [mm]</h2><p>A truing stand holds the wheel still while you work on it, with two feelers you bring up to the rim until one of them touches.</p>`),
			nil, []string{"<h2>Spoke lengths [mm]</h2>"}},
		{"chips run together", hiddenInlinePage(`<p>The kit we sell holds a <span class="chip">spoke key</span><span class="chip">Tyre levers</span><b class="chip">Chalk</b> and a small brush for the threads, all packed in one pouch that fits under the saddle.</p>`),
			nil, []string{"spoke key Tyre levers <strong>Chalk</strong> and a small"}},
		{"doubled label", hiddenInlinePage(`<table><tr><th>Tool</th><th>Use</th></tr><tr><td><span>Spoke key</span><span class="roll">Spoke key</span></td><td>Turns the nipples a quarter turn at a time to pull the rim toward one side.</td></tr><tr><td><span>Truing stand</span><span class="roll">Truing stand</span></td><td>Holds the wheel still with two feelers brought up to the rim until one touches.</td></tr></table>`),
			[]string{"keySpoke", "standTruing", "Spoke key Spoke key"}, []string{"Spoke key", "Truing stand"}},
		{"screen-reader text in prose", hiddenInlinePage(`<p>The rim was <span class="sr-only">Original price was:</span> $30 and is now $20 in the spring sale at most bicycle shops near you.</p>`),
			nil, []string{"Original price was: $30"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := FromBytes([]byte(c.page), Options{URL: "https://example.com/a/b", KeepMarkup: true})
			if err != nil {
				t.Fatal(err)
			}
			out := res.HTML()
			for _, g := range c.gone {
				if strings.Contains(out, g) {
					t.Errorf("kept cut text %q:\n%s", g, out)
				}
			}
			for _, k := range c.kept {
				if !strings.Contains(out, k) && !strings.Contains(strings.Join(strings.Fields(htmlTextOf(out)), " "), k) {
					t.Errorf("lost %q:\n%s", k, out)
				}
			}
			if _, diffs := markupWordDiffs([]byte(c.page), Options{URL: "https://example.com/a/b"}); len(diffs) > 0 {
				t.Errorf("HTML and text differ:\n%s", strings.Join(diffs, "\n"))
			}
		})
	}
}

// htmlTextOf drops the tags of out, leaving a space for each.
func htmlTextOf(out string) string {
	var sb strings.Builder
	in := false
	for i := 0; i < len(out); i++ {
		switch c := out[i]; {
		case c == '<':
			in = true
			sb.WriteByte(' ')
		case c == '>':
			in = false
		case !in:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// TestInRanges finds offsets in ordered ranges.
func TestInRanges(t *testing.T) {
	ranges := [][2]int32{{2, 5}, {5, 6}, {10, 20}}
	for off, want := range []bool{false, false, true, true, true, true, false, false, false, false, true} {
		if got := inRanges(ranges, off); got != want {
			t.Errorf("inRanges(%d) = %v, want %v", off, got, want)
		}
	}
	if inRanges(nil, 3) {
		t.Error("found an offset in no ranges")
	}
}

// TestCutTailOrder: a heading's trimmed tail link and a permalink glyph
// after it are both skipped.
func TestCutTailOrder(t *testing.T) {
	page := hiddenInlinePage(`<h2>Truing the rim <a href="#truing">top</a><a href="#truing">¶</a></h2>` +
		`<p>Spin the wheel in the frame and watch the gap between the rim and a brake pad: where it closes, the rim bends toward that side.</p>`)
	res, err := FromBytes([]byte(page), Options{URL: "https://example.com/a/b", KeepMarkup: true})
	if err != nil {
		t.Fatal(err)
	}
	if out := res.HTML(); !strings.Contains(out, "<h2>Truing the rim</h2>") {
		t.Errorf("heading's links kept:\n%s", out)
	}
}
