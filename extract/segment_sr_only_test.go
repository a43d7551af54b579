package extract

import (
	"fmt"
	"strings"
	"testing"
)

// srGridPage is a category or archive page: a heading, a line of
// introduction and twelve cards from card(i).
func srGridPage(title, intro string, card func(i int) string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>` + title + `</title></head><body><header><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>`)
	b.WriteString(`<main><h1>` + title + `</h1><p>` + intro + `</p><div class="grid">`)
	for i := range 12 {
		b.WriteString(card(i))
	}
	b.WriteString(`</div></main><footer><p>© 2026</p></footer></body></html>`)
	return b.String()
}

// TestScreenReaderTextInGrids: the labels a theme prints for screen
// readers only in every card of a grid are cut from the cards.
func TestScreenReaderTextInGrids(t *testing.T) {
	cases := []struct {
		name, page string
		gone, kept []string
	}{
		{"Shopify collection", srGridPage("Coffee", "Every roast we sell, in bags and pods.", func(i int) string {
			return fmt.Sprintf(`<div class="card"><h3 class="card__heading"><a href="/products/roast-%d">Dark Roast No. %d</a></h3>`+
				`<div class="price"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item">$%d.99</span>`+
				`<small class="unit-price"><span class="visually-hidden">Unit price</span><span>/</span><span class="visually-hidden">&nbsp;per&nbsp;</span></small></div></div>`, i, i, 10+i)
		}), []string{"Regular price", "Unit price", "per"}, []string{"Dark Roast No. 3", "$13.99"}},
		{"WooCommerce shop, French", srGridPage("Barbecues", "Tous nos barbecues au charbon.", func(i int) string {
			return fmt.Sprintf(`<li class="product"><a href="/produit/kettle-%d"><h2 class="woocommerce-loop-product__title">Barbecue kettle %d cm</h2></a>`+
				`<span class="price"><span class="screen-reader-text">Prix actuel :</span> %d,00 €</span>`+
				`<div class="star-rating"><span class="screen-reader-text">Note sur 5</span></div></li>`, i, 40+i, 200+i)
		}), []string{"Prix actuel", "Note sur 5"}, []string{"Barbecue kettle 43 cm", "203,00 €"}},
		{"WordPress archive, German", srGridPage("Archiv: Garten", "Alle Beiträge zum Thema Garten.", func(i int) string {
			return fmt.Sprintf(`<article class="post"><h2 class="entry-title"><a href="/2025/%d/beete">Hochbeete anlegen, Teil %d</a></h2>`+
				`<div class="entry-meta"><span class="screen-reader-text">Veröffentlicht am</span> %d. März 2025</div>`+
				`<div class="entry-summary"><p>Wie man ein Hochbeet Schicht für Schicht füllt, damit es %d Jahre trägt, und was im ersten Jahr hineingehört.</p>`+
				`<a class="more-link" href="/2025/%d/beete">Weiterlesen<span class="screen-reader-text"> „Hochbeete anlegen“</span></a></div></article>`, i, i, i+1, i+5, i)
		}), []string{"Veröffentlicht am"}, []string{"Hochbeete anlegen, Teil 4", "Schicht für Schicht"}},
		{"course catalogue, Spanish", srGridPage("Cursos de fotografía", "Aprende a tu ritmo con nuestros cursos en línea.", func(i int) string {
			return fmt.Sprintf(`<div class="course-card"><h3><a href="/curso/%d">Fotografía nocturna, nivel %d</a></h3><p>Domina la exposición larga y el ruido en %d escenas con poca luz.</p>`+
				`<div class="rating"><span class="sr-only">Valoración:</span> 4.%d <span class="sr-only">de 5 estrellas</span></div></div>`, i, i, i+2, i%10)
		}), []string{"Valoración", "de 5 estrellas"}, []string{"Fotografía nocturna, nivel 2", "exposición larga"}},
		{"job board, Tailwind", srGridPage("Remote jobs", "Fresh openings from companies hiring worldwide.", func(i int) string {
			return fmt.Sprintf(`<li class="job"><h3><a href="/jobs/%d">Backend engineer %d</a></h3><div><span class="sr-only">Company</span> Acme Ledger %d`+
				` <span class="sr-only">Location</span> Lisbon or remote <span class="sr-only">Salary range</span> €%d0k</div></li>`, i, i, i, 5+i)
		}), []string{"Company", "Location", "Salary range"}, []string{"Backend engineer 3", "Acme Ledger 3", "Lisbon or remote"}},
		{"real-estate listing, Dutch", srGridPage("Huizen te koop in Utrecht", "Het actuele aanbod van woningen.", func(i int) string {
			return fmt.Sprintf(`<div class="listing"><h2><a href="/huis/%d">Oudegracht %d</a></h2><p><span class="visually-hidden">Vraagprijs</span> € %d.000 k.k.</p>`+
				`<p>%d m² <span class="visually-hidden">woonoppervlakte</span>, 3 kamers</p></div>`, i, 100+i, 400+i, 80+i)
		}), []string{"Vraagprijs", "woonoppervlakte"}, []string{"Oudegracht 104", "€ 404.000 k.k.", "84 m²"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := FromBytes([]byte(c.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageCollection && res.PageType != PageListing {
				t.Fatalf("read as %s", res.PageType)
			}
			for _, g := range c.gone {
				if containsWord(res.Text, g) {
					t.Errorf("kept screen-reader text %q:\n%s", g, res.Text)
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

// containsWord reports whether phrase occurs in text between word breaks.
func containsWord(text, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], phrase)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(phrase)
		if (at == 0 || !isWordByte(text[at-1])) && (end == len(text) || !isWordByte(text[end])) {
			return true
		}
		i = at + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// TestScreenReaderTextInProse: in an article the same labels often make
// its sentences whole, and stay.
func TestScreenReaderTextInProse(t *testing.T) {
	page := `<html><body><main><article><h1>Notes from the allotment</h1>` +
		`<p>The broad beans went in at the end of October this year, a fortnight later than usual, because the bed was still full of squash that refused to ripen.</p>` +
		`<p>The seed packet <span class="sr-only">was reduced and</span> cost less than a coffee, and the second sowing came up evenly after the frost, and the netting kept the pigeons off.</p>` +
		`<p>Next spring the plan is to pinch out the tops as soon as the first pods set, which keeps the blackfly away and gives a second crop of tender greens.</p>` +
		`</article></main></body></html>`
	res, err := FromBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "was reduced and") {
		t.Errorf("lost the screen-reader words of a sentence:\n%s", res.Text)
	}
}

func TestScreenReaderSpans(t *testing.T) {
	cases := []struct {
		name, html string
		want       []string // the blocks' texts once cut
	}{
		{"closed", `<p>Price <span class="sr-only">Regular price</span>$5</p>`, []string{"Price $5"}},
		{"nested spans", `<p>a <span class="sr-only">b <span>c</span> d</span> e</p>`, []string{"a e"}},
		{"left open ends with its block", `<div><p>a <span class="sr-only">b</p><p>c</p></div>`, []string{"a", "c"}},
		{"across an inner block", `<div>a <span class="visually-hidden">b<div>c</div>d</span> e</div>`, []string{"a", "e"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := segmentedPage(t, `<html><body>`+c.html+`</body></html>`)
			defer s.release()
			cutScreenReaderText(s)
			var got []string
			for i := range s.blocks {
				if !s.blocks[i].Dropped() {
					got = append(got, s.blocks[i].Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestScreenReaderAttrs: what the segmenter reads of an element's
// attributes says whether only screen readers read it, from its first
// class attribute.
func TestScreenReaderAttrs(t *testing.T) {
	s := segmentHTML([]byte("<p>x</p>"), "", Limits{}.withDefaults(), nil, false)
	defer s.release()
	for _, c := range []struct {
		attrs []attr
		want  bool
	}{
		{[]attr{newAttr([]byte("class"), []byte("sr-only"))}, true},
		{[]attr{newAttr([]byte("id"), []byte("x")), newAttr([]byte("class"), []byte("price visually-hidden"))}, true},
		{[]attr{newAttr([]byte("class"), []byte("hidden-xs"))}, false},
		{[]attr{newAttr([]byte("class"), []byte("badge")), newAttr([]byte("class"), []byte("sr-only"))}, false}, // the first class attribute counts
		{nil, false},
	} {
		if _, _, _, _, _, _, class := s.attrHints(c.attrs); class.srOnly != c.want {
			t.Errorf("attrHints(%+v).srOnly = %v, want %v", c.attrs, class.srOnly, c.want)
		}
	}
}
