package extract

import (
	"strings"
	"testing"
)

// TestDropAddressDefinitions: the rows of a definition list whose
// definition is a bare address in text (a record's fields dumped by a
// template) go, with their terms; the product's facts beside them stay,
// and so does an address inside a sentence.
func TestDropAddressDefinitions(t *testing.T) {
	const facts = `<dt>Capacity</dt><dd>350 ml</dd><dt>Weight</dt><dd>320 g</dd><dt>Height</dt><dd>9.5 cm</dd>`
	for _, tt := range []struct {
		name     string
		row      string
		wantGone []string // text the row must not leave
		wantKept []string // text the row must leave
	}{
		{"address in text", `<dt>thumb_url_navy:</dt><dd>https://cdn.shop.example/images/160x160/mug_navy_thumb.jpg</dd>`,
			[]string{"thumb_url_navy", "cdn.shop.example"}, nil},
		{"scheme-relative address", `<dt>size_guide:</dt><dd>//cdn.shop.example/guides/mug_size_guide.png</dd>`,
			[]string{"size_guide", "cdn.shop.example"}, nil},
		{"address in a sentence", `<dt>Care guide</dt><dd>Read it at https://shop.example/care before washing.</dd>`,
			nil, []string{"Care guide", "https://shop.example/care"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mugProduct(t, productWithSpecs(`<h2>Specifications</h2><dl>`+facts+tt.row+`</dl>`))
			for _, w := range append([]string{"Capacity", "320 g"}, tt.wantKept...) {
				if !strings.Contains(res.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, res.Text)
				}
			}
			for _, w := range tt.wantGone {
				if strings.Contains(res.Text, w) {
					t.Errorf("text keeps %q:\n%s", w, res.Text)
				}
			}
		})
	}
}

func TestBareURL(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"https://cdn.example/a.jpg", true},
		{"  http://example.org/  ", true},
		{"//cdn.example/a.png", true},
		{"See https://example.org", false},
		{"example.org/a.jpg", false},
		{"", false},
	} {
		if got := bareURL(tt.text); got != tt.want {
			t.Errorf("bareURL(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
