package extract

import (
	"strings"
	"testing"
)

// fieldDump writes a definition list of a shop's fields, each pair a key
// and its value.
func fieldDump(pairs ...string) string {
	var b strings.Builder
	b.WriteString(`<dl class="product-info">`)
	for i := 0; i+1 < len(pairs); i += 2 {
		b.WriteString(`<dt class="info-name">` + pairs[i] + `</dt><dd class="info-value">` + pairs[i+1] + `</dd>`)
	}
	b.WriteString(`</dl>`)
	return b.String()
}

// TestDropFieldDumps checks that a product's page drops the fields its
// template prints under their machine names, with their values, and
// keeps the fields labelled in words and a lone key joined by an
// underscore.
func TestDropFieldDumps(t *testing.T) {
	desc1 := "A heavy cotton shirt with a relaxed collar and two chest pockets, cut for a loose fit and washed once so that it will not shrink."
	desc2 := "The cloth is woven in a small mill from long staple cotton, and each shirt is sewn with flat seams that stay soft after many washes."
	tests := []struct {
		name, specs string
		want        []string
		unwanted    []string
	}{
		{"a dump of machine keys beside words",
			fieldDump("Fabric:", "Heavy woven cotton", "price_tier_two:", "$18.00 for 10 to 49 items",
				"banner_bg_colour:", "#202020", "tab_Care Notes:", "TRUE", "Weight:", "Mid weight"),
			[]string{"Fabric:", "Heavy woven cotton", "Weight:", "Mid weight"},
			[]string{"price_tier_two", "$18.00 for 10 to 49 items", "#202020", "tab_Care"}},
		{"one key joined by an underscore stays",
			fieldDump("Fabric:", "Heavy woven cotton", "fit_type:", "Relaxed", "Weight:", "Mid weight"),
			[]string{"fit_type:", "Relaxed", "Heavy woven cotton"}, nil},
		{"words with underscores only inside a value are not keys",
			fieldDump("Fabric:", "cotton_heavy_wash", "Colour:", "sand_grey", "Size:", "m_l_xl"),
			[]string{"cotton_heavy_wash", "sand_grey", "m_l_xl"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := productWithRow("en", "Relaxed Cotton Shirt", "$24.00", desc1, desc2, tt.specs, "")
			checkProductText(t, page, tt.want, tt.unwanted)
		})
	}
}

// TestMachineKey checks the shape of a field's key written as a program
// names it.
func TestMachineKey(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"retail_price_tier1:", true},
		{"shipping_chunk-1:", true},
		{"tab_Care Instructions:", true},
		{" order_cat_thumb: ", true},
		{"Weight:", false},
		{"ISBN-10:", false},
		{"_private:", false},
		{"trailing_:", false},
		{"price_tier", false},
		{"Größe_x:", false},
		{"a_b:", true},
		{"wifi_ssid: \"home\"", false},
	}
	for _, tt := range tests {
		if got := machineKey(tt.text); got != tt.want {
			t.Errorf("machineKey(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
