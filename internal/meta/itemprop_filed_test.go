package meta

import (
	"reflect"
	"testing"

	"golang.org/x/net/html"
)

// TestItempropFiled checks ItempropFiled against what Element does: an
// element whose itemprop it says is not filed leaves the collector as the
// same element without the itemprop does, whatever the element, and each
// property it lists files something.
func TestItempropFiled(t *testing.T) {
	values := []string{"2024-03-02", "Jane Doe", "https://example.com/a.jpg", "A walk, hills"}
	props := []string{"name", "item", "position", "url", "articleBody", "itemListElement", "price", "sku",
		"headline", "HEADLINE", "datePublished", "author name", "name  Keywords", "İnLanguage", "\u212Aeywords",
		"isPartOf", "mainEntityOfPage", "logo", "dateline", "image2"}
	props = append(props, itempropsFiled[:]...)
	for _, p := range props {
		filed := false
		for _, tag := range []string{"span", "a", "img", "time", "meta", "link", "div"} {
			for _, v := range values {
				attrs := []html.Attribute{{Key: "content", Val: v}, {Key: "href", Val: v}, {Key: "src", Val: v},
					{Key: "datetime", Val: v}}
				var with, without Collector
				without.Element(tag, attrs)
				with.Element(tag, append(attrs, html.Attribute{Key: "itemprop", Val: p}))
				if !reflect.DeepEqual(with, without) {
					filed = true
				}
			}
		}
		if filed && !ItempropFiled([]byte(p)) {
			t.Errorf("itemprop %q: Element files it, ItempropFiled says no", p)
		}
	}
	for _, p := range itempropsFiled {
		var c Collector
		for _, v := range append(values, "en") {
			c.Element("meta", []html.Attribute{{Key: "itemprop", Val: p}, {Key: "content", Val: v}})
		}
		if reflect.DeepEqual(c, Collector{}) {
			t.Errorf("itemprop %q: listed, but Element files nothing of it", p)
		}
	}
	if ItempropFiled([]byte("item name position")) {
		t.Error("a breadcrumb's properties are not filed")
	}
}
