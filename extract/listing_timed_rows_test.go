package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// scheduleSlots are a day's programme: a time, a name and a place.
var scheduleSlots = [][3]string{
	{"09:30", "Morning yoga", "Garden lawn"}, {"10:00", "Opening parade", "Main street"},
	{"11:15", "Brass band", "Bandstand"}, {"12:00", "Lunch market", "Town square"},
	{"13:30", "Poetry reading", "Library hall"}, {"14:45", "Puppet show", "Children's tent"},
	{"16:00", "Jazz quartet", "Riverside stage"}, {"18:30", "Film screening", "Old cinema"},
	{"20:00", "Fireworks", "Harbour wall"},
}

// TestTimedRowsOnListings: a listing's rows of a time and a short name,
// linked or not, wrapped by an element or by their link alone, stay
// whole; the lines of a menu and a run of three rows do not come back.
func TestTimedRowsOnListings(t *testing.T) {
	cases := []struct {
		name, open, row, close string
		rows                   int
		kept, gone             []string
	}{
		{"rows each one link", `<ul class="guide">`, `<li><a href="/p/%[4]d"><span>%[1]s</span> <span>%[2]s</span></a></li>`, `</ul>`, 9,
			[]string{"09:30 Morning yoga", "20:00 Fireworks"}, nil},
		{"time and name in two links", `<ul class="guide">`, `<li><a href="/p/%[4]d">%[1]s</a> <a href="/p/%[4]d/about">%[2]s</a></li>`, `</ul>`, 9,
			[]string{"16:00 Jazz quartet", "20:00 Fireworks"}, nil},
		{"tiles wrapped by their link", `<div class="grid">`, `<a class="slot" href="/p/%[4]d"><div class="time">%[1]s</div><div class="title">%[2]s</div></a>`, `</div>`, 9,
			[]string{"09:30", "Morning yoga", "20:00", "Fireworks"}, nil},
		{"time, linked name, place", `<div class="programme">`, `<a class="slot" href="/p/%[4]d"><div>%[1]s</div><div>%[2]s</div></a><div>%[3]s</div>`, `</div>`, 9,
			[]string{"11:15", "Brass band", "Bandstand", "Harbour wall"}, nil},
		{"three rows are no schedule", `<div class="grid">`, `<a class="slot" href="/p/%[4]d"><div class="time">%[1]s</div><div class="title">%[2]s</div></a>`, `</div>`, 3,
			nil, []string{"09:30", "Morning yoga"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<h1>Tonight's programme</h1><p>Every show of the evening, from the first to the last, with where to find it on the festival grounds.</p>` + c.open)
			for i, s := range scheduleSlots[:c.rows] {
				fmt.Fprintf(&b, c.row, s[0], s[1], s[2], i)
			}
			b.WriteString(c.close)
			res, err := FromBytes([]byte(synthPage(`<title>Programme | Example</title>`, b.String())), Options{reading: PageListing})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.kept {
				if !keptLine(res, w) {
					t.Errorf("%q dropped:\n%s", w, res.Text)
				}
			}
			for _, w := range c.gone {
				if keptLine(res, w) {
					t.Errorf("%q kept:\n%s", w, res.Text)
				}
			}
		})
	}
}

// keptLine reports whether a kept block of res reads text.
func keptLine(res *Result, text string) bool {
	for _, b := range res.Blocks {
		if b.Kept && b.Text == text {
			return true
		}
	}
	return false
}

func TestClockOpens(t *testing.T) {
	for _, c := range []struct {
		text       string
		opens, has bool
	}{
		{"10:00", true, true}, {"7pm", true, true}, {"19h30 Concert", true, true}, {"10:00 AM Opening", true, true},
		{"9:45-10:30", true, true}, {"Sat 8 Mar, 12:00", false, true}, {"Friday 7:30pm", false, true},
		{"12.99 Garden gloves", false, false}, {"1:500 scale", false, false}, {"3 March 2025", false, false},
		{"2024 results", false, false}, {"10:00x", false, false}, {"", false, false}, {"09:30Morning yoga", true, false},
	} {
		if got := clockOpens(c.text); got != c.opens {
			t.Errorf("clockOpens(%q) = %v, want %v", c.text, got, c.opens)
		}
		if got := hasClock(c.text); got != c.has {
			t.Errorf("hasClock(%q) = %v, want %v", c.text, got, c.has)
		}
	}
}

// TestTimedRowsInArticles: a programme under a festival's introduction,
// its rows a time glued to a linked name under each day's heading, stays
// with the introduction on the article reading.
func TestTimedRowsInArticles(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<h1>Summer festival: the programme</h1><div class="intro"><p>The festival returns to the riverside for its twelfth year, with music, theatre and food from morning to night. Entry to every event on the grounds is free; the film screening needs a ticket from the box office.</p></div><div class="schedule">`)
	for d, day := range []string{"Friday 13 June", "Saturday 14 June", "Sunday 15 June"} {
		fmt.Fprintf(&b, `<h2>%s</h2><ul>`, day)
		for i, s := range scheduleSlots[d*3 : d*3+3] {
			fmt.Fprintf(&b, `<li><span class="time">%s</span><a href="/e/%d%d">%s</a></li>`, s[0], d, i, s[1])
		}
		b.WriteString(`</ul>`)
	}
	b.WriteString(`</div>`)
	res, err := FromBytes([]byte(synthPage(`<title>Festival | Example</title>`, b.String())), Options{reading: PageArticle})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"twelfth year", "Friday 13 June", "09:30 Morning yoga", "Saturday 14 June", "20:00 Fireworks"} {
		if !strings.Contains(res.Text, w) {
			t.Errorf("%q dropped:\n%s", w, res.Text)
		}
	}
}

// TestTimedRowsOnOtherReadings: a venue's programme of linked tiles stays
// whole when the page is read as a collection or a service page.
func TestTimedRowsOnOtherReadings(t *testing.T) {
	for _, r := range []PageType{PageCollection, PageService} {
		t.Run(string(r), func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<h1>This week at the hall</h1><div class="grid">`)
			for i, s := range scheduleSlots {
				fmt.Fprintf(&b, `<a class="slot" href="/p/%d"><div class="time">%s</div><div class="title">%s</div></a>`, i, s[0], s[1])
			}
			b.WriteString(`</div>`)
			res, err := FromBytes([]byte(synthPage(`<title>Programme | Example</title>`, b.String())), Options{reading: r})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range []string{"09:30", "Morning yoga", "20:00", "Fireworks"} {
				if !keptLine(res, w) {
					t.Errorf("%q dropped:\n%s", w, res.Text)
				}
			}
		})
	}
}

// TestKeepTimedRowsBounds: the rows a schedule takes back end where the
// mask (an article's container) ends and at a block under a negative
// hint, and a run of fewer than minScheduleRows heads stays dropped.
func TestKeepTimedRowsBounds(t *testing.T) {
	const rows = 6
	build := func() []boilerplate.Block {
		var blocks []boilerplate.Block
		for i := range rows {
			for _, text := range []string{fmt.Sprintf("1%d:00 Session %d", i, i), "Main hall"} {
				b := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: text}
				b.Features.Words = len(strings.Fields(text))
				b.Features.LinkWords = b.Features.Words
				b.Drop(boilerplate.ReasonLinkList)
				blocks = append(blocks, b)
			}
		}
		return blocks
	}
	tests := []struct {
		name     string
		mask     func(i int) bool // nil: no mask
		negative int              // block under a menu's hint, -1 none
		want     int              // blocks kept, from the first
	}{
		{"whole page", nil, -1, 2 * rows},
		{"mask ends after four rows", func(i int) bool { return i < 8 }, -1, 8},
		{"mask ends after three rows", func(i int) bool { return i < 6 }, -1, 0},
		{"menu after the fifth row", nil, 10, 10},
		{"menu after the second row", nil, 4, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := build()
			var mask []bool
			if tt.mask != nil {
				mask = make([]bool, len(blocks))
				for i := range mask {
					mask[i] = tt.mask(i)
				}
			}
			if tt.negative >= 0 {
				blocks[tt.negative].Features.Hints |= boilerplate.HintNav
			}
			keepTimedRows(blocks, mask)
			for i := range blocks {
				if want := i < tt.want; blocks[i].Kept != want {
					t.Errorf("block %d %q kept = %v, want %v", i, blocks[i].Text, blocks[i].Kept, want)
				}
			}
		})
	}
}
