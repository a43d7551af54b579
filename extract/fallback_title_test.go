package extract

import (
	"fmt"
	"strings"
	"testing"
)

// productInfo is a shop's product column: the title in a wrapper of its
// own, then short lines (brand, price, options, a short description and
// a care list), with no <main> or <article> around it.
func productInfo(titleWrap string) string {
	var grid strings.Builder
	for i := range 8 {
		fmt.Fprintf(&grid, `<li class="grid__item"><div class="card"><h3 class="card__heading"><a href="/products/scarf-%d">`+
			`Lambswool Scarf in Heather %d</a></h3><div class="price">From £4%d.00</div></div></li>`, i, i, i)
	}
	return `<!doctype html><html lang="en"><head><title>Merino Wool Beanie – North Knit Co</title>` +
		`<meta property="og:type" content="product"></head><body>` + pageHeader +
		`<div id="content"><section class="main-product"><div class="product grid">` +
		`<div class="product__media"><img src="b.jpg" alt=""></div><div class="product__info">` +
		`<p class="vendor">North Knit Co</p>` + fmt.Sprintf(titleWrap, `<h1>Merino Wool Beanie</h1>`) +
		`<div class="price"><span>£32.00</span></div><small>Tax included. Shipping calculated at checkout.</small>` +
		`<fieldset><legend>Colour</legend><input type="radio" id="c1"><label for="c1">Oatmeal</label>` +
		`<input type="radio" id="c2"><label for="c2">Charcoal</label></fieldset><button>Add to cart</button>` +
		`<div class="product__description"><p>Merino wool, knitted in Scotland.</p><ul><li>100% merino</li><li>One size</li>` +
		`<li>Hand wash cold</li></ul></div></div></div></section>` +
		`<section class="related-products"><h2>You may also like</h2><ul class="grid product-grid">` + grid.String() +
		`</ul></section></div>` + pageFooter + `</body></html>`
}

// A product page whose reading keeps nothing falls back to the element
// around its title; when the title's own wrapper holds nothing else, the
// nearest element around it that does: the product's column, not the
// page's grid of other products.
func TestTitleFallBackClimbs(t *testing.T) {
	tests := []struct {
		name, wrap string
	}{
		{"title beside the lines", `%s`},
		{"title in a wrapper", `<div class="product__title">%s</div>`},
		{"title in two wrappers", `<div class="title-row"><div class="product__title">%s</div></div>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(productInfo(tt.wrap)), Options{URL: "https://shop.example/products/merino-beanie"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Fallback != FallbackTitle {
				t.Errorf("fallback %q, want %q (page type %s)", res.Fallback, FallbackTitle, res.PageType)
			}
			for _, w := range []string{"£32.00", "Merino wool, knitted in Scotland.", "Hand wash cold"} {
				if !strings.Contains(res.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, res.Text)
				}
			}
			if strings.Contains(res.Text, "Lambswool Scarf") {
				t.Errorf("text holds the grid of other products:\n%s", res.Text)
			}
		})
	}
}

// scheduleRows is a team's schedule of rows built of <div>s: a date, a
// linked opponent, a time, a result and a tickets link each, and no prose
// anywhere on the page.
func scheduleRows() string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Schedule | Riverside Hawks</title></head><body>` + clubHeader +
		`<div class="content"><h1>2025 Schedule</h1><div class="schedule-list">`)
	for i, g := range [][]string{
		{"Mar 1", "vs", "Lakeside Wolves", "7:00 PM", "W 5-3"}, {"Mar 8", "at", "Hill City Bears", "6:30 PM", "L 1-2"},
		{"Mar 15", "vs", "Westport Kings", "7:00 PM", "W 4-0"}, {"Mar 22", "at", "Northbridge Flyers", "7:30 PM", "W 3-2"},
		{"Mar 29", "vs", "Southgate Storm", "7:00 PM", "L 2-5"}, {"Apr 5", "at", "Eastfield Ice", "6:00 PM", "W 6-1"},
		{"Apr 12", "vs", "Lakeside Wolves", "7:00 PM", "Postponed"}, {"Apr 19", "at", "Westport Kings", "7:00 PM", "W 2-1"},
	} {
		fmt.Fprintf(&b, `<div class="game"><div class="date">%s</div><div class="opponent">%s <a href="/t/%d">%s</a></div>`+
			`<div class="time">%s</div><div class="result">%s</div><a class="tickets" href="/tix/%d">Tickets</a></div>`,
			g[0], g[1], i, g[2], g[3], g[4], i)
	}
	b.WriteString(`</div></div>` + newsletterFooter + `</body></html>`)
	return b.String()
}

// A page of rows that kept almost nothing falls back to its title's
// element, and keeps the rows' dates and linked fields there, not only
// the lines density let through.
func TestTitleFallBackKeepsRows(t *testing.T) {
	res, err := FromBytes([]byte(scheduleRows()), Options{URL: "https://hawks.example/"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Fallback != FallbackTitle {
		t.Fatalf("fallback %q, want %q (page type %s):\n%s", res.Fallback, FallbackTitle, res.PageType, res.Text)
	}
	for _, w := range []string{"Mar 1", "Lakeside Wolves", "Apr 5", "Eastfield Ice", "W 6-1"} {
		if !strings.Contains(res.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, res.Text)
		}
	}
	if strings.Contains(res.Text, "Subscribe") || strings.Contains(res.Text, "Tickets") {
		t.Errorf("text holds the frame or the rows' template:\n%s", res.Text)
	}
}
