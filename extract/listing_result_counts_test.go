package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestResultCountLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"1–30 of 338 products", true}, {"1-24 of 1,072 results", true}, {"Showing 24 of 193 results", true},
		{"Showing 70 results", true}, {"1 - 20 of 45 items", true}, {"Showing 1 to 12 of 40 products", true},
		{"Affichage 1-20 de 80 produits", false}, {"1–30 von 338 Artikel", false},
		{"193 items", false}, {"(154 products)", false}, {"3953 items found", false}, {"62 rooms", false},
		{"1–30 of 338 products in stock now", false}, {"Showing off our products", false}, {"Showing 3 colours", false},
		{"Best 10 products of 2024", false},
	} {
		if got := resultCountLine(c.text); got != c.want {
			t.Errorf("resultCountLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestResultCountOverGrid: the line over a shop's grid that says which
// of its hits it shows goes; the grid and a heading that holds the count
// stay.
func TestResultCountOverGrid(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<h1>Hiking boots (48 products)</h1><p>Boots for every trail, from day hikes to long treks.</p><div class="toolbar"><p>1–24 of 48 products</p></div><ul class="grid">`)
	for i := range 12 {
		fmt.Fprintf(&b, `<li class="tile"><a href="/p/%d">Ridge boot model %d</a><p class="price">$%d.00</p></li>`, i, i, 90+i)
	}
	b.WriteString(`</ul>`)
	res, err := FromBytes([]byte(synthPage(`<title>Hiking boots | Example</title>`, b.String())), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageCollection && res.PageType != PageListing {
		t.Fatalf("read as %s", res.PageType)
	}
	if strings.Contains(res.Text, "1–24 of 48") {
		t.Errorf("kept the result count:\n%s", res.Text)
	}
	for _, w := range []string{"Ridge boot model 3", "Boots for every trail"} {
		if !strings.Contains(res.Text, w) {
			t.Errorf("lost %q:\n%s", w, res.Text)
		}
	}
}
