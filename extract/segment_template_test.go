package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/internal/ascii"
	"golang.org/x/net/html"
)

func TestIsTemplateType(t *testing.T) {
	tests := []struct {
		typ  string
		want bool
	}{
		{"text/template", true},
		{"text/x-template", true},
		{" Text/X-Handlebars-Template ", true},
		{"text/ng-template", true},
		{"text/x-jquery-tmpl", true},
		{"text/x-mustache", true},
		{"text/html", true},
		{"text/javascript", false},
		{"application/ld+json", false},
		{"module", false},
		{"text/plain", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isTemplateType([]byte(tt.typ)); got != tt.want {
			t.Errorf("isTemplateType(%q) = %v, want %v", tt.typ, got, tt.want)
		}
	}
}

// TestTemplateScripts reads client-side templates as hidden markup: the
// article a site ships in one comes back, a widget in one stays out.
func TestTemplateScripts(t *testing.T) {
	const story = `<p>The council voted on Tuesday to close the old bridge to cars from next spring, after engineers found cracks in two of its piers.</p>` +
		`<p>Cyclists and walkers will still be able to cross, and a ferry will run during the works, which are expected to last a year.</p>`
	const widget = `<div class="dialog"><h2>Stay in the loop</h2><p>Sign up for our newsletter and we will send you the best stories of the week, every Friday morning.</p></div>`
	nav := `<nav><a href="/">Home</a> <a href="/news">News</a></nav>`
	sidebar := `<aside><h3>Most read</h3><ul><li><a href="/a">Council approves the new budget for the harbour</a>` +
		`<p>The vote ended a debate of three months, and the works on the quay can start in the autumn as planned.</p></li>` +
		`<li><a href="/b">Storm warning issued for the coast tonight</a><p>Winds of up to a hundred kilometres an hour are expected after midnight, and the ferries will stay in port.</p></li></ul></aside>`
	sidebarDE := `<aside><h3>Meistgelesen</h3><ul><li><a href="/a">Gemeinderat beschließt den neuen Haushalt für den Hafen</a>` +
		`<p>Die Abstimmung beendet eine Debatte von drei Monaten, und die Arbeiten am Kai können im Herbst wie geplant beginnen.</p></li>` +
		`<li><a href="/b">Sturmwarnung für die Küste heute Nacht</a><p>Nach Mitternacht werden Windböen von bis zu hundert Kilometern pro Stunde erwartet, die Fähren bleiben im Hafen.</p></li></ul></aside>`
	tests := []struct {
		name, page string
		want, not  []string
	}{
		{"the article in a template",
			`<html><head><title>Bridge to close</title></head><body>` + nav +
				`<div itemprop="articleBody"><script type="text/template">` + story + `</script></div><footer>News site footer</footer></body></html>`,
			[]string{"engineers found cracks", "a ferry will run"}, nil},
		// The sidebar's teasers read as prose too: the template holds
		// nearly all of the marked body, not of the page.
		{"the article in a template beside a sidebar of teasers",
			`<html><head><title>Bridge to close</title></head><body>` + nav +
				`<div class="story"><h1>Bridge to close</h1><div class="story-body" itemprop="articleBody"><script type="text/template"><div>` + story + `</div></script></div></div>` +
				sidebar + `<footer>News site footer</footer></body></html>`,
			[]string{"engineers found cracks", "a ferry will run"}, []string{"Storm warning issued", "Winds of up to"}},
		{"a German article in a template inside <article>",
			`<html lang="de"><head><title>Brücke wird gesperrt</title></head><body>` + nav +
				`<article><h1>Brücke wird gesperrt</h1><script type="text/html"><p>Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ab dem nächsten Frühjahr für Autos zu sperren.</p>` +
				`<p>Radfahrer und Fußgänger können sie weiter überqueren, und während der Arbeiten fährt eine Fähre.</p>` +
				`<p>Die Ingenieure hatten im Winter Risse in zwei Pfeilern gefunden, die Arbeiten sollen ein Jahr dauern.</p></script></article>` +
				sidebarDE + `<footer>Fußzeile der Zeitung</footer></body></html>`,
			[]string{"die alte Brücke ab dem nächsten Frühjahr", "fährt eine Fähre"}, []string{"Sturmwarnung", "Windböen"}},
		{"a faded-in body inside <article>",
			`<html><head><title>Bridge to close</title></head><body>` + nav +
				`<article><h1>Bridge to close</h1><div class="fade-in" style="display:none">` + story + `</div></article>` +
				sidebar + `<footer>News site footer</footer></body></html>`,
			[]string{"engineers found cracks", "a ferry will run"}, []string{"Storm warning issued", "Winds of up to"}},
		{"a widget in a template beside the article",
			`<html><head><title>Bridge to close</title></head><body>` + nav + `<article>` + story + story + `</article>` +
				`<script type="text/x-handlebars-template" id="signup">` + widget + `</script><footer>News site footer</footer></body></html>`,
			[]string{"engineers found cracks"}, []string{"Sign up for our newsletter", "Stay in the loop"}},
		{"a script inside a template ends where its own end tag is",
			`<html><head><title>Bridge to close</title></head><body>` + nav +
				`<div itemprop="articleBody"><script type="text/template"><script>var x = "<p>not text</p>";</script>` + story + `</script></div></body></html>`,
			[]string{"engineers found cracks"}, []string{"not text", "var x"}},
		{"a script of code stays out",
			`<html><head><title>Bridge to close</title></head><body>` + nav + `<article>` + story +
				`<script type="text/javascript">document.write("<p>Written by a script, not by the author.</p>")</script></article></body></html>`,
			[]string{"engineers found cracks"}, []string{"Written by a script"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			root, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			fromTree, err := FromNode(root, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, got := range []string{res.Text, fromTree.Text} {
				for _, w := range tt.want {
					if !strings.Contains(got, w) {
						t.Errorf("%q missing from:\n%s", w, got)
					}
				}
				for _, w := range tt.not {
					if strings.Contains(got, w) {
						t.Errorf("%q kept in:\n%s", w, got)
					}
				}
			}
		})
	}
}

// isTemplateTypeLowered is isTemplateType as first written: the type
// lower-cased into a copy, then searched.
func isTemplateTypeLowered(typ []byte) bool {
	typ = bytes.TrimSpace(typ)
	if !ascii.HasPrefixFold(typ, "text/") {
		return false
	}
	sub := bytes.ToLower(typ[len("text/"):])
	if string(sub) == "html" {
		return true
	}
	for _, w := range [...]string{"template", "tmpl", "handlebars", "mustache"} {
		if bytes.Contains(sub, []byte(w)) {
			return true
		}
	}
	return false
}

// isTemplateType, which compares in ASCII case, agrees with the lower-cased
// copy it replaced on random types, capitals beyond ASCII, the Kelvin sign
// and invalid UTF-8 among them.
func TestIsTemplateTypeMatchesLowered(t *testing.T) {
	pieces := []string{"text/", "TEXT/", " ", "html", "HTML", "Html", "x-", "template", "TEMPLATE", "tmpl", "TmPl",
		"handlebars", "Mustache", "javascript", "ng-", "\u212a", "İ", "\xff", "É", "h", "t", "m", "l"}
	for _, typ := range randomJoins(7, 20000, 5, pieces) {
		if got, want := isTemplateType([]byte(typ)), isTemplateTypeLowered([]byte(typ)); got != want {
			t.Errorf("isTemplateType(%q) = %v, want %v", typ, got, want)
		}
	}
}
