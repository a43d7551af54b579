package extract

import (
	"strings"
	"testing"
)

// hiddenInlinePage is an article page whose second paragraph is para.
func hiddenInlinePage(para string) string {
	return `<html><head><title>Repairing a bicycle wheel at home</title></head><body>` +
		`<header><nav><a href="/">Home</a> <a href="/guides">Guides</a> <a href="/shop">Shop</a></nav></header>` +
		`<main><article><h1>Repairing a bicycle wheel at home</h1>` +
		`<p>Most wheels that wobble need no more than a spoke key and an hour of patience, and the work is easier than it looks once the tyre is off.</p>` +
		para +
		`<p>Turn the wheel slowly and tighten the spokes on the side away from the rub, a quarter turn at a time, until the rim runs true between the pads.</p>` +
		`<p>When the rim is true, check the tension by plucking each spoke: they should all ring at about the same pitch, and a dull one is too loose.</p>` +
		`</article></main><footer><p>© 2026 Wheelworks</p></footer></body></html>`
}

// TestHiddenInlineLabels: the text of an inline element that the hidden
// attribute or an inline style hides is left out of its block when it is
// a label; a hidden rest of a paragraph that a toggle unfolds, and text
// that aria-hidden hides from screen readers only, stay.
func TestHiddenInlineLabels(t *testing.T) {
	cases := []struct {
		name, para string
		gone, kept []string
	}{
		{"display:none label",
			`<p>The spoke key we use costs <span class="price">€12.90</span><span class="price-alt" style="display: none">€15.80</span> and fits spokes of every common gauge, from the thinnest to the thickest.</p>`,
			[]string{"€15.80"}, []string{"€12.90 and fits spokes"}},
		{"visibility:hidden label",
			`<p>Take the tyre off with two levers<span style="VISIBILITY:hidden"> (opens in a new window)</span>, never with a screwdriver, which cuts the tube and scratches the rim.</p>`,
			[]string{"opens in a new window"}, []string{"two levers, never with a screwdriver"}},
		{"hidden attribute",
			`<p>Mark the spot where the rim rubs<span hidden> Sold out</span> with a piece of chalk held against the frame while the wheel spins slowly.</p>`,
			[]string{"Sold out"}, []string{"rim rubs with a piece of chalk"}},
		{"hidden links",
			`<p>Tags: <a href="/t/wheels">wheels</a> <a href="/t/spokes" style="display:none">spokes</a> <a href="/t/truing" style="display:none">truing stand</a> and a few words of prose after them to make a paragraph.</p>`,
			[]string{"spokes and", "truing stand"}, []string{"wheels"}},
		{"nested in the hidden element",
			`<p>Loosen the brake first<span style="display:none">so <span>the wheel</span> comes <em>out</em></span> and then open the quick release lever on the hub to free the axle.</p>`,
			[]string{"the wheel comes out"}, []string{"Loosen the brake first and then open"}},
		{"closed by its paragraph",
			`<p>Keep the old spokes as a spare set<span style="display:none">Out of stock</p><p>A new spoke must be the same length as the one it replaces, measured from the inside of the bend to the end of the thread.</p>`,
			[]string{"Out of stock"}, []string{"as a spare set", "A new spoke must be the same length"}},
		{"hidden rest of a teaser",
			`<p>A wheel that has been in a crash may look true and still be weak… <span class="more" style="display:none">Check every spoke for a kink, look along the rim for a flat spot, and feel the sidewalls for cracks near the spoke holes before you ride it again.</span><a href="#" class="toggle">Read more</a></p>`,
			nil, []string{"feel the sidewalls for cracks"}},
		{"hidden text with a link in it",
			`<p>Spoke tension meters are sold by most shops <span style="display:none">see <a href="/shop/meters">our meters</a></span> and cost about as much as a new tyre.</p>`,
			nil, []string{"our meters"}},
		{"hidden label in Chinese",
			`<p>The wheel truing stand we tested is on sale this week<span style="display:none">已售罄</span> at most bicycle shops, and it folds flat for storage.</p>`,
			[]string{"已售罄"}, []string{"this week at most bicycle shops"}},
		{"hidden rest of a teaser in Chinese",
			`<p>Readers in Taipei sent us their own method for truing a wheel. <span class="more" style="display:none">先把轮胎拆下来，然后用辐条扳手慢慢调整每一根辐条的张力，直到轮圈在刹车片之间转动时不再摆动为止。</span><a href="#" class="toggle">Read more</a></p>`,
			nil, []string{"用辐条扳手慢慢调整每一根辐条的张力"}},
		{"aria-hidden",
			`<p>Rate this guide: <span aria-hidden="true">four stars</span> from readers who tried it on their own wheels at home this spring.</p>`,
			nil, []string{"four stars from readers"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := FromBytes([]byte(hiddenInlinePage(c.para)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Text, "a quarter turn at a time") {
				t.Fatalf("article lost:\n%s", res.Text)
			}
			for _, g := range c.gone {
				if strings.Contains(res.Text, g) {
					t.Errorf("kept hidden text %q:\n%s", g, res.Text)
				}
			}
			for _, k := range c.kept {
				if !strings.Contains(res.Text, k) {
					t.Errorf("lost %q:\n%s", k, res.Text)
				}
			}
		})
	}
}

// TestSpacedWords counts words as runs of bytes other than HTML white
// space.
func TestSpacedWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"", 0}, {"  \n\t", 0}, {"Sold out", 2}, {" €15.80 ", 1}, {"a\fb\rc", 3}, {"Regular\u00a0price", 1},
	} {
		if got := spacedWords([]byte(c.in)); got != c.want {
			t.Errorf("spacedWords(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestHiddenWords counts a hidden element's words by spaces, and text in
// scripts written without spaces as CountText does.
func TestHiddenWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"", 0}, {"Sold out", 2}, {" €15.80 ", 1},
		{"已售罄", 2},
		{"在庫切れ", 2},
		{"先把轮胎拆下来，然后用辐条扳手慢慢调整每一根辐条的张力", 14},
		{"Only 已售罄", 3},
		{"one two three four five six seven 已售罄", 8},
	} {
		if got := hiddenWords([]byte(c.in)); got != c.want {
			t.Errorf("hiddenWords(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
