package extract

import (
	"strings"
	"testing"
)

// builderPage is a page builder's page: a menu, a column of div widgets
// (a heading and the slot for the post), a side column with one call to
// action and a footer that no name marks, whose address lines are kept;
// no <main>, <article> or <h1> marks where the post is.
func builderPage(slot string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Market day - Orchard Lane Bakery</title></head><body>` +
		`<div class="row top"><div class="col"><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/bread">Our breads</a></li>` +
		`<li><a href="/visit">Visit the bakery</a></li></ul></nav></div></div>` +
		`<div class="row"><div class="col col-8"><div class="module module-heading"><h2>Market day</h2></div>` +
		`<div class="module module-text"><div class="module-inner">` + slot + `</div></div></div>` +
		`<div class="col col-4"><div class="widget"><a href="/order">Order for the weekend</a></div></div></div>` +
		`<div class="row bottom"><p>Orchard Lane Bakery, 12 Orchard Lane. Open every day but Monday.</p>` +
		`<p>Our bread is baked each night from flour milled in the valley, and what is left at closing goes to the shelter on Mill Street.</p>` +
		`<p>We bake to order for weddings and birthdays as well: ask at the counter, or leave a note with your name and the day you need it.</p></div>` +
		`</body></html>`
}

// A page that keeps (almost) nothing and whose marked and titled
// containers hold no text reads the post from the client-side template or
// the <noscript> where a script would render it, when the template is in
// an element named as the content. A note to turn scripts on in the
// page's body is no post: it stays hidden.
func TestTemplateFallBack(t *testing.T) {
	const post = `<p>The stall opens at eight on Saturday, with rye loaves and plum buns.</p>`
	tests := []struct {
		name, page string
		want       string // Fallback
		keep, drop []string
	}{
		{"post in a script template", builderPage(`<script type="text/template" id="post-body">` + post + `</script>`),
			FallbackTemplate, []string{"The stall opens at eight on Saturday"}, []string{"Our breads"}},
		{"list post in noscript", builderPage(`<div id="app"></div><noscript><ul><li>Rye loaves from the stone oven</li><li>Plum buns</li>` +
			`<li>Seeded rolls for the week</li><li>Butter from the dairy up the hill</li></ul></noscript>`),
			FallbackTemplate, []string{"Rye loaves", "Butter from the dairy"}, []string{"Our breads"}},
		{"post shown", builderPage(post), "", []string{"The stall opens at eight on Saturday"}, nil},
		{"post shown beside a widget's template", builderPage(post + `<p>Come early for the cinnamon knots, which sell out by ten.</p>` +
			`<script type="text/template" id="tip"><p>Thanks, your note has been sent to the bakers.</p></script>`),
			"", []string{"The stall opens at eight on Saturday"}, []string{"your note has been sent"}},
		{"note to turn scripts on", strings.Replace(builderPage(`<div id="app"></div>`), "<body>",
			`<body><noscript><p>Please turn on JavaScript in your browser to see this page.</p></noscript>`, 1),
			"", nil, []string{"turn on JavaScript"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Fallback != tt.want {
				t.Errorf("fallback %q, want %q", res.Fallback, tt.want)
			}
			for _, w := range tt.keep {
				if !strings.Contains(res.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, res.Text)
				}
			}
			for _, w := range tt.drop {
				if strings.Contains(res.Text, w) {
					t.Errorf("text holds %q:\n%s", w, res.Text)
				}
			}
		})
	}
}

// A <noscript> that fills the element named as the content is the post,
// however short: three lines of dialogue whose closing quotes hide their
// sentence ends, even inside one link, are shown on a page that kept only
// its frame; a short note beside the post in the same column is not.
func TestTemplateFillsContent(t *testing.T) {
	page := func(content string) string {
		return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Am Markt</title></head><body>` +
			`<div id="header"><ul class="menu"><li><a href="/">Start</a></li><li><a href="/archiv">Archiv</a></li></ul></div>` +
			`<div id="content">` + content + `</div>` +
			`<div id="sidebar"><h3>Über mich</h3><p>Ich schreibe hier seit vielen Jahren über den Wochenmarkt in unserer Stadt, ` +
			`über die Händler, das Wetter und alles, was man an einem Samstagmorgen zwischen den Ständen so hört.</p></div>` +
			`<div id="footer">Copyright 2024 Marktnotizen.</div></body></html>`
	}
	const lines = `<p>„Sind die Äpfel süß?“</p><p>„Frisch vom Baum.“</p><p>„Dann ein Kilo.“</p>`
	tests := []struct {
		name, page string
		keep       bool
	}{
		{"noscript fills the column", page(`<div id="app"></div><noscript>` + lines + `</noscript>`), true},
		{"linked lines fill the column", page(`<div id="app"></div><noscript><a href="/p/7">` + lines + `</a></noscript>`), true},
		{"noscript beside the column's text", page(`<div id="app"></div><noscript><p>„Bitte Skripte erlauben.“</p></noscript>` +
			`<ul><li>Äpfel</li><li>Birnen</li><li>Quitten</li><li>Pflaumen</li></ul>`), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range []string{"Sind die Äpfel süß?", "Bitte Skripte erlauben"} {
				if strings.Contains(tt.page, w) && strings.Contains(res.Text, w) != tt.keep {
					t.Errorf("kept %q: %v, want %v (fallback %q):\n%s", w, !tt.keep, tt.keep, res.Fallback, res.Text)
				}
			}
		})
	}
}
