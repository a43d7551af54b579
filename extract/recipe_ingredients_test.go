package extract

import (
	"strings"
	"testing"
	"unicode"
)

// recipePage is a recipe whose ingredients stand beside the method in a
// table of short cells (or, with asList, a list whose names link to a
// glossary), as many recipe sites print them, with ld as its JSON-LD and
// a hidden print copy of the first line.
func recipePage(ld string, asList bool) string {
	head, tail := `<table>`, `</table>`
	row := func(amount, name string) string {
		return `<tr><td class="amount">` + amount + `</td><td class="name">` + name + `</td></tr>`
	}
	if asList {
		head, tail = `<ul>`, `</ul>`
		row = func(amount, name string) string {
			return `<li>` + amount + ` <a href="/glossary/` + name[:3] + `">` + name + `</a></li>`
		}
	}
	method := `<p>Heat the oven to 180 degrees and butter a round tin. Rub the butter into the flour until it looks like fine crumbs, then stir in the sugar.</p>` +
		`<p>Bind the dough with the egg, press it into the tin and chill it for half an hour while you halve the plums and toss them with the brown sugar.</p>` +
		`<p>Lay the plums over the dough, scatter the last crumbs on top and bake the cake for forty minutes, until the fruit bubbles at the edges.</p>`
	return `<html><head><title>Plum crumble cake</title>` + ld + `</head><body>` +
		`<nav><a href="/">Home</a> <a href="/cakes">Cakes</a> <a href="/soups">Soups</a> <a href="/about">About</a></nav>` +
		`<div class="page"><h1>Plum crumble cake</h1>` +
		`<div class="box"><h2>Ingredients</h2><button>Convert servings</button>` +
		`<h3>For the dough:</h3>` + head + row("250 g", "flour") + row("125 g", "butter, cold") + row("1", "egg") + tail +
		`<h3>For the topping:</h3>` + head + row("800 g", "plums, stoned") + row("100 g", "brown sugar") + tail +
		`<div class="print" style="display:none">` + head + row("250 g", "flour") + tail + `</div></div>` +
		`<div class="method"><h2>Method</h2>` + method + `</div>` +
		`</div><footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> © Example Kitchen</footer></body></html>`
}

// TestKeepIngredients: the ingredients that the page's JSON-LD Recipe
// lists are kept where the page prints them, with the headings of their
// groups; without that list, or when the page prints too few of them,
// the box stays out as before.
func TestKeepIngredients(t *testing.T) {
	const recipe = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Plum crumble cake",` +
		`"recipeIngredient":["250 g flour","125 g butter , cold","1 egg","800 g plums, stoned","100 g brown sugar"]}</script>`
	const elsewhere = `<script type="application/ld+json">{"@type":"Recipe","name":"Plum crumble cake",` +
		`"recipeIngredient":["2 pears","1 lemon","3 tbsp honey","a pinch of cinnamon","butter, cold"]}</script>`
	tests := []struct {
		name, ld string
		asList   bool
		want     bool // whether the ingredients are kept
	}{
		{"recipe lists them", recipe, false, true},
		{"recipe lists them, linked list", recipe, true, true},
		{"no recipe", ``, false, false},
		{"no recipe, linked list", ``, true, false},
		{"article, not a recipe", `<script type="application/ld+json">{"@type":"Article","headline":"Plum crumble cake"}</script>`, false, false},
		{"recipe lists others", elsewhere, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(recipePage(tt.ld, tt.asList)), Options{URL: "https://kitchen.example/recipes/plum-crumble-cake"})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Text, "Rub the butter into the flour") {
				t.Fatalf("method lost:\n%s", res.Text)
			}
			for _, s := range []string{"For the dough:", "butter, cold", "800 g", "plums, stoned", "100 g"} {
				if got := strings.Contains(res.Text, s); got != tt.want {
					t.Errorf("%q kept = %v, want %v; text:\n%s", s, got, tt.want, res.Text)
				}
			}
			for _, s := range []string{"Convert servings", "Privacy", "Cakes"} {
				if strings.Contains(res.Text, s) {
					t.Errorf("%q kept:\n%s", s, res.Text)
				}
			}
			if n := strings.Count(res.Text, "250 g"); tt.want && n != 1 {
				t.Errorf("flour printed %d times, want once (the hidden copy stays out):\n%s", n, res.Text)
			}
		})
	}
}

// appendAlnumKey writes what the string-building key it replaced gave.
func TestAppendAlnumKey(t *testing.T) {
	ref := func(s string) string {
		var sb strings.Builder
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				sb.WriteRune(unicode.ToLower(r))
			}
		}
		return sb.String()
	}
	buf := []byte("stale")
	for _, s := range []string{"", "Schmand , je ca.", "200 g Mehl (Type 405)", "İstanbul Ⱥ KELVIN\u212a", "a\xffb\xc3", "½ TL Öl", "   "} {
		buf = appendAlnumKey(buf[:0], s)
		if got, want := string(buf), ref(s); got != want {
			t.Errorf("appendAlnumKey(%q) = %q, want %q", s, got, want)
		}
	}
}
