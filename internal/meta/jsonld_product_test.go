package meta

import "testing"

// TestProductDescription: the description of the first JSON-LD product
// that has one is collected, markup stripped and paragraphs apart, in a
// @graph too; other types' and a later product's are not.
func TestProductDescription(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"product", `{"@type":"Product","name":"Wool socks","description":"Warm &amp; soft socks."}`, "Warm & soft socks."},
		{"markup", `{"@type":"https://schema.org/Product","name":"Mug","description":"<p>Thrown by hand.</p><p>Glazed blue.</p>"}`,
			"Thrown by hand.\n\nGlazed blue."},
		{"group in a graph", `{"@graph":[{"@type":"WebPage","description":"A page"},{"@type":"ProductGroup","name":"Jacket","description":"Light rain jacket."}]}`,
			"Light rain jacket."},
		{"first with a description", `[{"@type":"Product","name":"A"},{"@type":["Product","Thing"],"name":"B","description":"Second."},{"@type":"Product","name":"C","description":"Third."}]`,
			"Second."},
		{"not a product", `{"@type":"Recipe","name":"Jam","description":"Pear jam."}`, ""},
		{"not a string", `{"@type":"Product","name":"Pot","description":{"text":"x"}}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Collector
			c.JSONLD([]byte(tt.raw))
			if got := ProductText(c.Finish("https://shop.example/p/1").ProductDescription); got != tt.want {
				t.Errorf("ProductDescription = %q, want %q", got, tt.want)
			}
		})
	}
}
