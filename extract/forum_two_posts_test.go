package extract

import (
	"fmt"
	"strings"
	"testing"
)

// twoPostThread is a thread of a question and its one answer, in one
// language, with the words its engine prints around the posts.
type twoPostThread struct {
	lang, url string
	posts     [2]threadPost
	rank      string // the first member's rank, printed once
	location  string // the second member's card line, printed once
	rules     string // the posting rules under the thread
	jump      string // the forum menu under the thread
}

// twoPostThreads are the same small thread in the post tables of a
// classic board engine (a head row with the date, a profile cell beside
// the message cell), in English, German, Spanish and Dutch.
var twoPostThreads = []twoPostThread{
	{lang: "en", url: "https://boards.example/showthread.php?t=81723",
		posts: [2]threadPost{
			{"kettlehawk", "30th March 2025, 16:26", "My new graphics card shows a refresh rate of 23.951 instead of 23.976 whatever player I use. I tried a custom resolution in the control panel and nothing changed. Has anybody seen this before?"},
			{"reedwarbler", "2nd April 2025, 13:59", "Does switching off hardware decoding in the player change anything? That fixed a similar drift on my older card."},
		},
		rank: "Registered User", location: "Location: Cape Town", rules: "You may not post attachments", jump: "Forum Jump"},
	{lang: "de", url: "https://bretter.example/showthread.php?t=81723",
		posts: [2]threadPost{
			{"turmfalke", "30. März 2025, 16:26", "Meine neue Grafikkarte zeigt eine Bildrate von 23,951 statt 23,976, egal welchen Player ich benutze. Eine eigene Auflösung in der Systemsteuerung hat nichts geändert, und mit der alten Karte lief alles sauber. Kennt jemand das Problem?"},
			{"rohrsaenger", "2. April 2025, 13:59", "Ändert sich etwas, wenn du die Hardwaredekodierung im Player abschaltest? Das hat bei meiner älteren Karte geholfen."},
		},
		rank: "Registrierter Benutzer", location: "Ort: Bremen", rules: "Es ist Ihnen nicht erlaubt, Anhänge hochzuladen", jump: "Gehe zu"},
	{lang: "es", url: "https://foros.example/showthread.php?t=81723",
		posts: [2]threadPost{
			{"cernicalo", "30 de marzo de 2025, 16:26", "Mi nueva tarjeta gráfica muestra una frecuencia de 23,951 en lugar de 23,976 con cualquier reproductor. Probé una resolución personalizada en el panel de control y no cambió nada. ¿Alguien ha visto esto?"},
			{"carricero", "2 de abril de 2025, 13:59", "¿Cambia algo si desactivas la decodificación por hardware en el reproductor? A mí me lo arregló en una tarjeta más antigua."},
		},
		rank: "Usuario registrado", location: "Ubicación: Sevilla", rules: "No puedes adjuntar archivos", jump: "Saltar a foro"},
	{lang: "nl", url: "https://fora.example/showthread.php?t=81723",
		posts: [2]threadPost{
			{"torenvalk", "30 maart 2025, 16:26", "Mijn nieuwe videokaart toont een verversing van 23,951 in plaats van 23,976, welke speler ik ook gebruik. Een eigen resolutie in het configuratiescherm veranderde niets. Heeft iemand dit eerder gezien?"},
			{"rietzanger", "2 april 2025, 13:59", "Verandert er iets als je de hardwaredecodering in de speler uitzet? Dat loste bij mijn oudere kaart een vergelijkbaar probleem op."},
		},
		rank: "Geregistreerd lid", location: "Locatie: Utrecht", rules: "Je mag geen bijlagen plaatsen", jump: "Ga naar forum"},
}

// page prints the thread: a welcome notice over it, the two post tables,
// the posting rules and the forum menu under it.
func (th twoPostThread) page() string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="` + th.lang + `"><head><title>23.951 Hz - Boards</title></head><body>`)
	b.WriteString(`<table class="tborder"><tr><td class="alt1"><a href="/">Boards</a> &gt; <a href="/forumdisplay.php?f=2">Hardware</a></td>` +
		`<td class="alt2"><form action="/login.php"><input name="user"><input type="password" name="pass"><button>Log in</button></form></td></tr></table>`)
	b.WriteString(`<div id="posts">`)
	for i, p := range th.posts {
		card := `<div class="smallfont">` + th.rank + `</div>`
		if i == 1 {
			card = `<div class="smallfont">` + th.location + `</div>`
		}
		fmt.Fprintf(&b, `<div id="edit%d" style="padding:0 0 6px 0"><table id="post%d" class="tborder" width="100%%">`+
			`<tr><td class="thead">%s</td><td class="thead" align="right">#<a href="/showpost.php?p=%d" id="postcount%d">%d</a></td></tr>`+
			`<tr valign="top"><td class="alt2" width="175"><div id="postmenu_%d"><a class="bigusername" href="/member.php?u=%d">%s</a></div>%s`+
			`<div class="smallfont"><div>Join Date: Mar 2016</div><div>Posts: %d</div></div></td>`+
			`<td class="alt1" id="td_post_%d"><div id="post_message_%d">%s</div></td></tr>`+
			`<tr><td class="alt2"><a href="/member.php?u=%d">%s</a></td><td class="alt1" align="right"><a href="/newreply.php?p=%d">Quote</a></td></tr></table></div>`,
			9100+i, 9100+i, p.date, 9100+i, 9100+i, i+1, 9100+i, 300+i, p.author, card, 12+i*600, 9100+i, 9100+i, p.body, 300+i, p.author, 9100+i)
	}
	b.WriteString(`</div>`)
	fmt.Fprintf(&b, `<table class="tborder"><tr><td class="thead">Posting Rules</td></tr><tr><td class="alt1"><div>%s</div><div>BB code is <b>On</b></div><div>HTML code is <b>Off</b></div></td></tr></table>`, th.rules)
	fmt.Fprintf(&b, `<form action="/forumdisplay.php"><b>%s</b><select name="f"><option>Hardware</option><option>Software</option></select></form>`, th.jump)
	b.WriteString(`<div class="smallfont" align="center">All times are GMT +1.</div></body></html>`)
	return b.String()
}

// TestTwoPostThreads: a forum thread of a question and its one answer is
// a thread all the same: both posts stay with their authors' names, and
// what the engine prints around them goes, the member's rank and card
// lines that only one post prints too, and the posting rules and the
// forum menu under the thread.
func TestTwoPostThreads(t *testing.T) {
	for _, th := range twoPostThreads {
		t.Run(th.lang, func(t *testing.T) {
			res, err := FromBytes([]byte(th.page()), Options{URL: th.url})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageForum {
				t.Fatalf("page type %s, want forum", res.PageType)
			}
			for _, p := range th.posts {
				if !strings.Contains(res.Text, p.body) {
					t.Errorf("text lacks the post %q", p.body[:30])
				}
				if !strings.Contains(res.Text, p.author) {
					t.Errorf("text lacks the author %q", p.author)
				}
			}
			for _, gone := range []string{th.rank, th.location, th.rules, th.jump, "Join Date", "HTML code is"} {
				if strings.Contains(res.Text, gone) {
					t.Errorf("text holds %q", gone)
				}
			}
			if t.Failed() {
				t.Logf("text:\n%s", res.Text)
			}
		})
	}
}
