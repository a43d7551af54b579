package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestForumTemplateLines: on a forum, the lines a template prints beside
// every post with other numbers or values in them go (who answered when, a
// member's post count, join date and location); the posts stay, even short
// ones with a number or a label printed once, and so does a post's header
// that links to its author.
func TestForumTemplateLines(t *testing.T) {
	line := func(text string, linkWords int) boilerplate.Block {
		w := len(strings.Fields(text))
		return boilerplate.Block{Text: text, Kind: boilerplate.KindParagraph, Features: boilerplate.Features{Words: w, LinkWords: linkWords}}
	}
	blocks := []boilerplate.Block{
		line("answered Mar 3, 2021 at 14:07", 0),
		line("Posts: 4032", 0),
		line("Join Date: Mar 2016", 0),
		line("My backup drive failed twice in 2023, so I bought a second one.", 0),
		line("kestrel May 2, 2024, 6:28am", 2),
		line("answered Jun 11, 2022 at 9:15", 0),
		line("Posts: 12", 0),
		line("Join Date: Oct 2009", 0),
		line("Version 2 fixed it.", 0),
		line("kestrel May 3, 2024, 7:02am", 2),
		line("Location: Leeds", 0),
		line("Update: the new cable works.", 0),
		line("Location: Osaka, Japan", 0),
	}
	keep := map[int]bool{3: true, 4: true, 8: true, 9: true, 11: true}
	keepSections(blocks, PageForum)
	for i, b := range blocks {
		if b.Kept != keep[i] {
			t.Errorf("%q kept %v (reason %q), want %v", b.Text, b.Kept, b.Reason, keep[i])
		}
	}
	// Elsewhere such lines are content: two prices, two dates of a course.
	blocks = []boilerplate.Block{line("Starts: May 4", 0), line("Starts: June 1", 0)}
	keepSections(blocks, PageCollection)
	if !blocks[0].Kept || !blocks[1].Kept {
		t.Error("a line with a number was dropped as a template on a collection page")
	}
}

func TestTemplateKeyOf(t *testing.T) {
	tests := []struct {
		text string
		want templateKey
		ok   bool
	}{
		{"answered Feb 4, 2014 at 13:12", templateKey{"answered", 3}, true},
		{"Posts: 4032", templateKey{"Posts:", 1}, true},
		{"34.2k 12 gold badges 80 silver badges", templateKey{"gold", 4}, true},
		{"Location: Peak District, England", templateKey{"Location", -1}, true},
		{"Primary OS: Linux other", templateKey{"Primary OS", -1}, true},
		{"Edit:", templateKey{}, false},
		{"See https://example.com/faq for the steps", templateKey{}, false},
		{"Well, here is what I think of it: no.", templateKey{}, false},
		{"Thanks, that worked.", templateKey{}, false},
		{"2024-05-02 14:07", templateKey{}, false},
		{"", templateKey{}, false},
	}
	for _, tt := range tests {
		b := boilerplate.Block{Text: tt.text, Features: boilerplate.Features{Words: len(strings.Fields(tt.text))}}
		got, ok := templateKeyOf(&b)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("templateKeyOf(%q) = %v, %v; want %v, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}

// TestForumCardValues: on a forum, the short items of a definition list
// go, the member's card that forum software prints beside every post (a
// label and its value, a rank printed once); a longer definition (a
// thread's summary) stays, and so do the posts.
func TestForumCardValues(t *testing.T) {
	item := func(tag, text string) boilerplate.Block {
		return boilerplate.Block{Text: text, Tag: tag, Kind: boilerplate.KindListItem, Features: boilerplate.Features{Words: len(strings.Fields(text))}}
	}
	post := boilerplate.Block{Text: "Rental car is the usual phrase; car rent sounds odd to most speakers.", Kind: boilerplate.KindParagraph, Features: boilerplate.Features{Words: 13}}
	blocks := []boilerplate.Block{
		item("dt", "Location"), item("dd", "England"), post,
		item("dt", "Location"), item("dd", "Japan"),
		item("dd", "Post Marshal"), item("dt", "Rank"), item("dd", "Senior member since the old board"),
		item("dt", "Summary"), item("dd", "Most answers agree that rental car is the phrase a native speaker would use here."),
	}
	keep := []bool{false, false, true, false, false, false, false, false, false, true}
	keepSections(blocks, PageForum)
	for i, b := range blocks {
		if b.Kept != keep[i] {
			t.Errorf("%q kept %v (reason %q), want %v", b.Text, b.Kept, b.Reason, keep[i])
		}
	}
}
