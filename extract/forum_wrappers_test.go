package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestPostsInBareWrappers: a thread whose engine prints each post in an
// element of its own class inside a wrapper without one (a table row
// around the post's cell, an <li> around a comment, a <div id="post123">
// around the post's table) is a thread all the same: the posts stay and
// the frame each prints (signatures, the member's rank, the buttons)
// goes, in every language.
func TestPostsInBareWrappers(t *testing.T) {
	type wrapped struct {
		name, url, lang string
		posts           []threadPost
		wrap            func(cell string) string // one post's wrappers
		list            func(rows string) string // the posts' container
		sig, rank, btn  string
	}
	en := threadPosts
	de := []threadPost{
		{"bergfink", "3. März 2024", "Mein Sauerteig blubbert fröhlich auf der Arbeitsplatte, aber jedes Brot bleibt flach und dicht. Ich füttere ihn zweimal am Tag mit gleich viel Mehl und Wasser. Was mache ich falsch?"},
		{"uferlaeufer", "3. März 2024", "Wie warm ist deine Küche? Unter zwanzig Grad braucht der Teig viel länger, als das Rezept sagt, oft doppelt so lange, bevor er geformt werden kann."},
		{"bergfink", "4. März 2024", "Nachts etwa achtzehn Grad. Daran habe ich nie gedacht, danke dir."},
		{"ahornfluegel", "4. März 2024", "Stell den Teig in den Ofen und schalte nur das Licht ein. Das hält ihn gleichmäßig warm, und meine Brote gingen in fünf Stunden doppelt so hoch auf."},
	}
	fr := []threadPost{
		{"fauvette", "3 mars 2024", "Mon levain bulle joyeusement sur le plan de travail, mais chaque pain sort plat et dense. Je le nourris deux fois par jour avec autant de farine que d'eau. Que se passe-t-il ?"},
		{"martinet", "3 mars 2024", "Quelle est la température de ta cuisine ? En dessous de vingt degrés, la pâte demande bien plus de temps que ne le dit la recette, souvent deux fois plus."},
		{"fauvette", "4 mars 2024", "Environ dix-huit degrés la nuit. Je n'y avais jamais pensé, merci."},
		{"loriot", "4 mars 2024", "Mets la pâte dans le four avec seulement la lumière allumée. Elle reste au chaud et mes pains ont doublé de volume en cinq heures."},
	}
	tests := []wrapped{
		{name: "table rows", url: "https://boards.example/boards/2-baking/4817", lang: "en", posts: en,
			wrap: func(cell string) string { return `<tr>` + cell + `</tr>` },
			list: func(rows string) string { return `<table class="board msg_list"><tbody>` + rows + `</tbody></table>` },
			sig:  "Breadhead since 2009", rank: "Veteran Baker", btn: "Report message"},
		{name: "list items", url: "https://brot.example/brett/2-backen/4817", lang: "de", posts: de,
			wrap: func(cell string) string { return `<li>` + cell + `</li>` },
			list: func(rows string) string { return `<ul class="beitraege">` + rows + `</ul>` },
			sig:  "Brotbäcker aus Leidenschaft seit 2009", rank: "Erfahrener Bäcker", btn: "Beitrag melden"},
		{name: "post tables in divs", url: "https://pain.example/salon/2-boulangerie/4817", lang: "fr", posts: fr,
			wrap: func(cell string) string {
				return `<div id="edit` + fmt.Sprint(len(cell)) + `" style="padding:0 0 6px 0">` + cell + `</div>`
			},
			list: func(rows string) string { return `<div id="posts">` + rows + `</div>` },
			sig:  "Boulanger amateur depuis 2009", rank: "Boulanger confirmé", btn: "Signaler ce message"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var rows strings.Builder
			for i, p := range tc.posts {
				cell := fmt.Sprintf(`<div class="msg_infobox"><span class="user"><a href="/u/%d"><b>%s</b></a></span> <time datetime="2024-03-0%dT10:00:00Z">%s</time> <span class="msg_num">#%d</span></div>`+
					`<div class="msg_rank">%s</div><div class="msg_body"><div class="msg_text">%s</div><div class="signature"><div class="sig_text">%s</div></div></div><div class="msg_below"><a href="/report/%d">%s</a></div>`,
					i, p.author, i+1, p.date, i+1, tc.rank, p.body, tc.sig, i, tc.btn)
				if strings.HasPrefix(tc.wrap(""), "<tr>") {
					cell = `<td class="msg">` + cell + `</td>`
				} else {
					cell = `<div class="msg">` + cell + `</div>`
				}
				rows.WriteString(tc.wrap(cell))
			}
			page := `<!doctype html><html lang="` + tc.lang + `"><head><title>Sourdough</title></head><body>` +
				`<div class="top"><a href="/">Boards</a> <a href="/login">Log in</a></div><h1>Sourdough</h1>` +
				tc.list(rows.String()) + `<div class="foot"><a href="/terms">Terms</a></div></body></html>`
			res, err := FromBytes([]byte(page), Options{URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range tc.posts {
				if !strings.Contains(res.Text, p.body) {
					t.Errorf("%s (read as %s): lost the post %q\n%s", tc.name, res.PageType, p.body, res.Text)
				}
			}
			for _, gone := range []string{tc.sig, tc.rank, tc.btn} {
				if strings.Contains(res.Text, gone) {
					t.Errorf("%s (read as %s): kept %q\n%s", tc.name, res.PageType, gone, res.Text)
				}
			}
		})
	}
}
