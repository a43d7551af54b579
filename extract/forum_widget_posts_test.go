package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestWidgetNamedPosts: an engine that names every post a "widget" (a
// component of its own, as Khoros communities do) keeps the posts when
// each is signed (an author, a date) and they hold most of the page's
// prose; side-column widgets stay side columns however they are signed
// when the article beside them outweighs them.
func TestWidgetNamedPosts(t *testing.T) {
	article := `<p>Sourdough needs warmth more than anything else, and a cold kitchen in winter slows every stage of the rise, from the first feed of the starter to the last proof of the shaped loaf in its basket.</p>` +
		`<p>Bakers who keep their dough near a radiator or inside an oven with only its light switched on find that the loaf doubles in hours rather than a whole day, and the crumb opens up with large glossy holes.</p>` +
		`<p>Flour matters too: whole wheat drinks more water than white flour, so a recipe written for one needs more water with the other, or the dough turns stiff and will not rise however warm it is kept.</p>`
	widget := func(cls string, i int, author, body string) string {
		return fmt.Sprintf(`<div class="%s"><div class="card-head"><span class="author-name">%s</span> <time datetime="2024-03-0%d">March %d, 2024</time></div><div class="card-text"><p>%s</p></div></div>`,
			cls, author, i+1, i+1, body)
	}
	var posts, side strings.Builder
	for i, p := range threadPosts {
		posts.WriteString(widget("msg-view forums-widget-message", i, p.author, p.body))
	}
	teasers := []string{"Rye starter keeps separating in the jar overnight.", "Best flour for a first loaf at home.", "Proofing baskets are worth the money."}
	for i, s := range teasers {
		side.WriteString(widget("side-widget recent-post", i, "editor", s))
	}
	tests := []struct {
		name, url, body string
		keep, gone      []string
	}{
		{"thread of widget posts", "https://community.example/t5/bread/td-p/4817",
			`<h1>Sourdough will not rise</h1><div class="message-list">` + posts.String() + `</div>`,
			[]string{threadPosts[0].body, threadPosts[3].body}, nil},
		{"signed side widgets beside an article", "https://bakers.example/blog/sourdough-warmth",
			`<main><h1>Why sourdough needs warmth</h1>` + article + `</main><aside class="col">` + side.String() + `</aside>`,
			[]string{"Bakers who keep their dough"}, teasers},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html lang="en"><head><title>Bakers</title></head><body><div class="top"><a href="/">Bakers</a> <a href="/forums">Forums</a></div>` +
				tt.body + `<div class="bottom"><p>© 2024 Bakers. All rights reserved.</p></div></body></html>`
			res, err := FromBytes([]byte(page), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range tt.keep {
				if !strings.Contains(res.Text, k) {
					t.Errorf("text lacks %q", k)
				}
			}
			for _, g := range tt.gone {
				if strings.Contains(res.Text, g) {
					t.Errorf("text holds %q", g)
				}
			}
			if t.Failed() {
				t.Logf("page type %s, text:\n%s", res.PageType, res.Text)
			}
		})
	}
}
