package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/text/language"
)

// TestPageLanguageReusesBuffer checks that pageLanguage reads the same
// language whatever its scratch buffer held before, and hands the buffer
// back for the next page.
func TestPageLanguageReusesBuffer(t *testing.T) {
	para := func(text string) boilerplate.Block {
		b := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: text}
		boilerplate.CountText(text, &b.Features)
		return b
	}
	pages := []struct {
		blocks []boilerplate.Block
		markup string
		want   language.Tag
	}{
		{[]boilerplate.Block{para(strings.Repeat("The council voted on Tuesday to extend the library's opening hours into the evening. ", 80))}, "", language.English},
		{[]boilerplate.Block{para("Le conseil municipal a voté mardi pour prolonger les horaires de la bibliothèque jusqu'au soir.")}, "", language.French},
		{[]boilerplate.Block{para("Der Gemeinderat hat am Dienstag beschlossen, die Öffnungszeiten der Bibliothek bis in den Abend zu verlängern.")}, "", language.German},
		{[]boilerplate.Block{para("Menu")}, "es", language.Spanish},
		{nil, "", language.Und},
	}
	buf := []byte(strings.Repeat("Ein ganz anderer Text in einer anderen Sprache. ", 200))
	for i, p := range pages {
		fresh, _ := pageLanguage(p.blocks, p.markup, nil)
		var got language.Tag
		got, buf = pageLanguage(p.blocks, p.markup, buf)
		if fresh != p.want || got != p.want {
			t.Errorf("page %d: language %v with a fresh buffer, %v with a used one, want %v", i, fresh, got, p.want)
		}
		if len(buf) != 0 || cap(buf) < 4096 {
			t.Errorf("page %d: buffer handed back with len %d cap %d", i, len(buf), cap(buf))
		}
	}
}
