package extract

import (
	"strings"
	"testing"
)

// guidePage is a shop's category page: a grid of products, then a
// buying guide whose sections are accordion items; item renders one
// item from its index, heading and answer.
func guidePage(item func(i int, head, text string) string) string {
	var grid strings.Builder
	for i, name := range []string{"Trail Runner", "Summit Light", "Ridge Pro", "Canyon Mid", "Alpine Tour", "Forest Low"} {
		grid.WriteString(`<li class="product-card"><a href="/p/` + name + `"><h3>` + name + ` Boot</h3></a>` +
			`<span class="price">$` + string(rune('1'+i)) + `9.95</span><span class="rating">4.5 out of 5 stars</span></li>`)
	}
	var guide strings.Builder
	for i, sec := range [][2]string{
		{"How to choose hiking boots", "Pick a boot for the ground you walk on most: light shoes for dry trails, stiff boots for rocky ones with a heavy pack."},
		{"Fit tips", "Try boots on late in the day, when your feet are largest, and wear the socks you hike in so the fit stays true."},
		{"Waterproof or breathable", "A waterproof lining keeps puddles out but traps sweat, so choose breathable mesh for hot and dry summer walks."},
	} {
		guide.WriteString(item(i, sec[0], sec[1]))
	}
	return synthPage(`<title>Hiking boots | Outdoor shop</title>`,
		`<h1>Hiking boots</h1><p class="count">(6 products)</p><ul class="product-grid">`+grid.String()+`</ul>`+
			`<section class="guide"><h2>Buying guide</h2>`+guide.String()+`</section>`)
}

// ariaItem is an accordion item whose button names its panel in
// aria-controls and whose panel only aria-hidden closes.
func ariaItem(i int, head, text string) string {
	id := "guide-panel-" + string(rune('0'+i))
	return `<div class="accordion-item"><h3><button aria-expanded="false" aria-controls="` + id + `">` + head + `</button></h3>` +
		`<div class="accordion-content" aria-hidden="true" id="` + id + `"><p>` + text + `</p></div></div>`
}

// TestKeepAriaPanels checks that a collection page keeps the buying
// guide that an accordion folds with aria-hidden alone, in sentences or
// in short points, and that panels no control names, panels of links or
// of checkboxes, and the same guide on a page read as a product stay
// hidden.
func TestKeepAriaPanels(t *testing.T) {
	const (
		a1 = "Pick a boot for the ground you walk on most"
		a3 = "A waterproof lining keeps puddles out but traps sweat"
	)
	unnamed := func(i int, head, text string) string {
		return strings.Replace(ariaItem(i, head, text), ` aria-controls="guide-panel-`+string(rune('0'+i))+`"`, "", 1)
	}
	short := func(i int, head, _ string) string {
		return ariaItem(i, head, `<a href="/c/a">Leather</a> <a href="/c/b">Suede</a> <a href="/c/c">Mesh</a>`)
	}
	points := func(i int, head, _ string) string {
		return ariaItem(i, head, `</p><ul><li>Leather: lasts long, resists water</li><li>Synthetic: light, dries fast</li></ul><p>`)
	}
	filter := func(i int, head, _ string) string {
		return ariaItem(i, head, `</p><ul><li><input type="checkbox"> Leather boots (12)</li><li><input type="checkbox"> Suede (4)</li>`+
			`<li><input type="checkbox"> Mesh (9)</li></ul><p>`)
	}
	tests := []struct {
		name     string
		page     string
		reading  PageType
		want     []string
		unwanted []string
	}{
		{"guide kept on a collection", guidePage(ariaItem), PageCollection, []string{a1, a3, "Trail Runner Boot"}, nil},
		{"panels no control names stay hidden", guidePage(unnamed), PageCollection, []string{"Trail Runner Boot"}, []string{a1, a3}},
		{"short points kept", guidePage(points), PageCollection, []string{"Synthetic: light, dries fast"}, nil},
		{"a filter's checkboxes stay hidden", guidePage(filter), PageCollection, []string{"Trail Runner Boot"}, []string{"Suede (4)"}},
		{"panels of links stay hidden", guidePage(short), PageCollection, []string{"Trail Runner Boot"}, []string{"Suede"}},
		{"a product's folded answers stay hidden", guidePage(ariaItem), PageProduct, nil, []string{a1, a3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{URL: "https://trailshop.example/c/hiking-boots", reading: tt.reading})
			if err != nil {
				t.Fatal(err)
			}
			checkHolds(t, res.Text, tt.want, tt.unwanted)
		})
	}
}
