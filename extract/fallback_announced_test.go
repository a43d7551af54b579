package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// A short post read by a fallback (it kept too little on its own) is
// followed by a comment thread or a grid of teasers under a heading that
// announces them: the fallback keeps the post and ends at that heading.
func TestFallbackEndsAtAnnouncedSection(t *testing.T) {
	comments := func(said string, lines ...string) string {
		var b strings.Builder
		for i, l := range lines {
			fmt.Fprintf(&b, `<div class="r"><b>Reader %d</b> %s 3.5.2024 09:1%d<p>%s</p></div>`, i+1, said, i, l)
		}
		return b.String()
	}
	teasers := func(lines ...string) string {
		var b strings.Builder
		for i := 0; i+1 < len(lines); i += 2 {
			fmt.Fprintf(&b, `<div class="card"><a href="/p%d"><h4>%s</h4></a><p>%s</p></div>`, i, lines[i], lines[i+1])
		}
		return b.String()
	}
	en := comments("said on",
		"I had exactly the same thing happen to me last winter, the neighbours never said a word about it.",
		"Brilliant, this made my morning. Please write more of these little scenes from the street.",
		"I laughed out loud on the train and now everyone is looking at me, thanks for that.",
		"My grandmother used to say the same thing, word for word, every single Sunday at dinner.",
		"Short and sweet, the way a post should be. I keep coming back to this blog for that.")
	de := comments("schrieb am",
		"Genau das ist mir letzten Winter auch passiert, und die Nachbarn haben nie ein Wort darüber verloren.",
		"Herrlich, das hat meinen Morgen gerettet. Bitte schreib mehr von diesen kleinen Szenen aus dem Alltag.",
		"Ich musste im Zug laut lachen und jetzt schauen mich alle an, vielen Dank auch dafür.",
		"Meine Großmutter hat jeden Sonntag beim Essen genau dasselbe gesagt, Wort für Wort, immer wieder.",
		"Kurz und gut, so soll ein Beitrag sein. Genau deshalb lese ich diesen Blog schon seit Jahren.")
	tests := []struct {
		name, lang, url, body string
		want, not             []string
	}{
		{"short post, then a thread", "en", "https://blog.example/2024/05/parcel",
			`<div class="content"><h1>The parcel</h1><p>The postman left my parcel with the neighbour. The neighbour has been on holiday since Friday.</p><h3>5 Responses</h3>` + en + `</div>`,
			[]string{"The postman left my parcel"}, []string{"exactly the same thing", "Reader 1"}},
		{"lines of dialogue, then a thread", "de", "https://blog.example/2024/05/theke",
			`<div class="post"><h1>An der Theke</h1><div class="entry"><p>„Einen Kaffee.“</p><p>„Mit Milch?“</p><p>„Schwarz.“</p></div><h3>Kommentare</h3>` + de + `</div>`,
			[]string{"Einen Kaffee.", "Mit Milch?", "Schwarz."}, []string{"Genau das ist mir", "Großmutter"}},
		{"a notice, then teasers", "en", "https://blog.example/2024/05/closed",
			`<div class="content"><h1>Closed for a week</h1><p>We are taking a short break and will be back on the 20th.</p><h2>You may also like</h2><div class="grid">` +
				teasers("A walk along the canal", "We followed the old towpath from the lock to the mill and found a heron every hundred metres.",
					"The best bakery in town", "After trying nine bakeries over a month we finally have a winner, and it is not the famous one.",
					"Rainy day with the kids", "Board games, pancakes and a blanket fort: our recipe for surviving a wet Saturday at home.",
					"Notes from the market", "What was fresh this week, what was expensive, and what the cheese seller told us about goats.") + `</div></div>`,
			[]string{"We are taking a short break"}, []string{"towpath", "nine bakeries", "A walk along the canal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html lang="` + tt.lang + `"><head><title>Blog</title></head><body>` + pageHeader + tt.body +
				`<aside><h3>Archive</h3><ul><li><a href="/2024/04">April 2024</a></li><li><a href="/2024/03">March 2024</a></li></ul></aside>` + pageFooter + `</body></html>`
			res, err := FromBytes([]byte(page), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("text lacks %q:\n%q", w, res.Text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(res.Text, w) {
					t.Errorf("text holds %q:\n%q", w, res.Text)
				}
			}
		})
	}
}

// dropAnnouncedTails leaves a reading alone where it kept nothing before
// the announcing heading (a thread's page) or where the announcement is
// no heading element; it ends the dropped section at the next heading of
// the same rank. A count of comments over blocks named as answers is a
// Q&A's count of its answers, which stay; a related-stories heading over
// them does not spare them.
func TestDropAnnouncedTails(t *testing.T) {
	kept := func(kind boilerplate.Kind, tag, text string) boilerplate.Block {
		return boilerplate.Block{Kind: kind, Tag: tag, Text: text, Kept: true}
	}
	heading := func(tag, text string, r boilerplate.Reason) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindHeading, Tag: tag, Text: text, Reason: r}
	}
	p := boilerplate.KindParagraph
	tests := []struct {
		name     string
		blocks   []boilerplate.Block
		answered func(int) bool // nil for none
		want     []bool
	}{
		{"post, comments, next section", []boilerplate.Block{kept(p, "p", "post"), heading("h3", "Comments", boilerplate.ReasonComments),
			kept(p, "p", "a comment"), kept(boilerplate.KindHeading, "h4", "Reader"), kept(p, "p", "another"),
			kept(boilerplate.KindHeading, "h2", "Archive"), kept(p, "p", "after")},
			nil, []bool{true, false, false, false, false, true, true}},
		{"nothing kept before", []boilerplate.Block{heading("h2", "Replies", boilerplate.ReasonComments), kept(p, "p", "a reply"), kept(p, "p", "another")},
			nil, []bool{false, true, true}},
		{"no heading element", []boilerplate.Block{kept(p, "p", "post"), heading("div", "Related", boilerplate.ReasonRelated), kept(p, "p", "a teaser")},
			nil, []bool{true, false, true}},
		{"count over answers", []boilerplate.Block{kept(p, "p", "question"), heading("h2", "2 answers", boilerplate.ReasonComments),
			kept(p, "p", "an answer"), kept(p, "p", "another")},
			func(i int) bool { return i >= 2 }, []bool{true, false, true, true}},
		{"related over answers", []boilerplate.Block{kept(p, "p", "question"), heading("h2", "Related", boilerplate.ReasonRelated),
			kept(p, "p", "a teaser")},
			func(i int) bool { return i >= 2 }, []bool{true, false, false}},
		{"count over comments beside answers", []boilerplate.Block{kept(p, "p", "question"), heading("h2", "2 comments", boilerplate.ReasonComments),
			kept(p, "p", "a comment")},
			func(i int) bool { return i == 0 }, []bool{true, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dropAnnouncedTails(tt.blocks, tt.answered)
			for i, b := range tt.blocks {
				if b.Kept != tt.want[i] {
					t.Errorf("block %d %q kept %v, want %v", i, b.Text, b.Kept, tt.want[i])
				}
			}
		})
	}
}
