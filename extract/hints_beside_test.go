package extract

import (
	"strings"
	"testing"
)

// TestFewLinesBesideContent checks contentBeside: on a page whose post is
// a line or two, the footer's about line or a side column's blurb holds
// more of the page's prose than the post, and their names must still
// stand; a wrapper named for a header around an unnamed short post is
// still disbelieved.
func TestFewLinesBesideContent(t *testing.T) {
	page := func(lang, post, after string) string {
		return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Notes</title></head><body>
<div id="top"><a href="/">Small Hours</a> <a href="/archive">Archive</a> <a href="/about">About</a></div>
<div id="content"><div class="post">` + post + `</div></div>
` + after + `
</body></html>`
	}
	tests := []struct {
		name, page string
		want, not  []string
	}{
		{"footer line, fr", page("fr",
			`<h2>Neige</h2><p>Il a neigé toute la nuit et la rue est blanche ce matin.</p>`,
			`<div id="footer">Copyright 2024 Small Hours. Ce carnet est écrit à la main et publié avec un petit générateur de sites.</div>`),
			[]string{"Il a neigé toute la nuit"}, []string{"générateur de sites"}},
		{"footer line after dialogue, de", page("de",
			`<h2>Beim Bäcker</h2><p>„Ist das Roggenbrot frisch?“</p><p>„Um sechs gebacken.“</p><p>„Dann zwei, bitte.“</p>`,
			`<div class="site-footer"><p>Dieses Tagebuch schreibe ich seit vielen Jahren in meiner Freizeit, meistens abends in der Küche.</p></div>`),
			[]string{"Ist das Roggenbrot frisch?", "Dann zwei, bitte."}, []string{"Dieses Tagebuch schreibe ich"}},
		{"side blurb beside one line, en", page("en",
			`<h2>Back home</h2><p>Landed safely, more photos soon.</p>`,
			`<div class="sidebar"><h4>About</h4><p>I am a retired teacher who writes about the small things that happen in a week, mostly on slow trains through the hills.</p><p>I also keep bees, grow far too many tomatoes and read whatever the village library has on its new shelf.</p></div>`),
			[]string{"Landed safely, more photos soon."}, []string{"retired teacher", "keep bees"}},
		{"photo caption and footer, es", page("es",
			`<h2>Luz de tarde</h2><img src="/muelle.jpg" width="900" height="600"><p>El muelle al atardecer, visto desde las dunas después de la lluvia.</p>`,
			`<div id="footer"><p>Este cuaderno lo escribe una maestra jubilada que camina mucho y lee todavía más, sobre todo en trenes lentos.</p></div>`),
			[]string{"El muelle al atardecer"}, []string{"maestra jubilada"}},
		// The post's wrapper is never closed (or a stray </div>
		// closed the wrong one): the footer ends up inside it.
		{"footer inside the unclosed post wrapper, it", `<!DOCTYPE html><html lang="it"><head><title>Neve</title></head><body>
<div id="top"><a href="/">Ore piccole</a> <a href="/archivio">Archivio</a></div>
<div id="content"><div class="post"><h2>Neve</h2><p>Ha nevicato tutta la notte e la strada stamattina è bianca.</p>
<div id="footer"><p>Copyright 2024 Ore piccole. Questo quaderno è scritto a mano e pubblicato con un piccolo generatore di siti.</p></div>
</body></html>`,
			[]string{"Ha nevicato tutta la notte"}, []string{"generatore di siti"}},
		{"header-named wrapper around an unnamed post", `<!DOCTYPE html><html lang="en"><head><title>Snow</title></head><body>
<div id="top"><a href="/">Small Hours</a> <a href="/archive">Archive</a></div>
<div class="header-offset"><h2>Snow</h2><p>It snowed all night and the whole street is white this morning, so the school stayed shut.</p></div>
<div class="footer">Small Hours, a notebook.</div>
</body></html>`,
			[]string{"It snowed all night"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("lost %q; text %q", w, res.Text)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(res.Text, n) {
					t.Errorf("kept %q; text %q", n, res.Text)
				}
			}
		})
	}
}
