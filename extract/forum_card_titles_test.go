package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestCardTitlesUnderNames: a member's card prints a title under the
// member's name, a heading of its own (XenForo's <h5 class="userTitle">);
// members choose their own ("Losing is fun"), so each title is printed
// once and no frame rule sees it repeat. On a forum the title goes once
// the post's body follows it, and the name, the post's date and its body
// stay, whatever the language. A heading that opens a post's body is not
// in the name's element and stays.
func TestCardTitlesUnderNames(t *testing.T) {
	tests := []struct {
		lang   string
		titles []string // one per post, each printed once
		body   string   // a heading that opens the first post's body
	}{
		{"en", []string{"Losing is fun", "Official bread puncher", "Took the red and the blue pills", "Prophet of the sourdough"}, "Update: solved"},
		{"de", []string{"Verlieren macht Spaß", "Offizieller Brotboxer", "Nahm die rote und die blaue Pille", "Prophet des Sauerteigs"}, "Nachtrag: gelöst"},
		{"es", []string{"Perder es divertido", "Boxeador oficial del pan", "Tomó la píldora roja y la azul", "Profeta de la masa madre"}, "Actualización: resuelto"},
		{"ja", []string{"負けるのも楽しい", "公式パン職人", "赤と青の薬を飲んだ", "天然酵母の預言者"}, "追記：解決しました"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			posts := threadStartPosts(tt.lang)
			var b strings.Builder
			b.WriteString(`<!doctype html><html lang="` + tt.lang + `"><head><title>Thread</title></head><body><h1>Thread</h1><div class="block-body js-replyNewMessageContainer">`)
			for i, p := range posts {
				opening := ""
				if i == 0 {
					opening = `<h3>` + tt.body + `</h3>`
				}
				fmt.Fprintf(&b, `<article class="message message--post" data-author="%s"><div class="message-cell message-cell--user"><div class="message-userDetails">`+
					`<h4 class="message-name"><a href="/members/%s.%d/" class="username" itemprop="name">%s</a></h4>`+
					`<h5 class="userTitle message-userTitle" itemprop="jobTitle">%s</h5></div></div>`+
					`<div class="message-cell message-cell--main"><header class="message-attribution"><time class="u-dt" datetime="2024-03-0%dT10:00">%s</time></header>`+
					`<div class="message-content"><div class="bbWrapper">%s%s</div></div><footer><a href="/reply">Reply</a></footer></div></article>`,
					p.author, p.author, 20+i, p.author, tt.titles[i], 3+i/2, p.date, opening, p.body)
			}
			b.WriteString(`</div><footer class="p-footer"><p>Community platform</p></footer></body></html>`)
			res, err := FromBytes([]byte(b.String()), Options{URL: "https://forum.example/threads/sourdough.4817/", reading: PageForum})
			if err != nil {
				t.Fatal(err)
			}
			for i, p := range posts {
				if !strings.Contains(res.Text, p.body) {
					t.Errorf("lost post %d", i)
				}
				if strings.Contains(res.Text, tt.titles[i]) {
					t.Errorf("kept the card's title %q", tt.titles[i])
				}
			}
			if !strings.Contains(res.Text, posts[1].author) {
				t.Errorf("lost the author %q", posts[1].author)
			}
			if !strings.Contains(res.Text, tt.body) {
				t.Errorf("lost the body's heading %q", tt.body)
			}
			if t.Failed() {
				t.Logf("text:\n%s", res.Text)
			}
		})
	}
}
