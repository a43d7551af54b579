package meta

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strconv"
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

// passedNames are common <meta> names and properties that Collector
// files nothing under, as pages write them.
var passedNames = []string{
	"viewport", "robots", "generator", "theme-color", "format-detection", "referrer", "color-scheme",
	"twitter:card", "twitter:site", "twitter:creator", "twitter:image:alt", "fb:app_id", "fb:pages",
	"fb:admins", "og:image:width", "og:image:height", "og:image:alt", "og:image:type",
	"og:locale:alternate", "article:section", "article:publisher", "msapplication-TileColor",
	"msapplication-TileImage", "msapplication-config", "google-site-verification",
	"apple-mobile-web-app-capable", "apple-mobile-web-app-status-bar-style", "mobile-web-app-capable",
	"HandheldFriendly", "MobileOptimized", "csrf-token", "csrf-param", "googlebot", "bingbot",
	"Viewport", " robots ", "Generator", "msapplication-task", "revisit-after", "twitter:text:title",
	"dc:subject", "twitter:domain", "abstract", "verify-v1", "og:audio", "rating", "position",
	"date-format", "updated", "time-zone", "x-custom-date-format",
}

// Element files nothing of a <meta> that PassesOver, by name or property,
// whatever its content says.
func TestPassedKeys(t *testing.T) {
	contents := []string{"2021-03-05", "By Jane Doe", "https://example.com/a/b.jpg", "en_US", "Site Name",
		"news, sport", "{\"@type\":\"Article\",\"headline\":\"H\"}", "width=device-width"}
	for _, k := range passedNames {
		if !PassesOver([]byte(k)) {
			continue // handed over: Element decides
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
	for _, k := range []string{"viewport", "Viewport", " robots ", "msapplication-task", "dc:subject"} {
		if !PassesOver([]byte(k)) {
			t.Errorf("PassesOver(%q) = false", k)
		}
	}
	for _, k := range append([]string{"description", "og:title", "date", "OG:Title", " Description ",
		"ms.date", "sn-post-date", "script:ld+json", "Script:LD+JSON", "dé", ""}, filedKeys[:]...) {
		if PassesOver([]byte(k)) {
			t.Errorf("PassesOver(%q) = true", k)
		}
	}
	b := []byte("msapplication-square310x310logo")
	if n := testing.AllocsPerRun(100, func() { _ = PassesOver(b) }); n != 0 {
		t.Errorf("PassesOver allocates %v times", n)
	}
}

// filedKeys holds every name metaKey files by a case of its switch, and
// nothing else, so that PassesOver never skips a <meta> it would file.
func TestFiledKeys(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "elements.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]bool{}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "metaKey" {
			continue
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			if cc, ok := n.(*ast.CaseClause); ok {
				for _, e := range cc.List {
					if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, err := strconv.Unquote(lit.Value)
						if err != nil {
							t.Fatal(err)
						}
						cases[s] = true
					}
				}
			}
			return true
		})
	}
	if len(cases) == 0 {
		t.Fatal("no cases found in metaKey")
	}
	listed := map[string]bool{}
	for _, k := range filedKeys {
		listed[k] = true
		if !cases[k] {
			t.Errorf("filedKeys lists %q, which metaKey does not file", k)
		}
	}
	for k := range cases {
		if !listed[k] {
			t.Errorf("metaKey files %q, missing from filedKeys", k)
		}
	}
}
