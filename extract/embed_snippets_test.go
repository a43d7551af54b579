package extract

import (
	"fmt"
	"strings"
	"testing"
)

// podcastPage is a podcast's or a radio programme's episode list: each
// episode a linked title, a teaser, and a share box whose "Embed" panel
// prints the player's <iframe> tag to copy, as public broadcasters and
// podcast hosts print it.
func podcastPage(lang, title, embed string, episodes [][2]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="%s"><head><title>%s</title></head><body>`+
		`<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/music">Music</a> <a href="/podcasts">Podcasts</a></nav></header>`+
		`<main><h1>%s</h1>`, lang, title, title)
	for i, e := range episodes {
		fmt.Fprintf(&b, `<article class="item"><h2 class="title"><a href="/ep/%d">%s</a></h2><p class="teaser">%s</p>`+
			`<div class="audio-tools"><button class="embed">%s</button><div class="embed-overlay"><b class="embed-url">`+
			`<code>&lt;iframe src="https://radio.example/player/embed/%d" width="100%%" height="290" frameborder="0" scrolling="no" title="Embedded audio player"&gt;</code>`+
			`</b></div></div></article>`, i, e[0], e[1], embed, 1000+i)
	}
	b.WriteString(`</main><footer><p>© 2025 Radio Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`)
	return b.String()
}

// The player's <iframe> tag that an episode's share box prints is no
// part of the episode list; a guide to embedding keeps its example.
func TestDropEmbedSnippets(t *testing.T) {
	for _, tc := range []struct{ lang, title, embed string }{
		{"en", "Science podcast: latest episodes", "Embed"},
		{"de", "Wissenschaftspodcast: neueste Folgen", "Einbetten"},
		{"es", "Pódcast de ciencia: últimos episodios", "Insertar"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			eps := [][2]string{
				{"Why teenagers sleep less than ever", "A two-decade study suggests that screens are only part of the story behind the loss of sleep."},
				{"The woolly mammoth's last refuge", "Scientists read ancient DNA from a tusk to learn how the last herd lived on an Arctic island."},
				{"How clownfish lose their stripes", "As they grow up, the fish keep only one of their white bars, and researchers now know why."},
				{"A lake that freezes less each winter", "Anglers and scientists track the ice on a Wisconsin lake that has lost weeks of winter."},
			}
			r, err := FromBytes([]byte(podcastPage(tc.lang, tc.title, tc.embed, eps)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(r.Text, "<iframe") {
				t.Errorf("the embed code kept (%s reading):\n%s", r.PageType, r.Text)
			}
			if !strings.Contains(r.Text, eps[1][0]) || !strings.Contains(r.Text, eps[2][1]) {
				t.Errorf("episodes missing:\n%s", r.Text)
			}
		})
	}
	t.Run("a guide's example", func(t *testing.T) {
		page := `<!doctype html><html lang="en"><head><title>How to embed the player</title></head><body><main><article>
<h1>How to embed the player</h1><p>Copy the tag below into the HTML of your page where the player should appear, and set its width to fit your layout.</p>
<pre><code>&lt;iframe src="https://radio.example/player/embed/1000" width="100%" height="290"&gt;&lt;/iframe&gt;</code></pre>
<p>The player loads the episode's audio on demand, so it does not slow down the page until a reader presses play.</p>
</article></main></body></html>`
		r, err := FromBytes([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Text, `<iframe src="https://radio.example/player/embed/1000"`) {
			t.Errorf("the guide's example dropped:\n%s", r.Text)
		}
	})
}

// embedSnippet reads one <iframe> tag and nothing else.
func TestEmbedSnippet(t *testing.T) {
	for text, want := range map[string]bool{
		`<iframe src="https://x.example/embed/1" width="100%" height="290"></iframe>`: true,
		`<IFRAME SRC="https://x.example/embed/1">`:                                    true,
		`<iframe src="a"></iframe> Copy this code to embed the player on your site`:   false,
		`<iframe> and <object> embed other documents`:                                 false,
		`<div class="player"><iframe src="a"></iframe></div>`:                         false,
	} {
		if got := embedSnippet(text); got != want {
			t.Errorf("embedSnippet(%q) = %v, want %v", text, got, want)
		}
	}
}
