package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestUnsignedThreadSignatures: a board whose posts name neither their
// author nor their date in any way winnow reads (a name without a link, a
// date in a plain span) prints a signature under each post: the
// signatures go, however the page is read, and an article's one signed
// line stays.
func TestUnsignedThreadSignatures(t *testing.T) {
	threads := []struct {
		name, lang string
		posts      []string
		sigs       []string
	}{
		{"english board", "en", []string{
			"No stream link this time. The recording will go up on their channel an hour from now, as it did last time.",
			"I don't know if the timing is unusual, but it being this early makes me think they want to own the news cycle today.",
			"Ready for it, and hoping for a few surprises from the smaller studios this year.",
			"Laughed way too hard at this picture, thank you for posting it here for all of us.",
		}, []string{"Current games: a racing game, a puzzle game", "Woof.", "Three consoles and no time", "Playing since the first one"}},
		{"German board", "de", []string{
			"Diesmal gibt es keinen Stream. Die Aufzeichnung erscheint in einer Stunde auf ihrem Kanal, wie beim letzten Mal auch.",
			"Ich weiß nicht, ob der Zeitpunkt ungewöhnlich ist, aber so früh wollen sie wohl die Nachrichten des Tages bestimmen.",
			"Ich bin bereit und hoffe auf ein paar Überraschungen von den kleineren Studios in diesem Jahr.",
			"Über dieses Bild habe ich viel zu sehr gelacht, danke, dass du es hier für uns alle gepostet hast.",
		}, []string{"Aktuelle Spiele: ein Rennspiel, ein Rätselspiel", "Wuff.", "Drei Konsolen und keine Zeit", "Spiele seit dem ersten Teil"}},
	}
	for _, th := range threads {
		t.Run(th.name, func(t *testing.T) {
			var rows strings.Builder
			for i, p := range th.posts {
				fmt.Fprintf(&rows, `<tr><td class="msg"><div class="msg_infobox"><span class="user"><b>player%d</b></span> <span class="post_when">2 years ago</span> <span class="message_num">#%d</span></div>`+
					`<div class="msg_body"><div class="msg_text">%s</div><div class="signature"><div class="sig_text">%s</div></div></div></td></tr>`, i, i+1, p, th.sigs[i])
			}
			page := `<!doctype html><html lang="` + th.lang + `"><head><title>Showcase thread</title></head><body><div class="nav"><a href="/">Boards</a> <a href="/news">News</a></div>` +
				`<h1>Showcase thread</h1><table class="board message msg_list"><tbody>` + rows.String() + `</tbody></table><div class="foot"><a href="/terms">Terms</a></div></body></html>`
			res, err := FromBytes([]byte(page), Options{URL: "https://boards.example/boards/2-console/80702016"})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range th.posts {
				if !strings.Contains(res.Text, p) {
					t.Errorf("read as %s: lost the post %q", res.PageType, p[:30])
				}
			}
			for _, s := range th.sigs {
				if strings.Contains(res.Text, s) {
					t.Errorf("read as %s: kept the signature %q", res.PageType, s)
				}
			}
			if t.Failed() {
				t.Logf("text:\n%s", res.Text)
			}
		})
	}
	t.Run("an article's sign-off", func(t *testing.T) {
		const signOff = "We will print the new opening hours in next week's paper, together with the names of the volunteers who offered to help."
		page := `<!doctype html><html lang="en"><head><title>The library opens on Sundays</title></head><body><article><h1>The library opens on Sundays</h1>` +
			`<p>The council met on Tuesday to discuss the library's hours, and most members agreed that it should open on Sundays from the spring on.</p>` +
			`<p>The librarians asked for two more helpers on those days, and the council promised to look for volunteers among the readers first.</p>` +
			`<p>Families had asked for the change for years: on weekdays the library closes before most parents finish work.</p>` +
			`<div class="signature"><p>` + signOff + `</p></div></article></body></html>`
		res, err := FromBytes([]byte(page), Options{URL: "https://paper.example/2024/03/library-sundays"})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(res.Text, signOff) {
			t.Errorf("lost the sign-off:\n%s", res.Text)
		}
	})
}

// TestSignatureNamedArticleBoxes: an article whose boxes are named for
// a "signature dish" between its paragraphs and headings keeps them,
// however many it prints: no post's head (a short line, no sentence)
// stands above each, as in a thread (see dropSignatures).
func TestSignatureNamedArticleBoxes(t *testing.T) {
	dishes := []string{
		"Slow roasted lamb shoulder with rosemary, garlic and a glaze of pomegranate molasses, served on a bed of smoked aubergine.",
		"Hand rolled pappardelle with a ragu of wild boar that simmers for eight hours with red wine, juniper and bay leaves.",
		"Charred octopus with crushed new potatoes, capers and a bright salsa verde made every morning from the garden's herbs.",
	}
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Our kitchen - Trattoria</title></head><body><nav><a href="/">Home</a> <a href="/menu">Menu</a></nav><main><article><h1>Our kitchen</h1>` +
		`<p>Our chef opened the trattoria in 2009 after twenty years in the kitchens of Rome and Bologna, and the menu still follows the seasons of the hills around the town, with vegetables from our own garden.</p>`)
	for i, d := range dishes {
		fmt.Fprintf(&b, `<h2>Course %d</h2><p>The course changes with the season and what the market brings in that week, always cooked over the wood fire.</p><div class="signature-dish"><p>%s</p></div>`, i+1, d)
	}
	b.WriteString(`<p>Book a table for the weekend early, as the dining room seats only thirty guests and fills up quickly in the summer months.</p></article></main><footer><p>© 2024 Trattoria</p></footer></body></html>`)
	res, err := FromBytes([]byte(b.String()), Options{URL: "https://trattoria.example/our-kitchen"})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dishes {
		if !strings.Contains(res.Text, d) {
			t.Errorf("read as %s: lost the dish %q", res.PageType, d[:30])
		}
	}
}
