package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// programmePage is a festival's or a venue's page: an h1, an introduction
// of one paragraph, and a programme without column headers, one row a
// slice of cells ("@" marks a linked cell), laid out as a <table>, as
// rows of <div>s, or as one line of <span>s a row in <div>s or <li>s
// (layout "table", "div", "lines" or "list"). head, when set, is a
// header row of <th> cells of the table.
func programmePage(lang, title, intro, layout string, head []string, rows [][]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="%s"><head><title>%s - Riverside Arts</title></head><body>`+
		`<header><nav><ul><li><a href="/">Home</a></li><li><a href="/events">Events</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>`+
		`<main><h1>%s</h1><p>%s</p>`, lang, title, title, intro)
	rowTag, cellTag := "tr", "td"
	switch layout {
	case "lines", "list":
		// one line a row: spans in a <div> or an <li>
		outer, line := "div", "div"
		if layout == "list" {
			outer, line = "ul", "li"
		}
		fmt.Fprintf(&b, `<%s class="programme">`, outer)
		for r, row := range rows {
			fmt.Fprintf(&b, `<%s class="slot">`, line)
			for c, cell := range row {
				if c > 0 {
					b.WriteString(" ")
				}
				if t, ok := strings.CutPrefix(cell, "@"); ok {
					cell = fmt.Sprintf(`<a href="/e/%d/%d">%s</a>`, r, c, t)
				}
				fmt.Fprintf(&b, `<span>%s</span>`, cell)
			}
			fmt.Fprintf(&b, `</%s>`, line)
		}
		fmt.Fprintf(&b, `</%s></main><footer><p>Copyright 2025 Riverside Arts Council. All rights reserved.</p>`+
			`<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer></body></html>`, outer)
		return b.String()
	case "div":
		rowTag, cellTag = "div", "div"
		b.WriteString(`<div class="programme">`)
	default:
		b.WriteString(`<table>`)
		if head != nil {
			b.WriteString(`<tr>`)
			for _, h := range head {
				fmt.Fprintf(&b, `<th>%s</th>`, h)
			}
			b.WriteString(`</tr>`)
		}
	}
	for r, row := range rows {
		fmt.Fprintf(&b, `<%s class="slot">`, rowTag)
		for c, cell := range row {
			if t, ok := strings.CutPrefix(cell, "@"); ok {
				cell = fmt.Sprintf(`<a href="/e/%d/%d">%s</a>`, r, c, t)
			}
			fmt.Fprintf(&b, `<%s>%s</%s>`, cellTag, cell, cellTag)
		}
		fmt.Fprintf(&b, `</%s>`, rowTag)
	}
	if layout == "div" {
		b.WriteString(`</div>`)
	} else {
		b.WriteString(`</table>`)
	}
	b.WriteString(`</main><footer><p>Copyright 2025 Riverside Arts Council. All rights reserved.</p>` +
		`<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer></body></html>`)
	return b.String()
}

// TestKeepScheduleRows: a programme without column headers beside a
// one-paragraph introduction is the page's content with it: the recogniser
// drops each time as a dateline and density the linked names and short
// places.
func TestKeepScheduleRows(t *testing.T) {
	intro := "Join us for three days of music, theatre and workshops along the river. All performances are free and open to the public, " +
		"and seating is first come, first served. Bring a blanket, a picnic and your friends, and check back here often because " +
		"times can change when the weather turns against us during the week."
	festival := [][]string{
		{"10:00 AM", "@Opening Parade", "Main Street"}, {"11:30 AM", "@Jazz Trio", "River Stage"},
		{"1:00 PM", "@Puppet Show", "Park Pavilion"}, {"2:30 PM", "@Poetry Reading", "Library Hall"},
		{"4:00 PM", "@Folk Dance Workshop", "Town Square"}, {"7:00 PM", "@Evening Concert", "River Stage"},
	}
	einleitung := "Drei Tage lang zeigen Chöre, Orchester und Solisten aus der ganzen Region, was sie in diesem Jahr geprobt haben. " +
		"Der Eintritt zu allen Konzerten ist frei, und die Plätze werden nach der Reihenfolge des Eintreffens vergeben. " +
		"Bitte beachten Sie, dass sich Zeiten kurzfristig ändern können."
	konzerte := [][]string{
		{"@Kammerchor der Stadt", "Freitag", "19:30", "Stadtkirche"},
		{"@Jugendorchester", "Samstag", "11:00", "Rathaussaal"},
		{"@Bläserquintett", "Samstag", "15:00", "Rathaussaal"},
		{"@Liederabend", "Samstag", "20:00", "Stadtkirche"},
		{"@Abschlusskonzert", "Sonntag", "17:00", "Stadthalle"},
	}
	tests := []struct {
		name, page string
		want       []string
	}{
		{"a table", programmePage("en", "Summer Festival Schedule", intro, "table", nil, festival),
			[]string{"10:00 AM", "Opening Parade", "Main Street", "4:00 PM", "Folk Dance Workshop", "7:00 PM", "River Stage"}},
		{"rows of divs", programmePage("en", "Summer Festival Schedule", intro, "div", nil, festival),
			[]string{"10:00 AM", "Opening Parade", "1:00 PM", "Park Pavilion", "Evening Concert"}},
		{"a header row", programmePage("en", "Summer Festival Schedule", intro, "table", []string{"Time", "Event", "Place"}, festival),
			[]string{"11:30 AM", "Jazz Trio", "Poetry Reading", "Library Hall"}},
		{"lines of spans", programmePage("en", "Summer Festival Schedule", intro, "lines", nil, festival),
			[]string{"10:00 AM Opening Parade Main Street", "4:00 PM Folk Dance Workshop Town Square", "7:00 PM Evening Concert River Stage"}},
		{"a list", programmePage("fr", "Programme du festival", "Trois jours de musique, de théâtre et d'ateliers au bord de la rivière. "+
			"Tous les spectacles sont gratuits et ouverts à tous, et les places sont attribuées dans l'ordre d'arrivée. "+
			"Apportez une couverture et un pique-nique, et revenez souvent sur cette page car les horaires peuvent changer.", "list", nil,
			[][]string{{"10h00", "@Défilé d'ouverture", "Grand-Rue"}, {"11h30", "@Trio de jazz", "Scène du quai"},
				{"14h00", "@Marionnettes", "Kiosque du parc"}, {"16h00", "@Bal folk", "Place de la mairie"}, {"21h00", "@Concert du soir", "Scène du quai"}}),
			[]string{"10h00 Défilé d'ouverture Grand-Rue", "14h00 Marionnettes Kiosque du parc", "21h00 Concert du soir Scène du quai"}},
		{"the day in the second column", programmePage("de", "Chorfestival 2025", einleitung, "table", nil, konzerte),
			[]string{"Kammerchor der Stadt", "Freitag", "19:30", "Bläserquintett", "Abschlusskonzert", "Stadthalle"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := scheduleText(t, tc.page, tc.want)
			if !strings.Contains(text, "first come") && !strings.Contains(text, "Eintritt") && !strings.Contains(text, "gratuits") {
				t.Errorf("the introduction lost:\n%s", text)
			}
		})
	}
}

// TestKeepScheduleRowsLimits: what keepScheduleRows leaves as it is: three
// rows, rows of different widths, times in different columns, figures the
// recogniser reads as dates, a row under a negative hint, rows away from
// the kept text, and rows outside the main container.
func TestKeepScheduleRowsLimits(t *testing.T) {
	date, link, short := boilerplate.ReasonDateline, boilerplate.ReasonLinkList, boilerplate.ReasonTooShort
	intro := bodyBlock(boilerplate.KindParagraph, 1, "Our weekly programme of talks and walks, free to members and their guests.", 0, "")
	row := func(id int, cells ...string) []boilerplate.Block {
		var out []boilerplate.Block
		for _, c := range cells {
			r := link
			switch {
			case strings.ContainsAny(c, ":") || strings.HasSuffix(c, "g"):
				r = date
			case strings.HasPrefix(c, "_"):
				c, r = c[1:], short
			}
			b := bodyBlock(boilerplate.KindTableCell, id, c, 0, r)
			b.Tag = "td"
			out = append(out, b)
		}
		return out
	}
	rows := func(first []boilerplate.Block, more ...[]boilerplate.Block) []boilerplate.Block {
		out := append([]boilerplate.Block{intro}, first...)
		for _, m := range more {
			out = append(out, m...)
		}
		return out
	}
	four := func() []boilerplate.Block {
		return rows(row(2, "9:00", "Bird walk", "_Lake"), row(3, "10:30", "Talk on moths", "_Hall"),
			row(4, "14:00", "Pond dipping", "_Lake"), row(5, "16:15", "Bat survey", "_Woods"))
	}
	negative := four()
	negative[5].Features.Hints |= boilerplate.HintAside
	away := four()
	away[0].Drop(short)
	outside := four()
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		mask   int // blocks from this one on are outside the main container; 0: none
		want   bool
	}{
		{"four rows", four(), 0, true},
		{"three rows", rows(row(2, "9:00", "Bird walk", "_Lake"), row(3, "10:30", "Talk on moths", "_Hall"),
			row(4, "14:00", "Pond dipping", "_Lake")), 0, false},
		{"rows of different widths", rows(row(2, "9:00", "Bird walk", "_Lake"), row(3, "10:30", "Talk on moths"),
			row(4, "14:00", "Pond dipping", "_Lake"), row(5, "16:15", "Bat survey", "_Woods")), 0, false},
		{"times in different columns", rows(row(2, "9:00", "Bird walk", "_Lake"), row(3, "Talk on moths", "10:30", "_Hall"),
			row(4, "14:00", "Pond dipping", "_Lake"), row(5, "16:15", "Bat survey", "_Woods")), 0, false},
		{"figures, not times", rows(row(2, "Fat", "47.5g"), row(3, "Sugar", "3.1g"), row(4, "Salt", "0.4g"),
			row(5, "Fibre", "2.2g")), 0, false},
		{"a row under a negative hint", negative, 0, false},
		{"away from the kept text", away, 0, false},
		{"outside the main container", outside, 4, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mask := make([]bool, len(tc.blocks))
			for i := range mask {
				mask[i] = tc.mask == 0 || i < tc.mask
			}
			keepScheduleRows(tc.blocks, mask)
			for i := 1; i < len(tc.blocks); i++ {
				if b := tc.blocks[i]; b.Kept != tc.want {
					t.Errorf("block %d %q kept = %v, want %v", i, b.Text, b.Kept, tc.want)
				}
			}
		})
	}
}

// TestOpensWithClock: a line opens with a clock time when its first word is
// an hour with its minutes or "am"/"pm" and more words follow; a date, a
// distance, a price or a bare time does not.
func TestOpensWithClock(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"10:00 AM Opening Parade Main Street", true},
		{"7:30pm Quiz night at the Crown", true},
		{"7pm Quiz night", true},
		{"19h30 Concert du soir", true},
		{"9:05 Morning news", true},
		{"10:00 AM", false},
		{"19:30", false},
		{"3.50 mi Riverside loop", false},
		{"12.99 Garden gloves", false},
		{"2025-09-07 Release notes", false},
		{"March 3 Release notes", false},
		{"1:500 scale model", false},
		{"100 ways to cook rice", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := opensWithClock(tc.text); got != tc.want {
			t.Errorf("opensWithClock(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTimedLinesLimits: lines that open with a time are a programme only
// four or more in a row, in one container, beside the kept text.
func TestTimedLinesLimits(t *testing.T) {
	intro := bodyBlock(boilerplate.KindParagraph, 1, "Our weekly programme of talks and walks, free to members and their guests.", 0, "")
	line := func(c int, text string) boilerplate.Block {
		return bodyBlock(boilerplate.KindListItem, c, text, 0, boilerplate.ReasonTooShort)
	}
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   bool
	}{
		{"four lines", []boilerplate.Block{intro, line(2, "9:00 Bird walk"), line(2, "10:30 Talk on moths"),
			line(2, "14:00 Pond dipping"), line(2, "16:15 Bat survey")}, true},
		{"three lines", []boilerplate.Block{intro, line(2, "9:00 Bird walk"), line(2, "10:30 Talk on moths"),
			line(2, "14:00 Pond dipping")}, false},
		{"two lists", []boilerplate.Block{intro, line(2, "9:00 Bird walk"), line(2, "10:30 Talk on moths"),
			line(3, "14:00 Pond dipping"), line(3, "16:15 Bat survey")}, false},
		{"a line without a time", []boilerplate.Block{intro, line(2, "9:00 Bird walk"), line(2, "Talk on moths"),
			line(2, "14:00 Pond dipping"), line(2, "16:15 Bat survey")}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mask := make([]bool, len(tc.blocks))
			for i := range mask {
				mask[i] = true
			}
			keepScheduleRows(tc.blocks, mask)
			for i := 1; i < len(tc.blocks); i++ {
				if b := tc.blocks[i]; b.Kept != tc.want {
					t.Errorf("block %d %q kept = %v, want %v", i, b.Text, b.Kept, tc.want)
				}
			}
		})
	}
}
