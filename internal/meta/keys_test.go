package meta

import (
	"reflect"
	"testing"

	"golang.org/x/net/html"
)

// Key returns the bytes it is given as a string, from the table or
// copied, and a common key costs no allocation.
func TestKey(t *testing.T) {
	for _, in := range []string{"og:title", "description", "viewport", "itemListElement", "canonical",
		"", "OG:Title", "og:title ", "x-custom-name", "données"} {
		b := []byte(in)
		got := Key(b)
		if got != in {
			t.Errorf("Key(%q) = %q", in, got)
		}
		// The result must not share b's bytes: a later change of b
		// leaves it alone.
		for i := range b {
			b[i] = '#'
		}
		if got != in {
			t.Errorf("Key(%q) changed with its input: %q", in, got)
		}
	}
	seen := map[string]bool{}
	for _, k := range keyNames {
		if seen[k] {
			t.Errorf("keyNames lists %q twice", k)
		}
		seen[k] = true
	}
	b := []byte("og:description")
	if n := testing.AllocsPerRun(100, func() { _ = Key(b) }); n != 0 {
		t.Errorf("Key of a common key allocates %v times", n)
	}
}

// Element files nothing of a <meta> named by one of passedKeys, as name
// or property, whatever its content says.
func TestPassedKeys(t *testing.T) {
	contents := []string{"2021-03-05", "By Jane Doe", "https://example.com/a/b.jpg", "en_US", "Site Name",
		"news, sport", "{\"@type\":\"Article\",\"headline\":\"H\"}", "width=device-width"}
	for _, k := range passedKeys {
		if !PassesOver([]byte(k)) {
			t.Errorf("PassesOver(%q) = false", k)
		}
		for _, attr := range []string{"name", "property"} {
			for _, content := range contents {
				var c Collector
				c.Element("meta", []html.Attribute{{Key: attr, Val: k}, {Key: "content", Val: content}})
				if !reflect.DeepEqual(c, Collector{}) {
					t.Errorf("<meta %s=%q content=%q> filed something", attr, k, content)
				}
			}
		}
	}
	for _, k := range []string{"description", "og:title", "date", "Viewport", "viewport ", ""} {
		if PassesOver([]byte(k)) {
			t.Errorf("PassesOver(%q) = true", k)
		}
	}
}
