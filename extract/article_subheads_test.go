package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestKeepSubheadings: a short subheading dropped for its density comes
// back when the section under it is kept, past a badge or a photo credit,
// in several languages; one over dropped text, over kept teaser links,
// before any kept text, with a negative hint, or of digits alone stays
// dropped.
func TestKeepSubheadings(t *testing.T) {
	para := func(text string, words int) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true, Text: text, Features: boilerplate.Features{Words: words, Sentences: 1}}
	}
	head := func(text string, words int) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindHeading, Reason: boilerplate.ReasonTooShort, Text: text, Features: boilerplate.Features{Words: words}}
	}
	badge := func(text string, r boilerplate.Reason) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindParagraph, Reason: r, Text: text, Features: boilerplate.Features{Words: 2}}
	}
	intro := para("The lake was mapped in three summers by a team of divers and students.", 14)
	body := para("Lisbon rewards a slow walk: the trams are old, the hills are steep and the light is soft.", 18)
	bodyDE := para("Die Altstadt ist klein, aber die Hügel sind steil und die Straßenbahnen alt.", 14)
	bodyRU := para("Старый город невелик, но холмы крутые, а трамваи старые и медленные.", 11)
	teaser := boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true, Text: "Ten more trips for the autumn", Features: boilerplate.Features{Words: 6, LinkWords: 6}}
	dropped := body
	dropped.Kept, dropped.Reason = false, boilerplate.ReasonLowDensity
	line := func(text string, r boilerplate.Reason, words, links int) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindParagraph, Reason: r, Text: text, Features: boilerplate.Features{Words: words, LinkWords: links}}
	}
	event := line("Cloud Summit: March 3, 2026 | Austin, TX", boilerplate.ReasonDateline, 8, 2)
	credit := line("Harbour House | Jo Lane Photography", boilerplate.ReasonLinkList, 5, 4)
	buttons := line("See Plans\nLinks to ExampleVPN", boilerplate.ReasonTooShort, 5, 0)
	cta := line("Read the full case study", boilerplate.ReasonLinkList, 5, 5)
	lead := line("Find answers to the questions you have", boilerplate.ReasonLowDensity, 7, 0)
	long := line("A line of ten words that says more than any label", boilerplate.ReasonTooShort, 10, 0)
	hinted := head("Pros", 1)
	hinted.Features.Hints = boilerplate.HintAside
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   bool // the heading (blocks[1]) kept
	}{
		{"english", []boilerplate.Block{intro, head("#3: Lisbon", 2), body}, true},
		{"past a badge", []boilerplate.Block{intro, head("Pros", 1), badge("Best Overall", boilerplate.ReasonTooShort), body}, true},
		{"past a credit and an ad label", []boilerplate.Block{intro, head("Олеся Куприн", 2), badge("Фото:", boilerplate.ReasonCredit), badge("Advertisement", boilerplate.ReasonAdvertisement), bodyRU}, true},
		{"german", []boilerplate.Block{intro, head("Herbst in Lissabon", 3), bodyDE}, true},
		{"past an event's date and place", []boilerplate.Block{intro, head("March", 1), event, body}, true},
		{"past a badge and a date line", []boilerplate.Block{intro, head("Q1: Top events", 3), head("March", 1), event, body}, true},
		{"past a linked photo credit", []boilerplate.Block{intro, head("Wedding-Day Advice", 2), credit, body}, true},
		{"past a button row", []boilerplate.Block{intro, head("ExampleVPN – Fast and Cheap", 5), buttons, body}, true},
		{"past a whole-link call to action", []boilerplate.Block{intro, head("Case study", 2), cta, body}, false},
		{"past a line of its own text", []boilerplate.Block{intro, head("Support", 1), lead, body}, false},
		{"past a line too long for a label", []boilerplate.Block{intro, head("Support", 1), long, body}, false},
		{"three badges", []boilerplate.Block{intro, head("Pros", 1), badge("A", boilerplate.ReasonTooShort), badge("B", boilerplate.ReasonTooShort), badge("C", boilerplate.ReasonTooShort), body}, false},
		{"section dropped", []boilerplate.Block{intro, head("Where to stay", 3), dropped}, false},
		{"over teaser links", []boilerplate.Block{intro, head("Neueste Artikel", 2), teaser}, false},
		{"before any kept text", []boilerplate.Block{head("Menu", 1), head("Where to stay", 3), body}, false},
		{"negative hint", []boilerplate.Block{intro, hinted, body}, false},
		{"digits only", []boilerplate.Block{intro, head("3", 1), body}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := append([]boilerplate.Block(nil), tt.blocks...)
			keepSubheadings(blocks)
			if got := blocks[1].Kept; got != tt.want {
				t.Errorf("heading %q kept = %v, want %v", blocks[1].Text, got, tt.want)
			}
		})
	}
}
