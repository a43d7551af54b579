package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestEditNotes: the note an engine prints under a post its writer
// changed ("Last edited by fernhollow on ...", "Last edited: ...",
// "Edited March 5, 2024 by ...") goes, in the engines' languages and
// whether the page is read as a forum or as an article with a thread,
// though only some posts print one (no frame rule sees it repeat). A
// post's own line that opens with the word ("Edited the recipe ...")
// stays.
func TestEditNotes(t *testing.T) {
	own := "Edited the recipe card, the dough needs more water"
	tests := []postNoteCase{
		{"board rows, English", "https://bakers.example/viewtopic.php?t=4817", PageForum,
			func(_ int, p threadPost) string {
				return "Last edited by " + p.author + " on " + p.date + " 9:12 pm, edited 2 times in total."
			},
			func(i int, p threadPost, note string) string {
				return fmt.Sprintf(`<div class="post bg%d" id="p%d"><div class="postbody"><p class="author">by <a class="username" href="/memberlist.php?u=%d">%s</a> » %s</p>`+
					`<div class="content">%s</div>%s</div></div>`, i%2+1, i, i, p.author, p.date, p.body, note)
			}},
		{"message cells, German", "https://bakers.example/threads/sauerteig.4817/", PageForum,
			func(_ int, p threadPost) string { return "Zuletzt bearbeitet: 5. März 2024" },
			func(i int, p threadPost, note string) string {
				return fmt.Sprintf(`<article class="message"><div class="message-user"><a class="username" href="/members/%s.%d/">%s</a></div>`+
					`<div class="message-main"><header class="message-attribution"><time>%s</time></header><div class="message-body"><div class="bbWrapper">%s</div>%s</div>`+
					`<footer><a href="/reply">Antworten</a></footer></div></article>`, p.author, i, p.author, p.date, p.body, note)
			}},
		{"entries, French", "https://bakers.example/topic/4817-levain/", PageForum,
			func(_ int, p threadPost) string { return "Modifié le 5 mars 2024 par " + p.author },
			func(i int, p threadPost, note string) string {
				return fmt.Sprintf(`<article class="entry" id="comment-%d"><aside class="entry-author"><h3><a href="/profile/%d-%s/">%s</a></h3></aside>`+
					`<div class="entry-main"><p class="entry-meta">Publié le <time>%s</time></p><div class="rich">%s</div>%s</div></article>`, i, i, p.author, p.author, p.date, p.body, note)
			}},
		{"answers, English", "https://bakers.example/questions/4817/sourdough-will-not-rise", PageForum,
			func(_ int, p threadPost) string { return "edited Mar 5, 2024 at 21:50" },
			func(i int, p threadPost, note string) string {
				return fmt.Sprintf(`<div class="answer" id="answer-%d"><div class="answer-body"><p>%s</p>%s</div>`+
					`<div class="signature"><div class="user-details"><a href="/users/%d/%s">%s</a> <span class="date">answered %s</span></div></div></div>`,
					i, p.body, note, i, p.author, p.author, p.date)
			}},
	}
	checkPostNotes(t, tests, "notice edit", own, boilerplate.ReasonDateline)
}

// postNoteCase is a thread engine for checkPostNotes: the note (an edit
// note, a reaction line) the engine prints under post i, and the post's
// markup with that note in it.
type postNoteCase struct {
	engine, url string
	want        PageType
	note        func(i int, p threadPost) string
	post        func(i int, p threadPost, note string) string
}

// checkPostNotes renders a thread per case, with a note in an element of
// class noteClass under posts 0 and 3 only and the line own in post 2,
// and checks that the thread's posts and own stay and the notes go, for
// the reason why.
func checkPostNotes(t *testing.T, tests []postNoteCase, noteClass, own string, why boilerplate.Reason) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.engine, func(t *testing.T) {
			var notes []string
			e := threadEngine{name: tt.engine, post: func(i int, p threadPost) string {
				note := ""
				switch i {
				case 0, 3:
					n := tt.note(i, p)
					notes = append(notes, n)
					note = `<div class="` + noteClass + `">` + n + `</div>`
				case 2:
					note = `<div class="content"><p>` + own + `</p></div>`
				}
				return tt.post(i, p, note)
			}}
			res := threadResult(t, e, tt.url, tt.want)
			assertThread(t, res, threadPosts, notes)
			if !strings.Contains(res.Text, own) {
				t.Errorf("text lacks the post's own line %q", own)
			}
			// A note every post prints alike may go as a repeat first.
			judged := map[string]bool{}
			for _, b := range res.Blocks {
				for _, n := range notes {
					if b.Text == n && !judged[n] {
						judged[n] = true
						if b.Reason != why && b.Reason != boilerplate.ReasonRepeatedInPage {
							t.Errorf("note %q dropped as %q, want %q", n, b.Reason, why)
						}
					}
				}
			}
			if len(judged) == 0 {
				t.Errorf("no block holds a note of %q", notes)
			}
		})
	}
}

// TestEditNoteOutsideThread: a page without a thread keeps a line that
// dates its revision.
func TestEditNoteOutsideThread(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>How to keep a starter</title></head><body><nav><a href="/">Home</a> <a href="/guides">Guides</a></nav>` +
		`<main><article><h1>How to keep a starter</h1><p>Edited April 2024</p>` +
		`<p>A sourdough starter lives on flour and water. Feed it once a day at room temperature, or once a week when it sleeps in the fridge between bakes.</p>` +
		`<p>Before a bake, take it out the evening before and give it two feeds, so that it doubles within a few hours and smells sweet rather than sharp.</p>` +
		`<p>A layer of grey liquid on top means it is hungry. Pour it off, feed the starter and it will recover within a day or two.</p></article></main></body></html>`
	res, err := FromBytes([]byte(page), Options{URL: "https://bakers.example/guides/keep-a-starter"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, "Edited April 2024") {
		t.Errorf("read as %s, lost the revision line:\n%s", res.PageType, res.Text)
	}
}

// TestEditNoteLine: which short lines read as edit notes.
func TestEditNoteLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Last edited by fernhollow on Tue Mar 5, 2024 7:41 pm, edited 3 times in total.", true},
		{"Last edited: Apr 3, 2023", true},
		{"Last edited by fernhollow; Mar 5, 2024 at 8:02 am", true},
		{"Edited March 9, 2024 by quillbrook", true},
		{"edited Jun 30, 2019 at 6:15", true},
		{"Zuletzt geändert von backfreund am 05.03.2024, 10:15, insgesamt 1-mal geändert.", true},
		{"Dernière édition par boulange le 5 mars 2024, édité 1 fois.", true},
		{"Última edición por panadero el 5 mar 2024, editado 1 vez en total.", true},
		{"Ultima modifica di fornaio il 5 mar 2024, modificato 1 volta in totale.", true},
		{"Laatst bewerkt: 5 mrt 2024", true},
		{"Последний раз редактировалось pekar 5 мар 2024, 10:15, всего редактировалось 1 раз.", true},
		{"wrote on last edited by quillbrook", true},
		{"I have not touched the file since it was last edited by the installer, which ran without errors.", false},
		{"Edited the recipe card, the dough needs more water", false},
		{"Editorial standards", false},
		{"The last edited version is better.", false},
	}
	for _, tt := range tests {
		b := &boilerplate.Block{Kind: boilerplate.KindParagraph, Text: tt.text}
		b.Features.Words = len(strings.Fields(tt.text))
		if got := editNote(b); got != tt.want {
			t.Errorf("editNote(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
