package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// scheduleDay is one day of a schedule split by day: the day's line and
// its rows, one cell a slice element ("<a>" marks up a linked cell).
type scheduleDay struct {
	day  string
	rows [][]string
}

// daySchedulePage is a schedule that gives each day its own table under
// the same header row, the day's line before it in dayTag (a <div>, an
// <h2>, or "caption" for the table's <caption>): the fixture lists,
// programme guides and event calendars of sports sites, broadcasters and
// venues. Cells that start with "@" are links, as teams, events and
// tickets are.
func daySchedulePage(lang, title, dayTag string, head []string, days []scheduleDay) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="%s"><head><title>%s</title></head><body>`+
		`<header><nav><a href="/">Home</a> <a href="/a">News</a> <a href="/b">Scores</a> <a href="/c">Teams</a> <a href="/d">Video</a></nav></header>`+
		`<main><h1>%s</h1><div class="schedule">`, lang, title, title)
	for d, day := range days {
		if dayTag != "caption" {
			fmt.Fprintf(&b, `<%s class="table-title">%s</%s>`, dayTag, day.day, dayTag)
		}
		b.WriteString(`<div class="table-wrap"><table class="table">`)
		if dayTag == "caption" {
			fmt.Fprintf(&b, `<caption>%s</caption>`, day.day)
		}
		b.WriteString(`<thead><tr>`)
		for _, h := range head {
			fmt.Fprintf(&b, `<th>%s</th>`, h)
		}
		b.WriteString(`</tr></thead><tbody>`)
		for r, row := range day.rows {
			b.WriteString(`<tr>`)
			for c, cell := range row {
				if t, ok := strings.CutPrefix(cell, "@"); ok {
					cell = fmt.Sprintf(`<a href="/x/%d/%d/%d">%s</a>`, d, r, c, t)
				}
				fmt.Fprintf(&b, `<td>%s</td>`, cell)
			}
			b.WriteString(`</tr>`)
		}
		b.WriteString(`</tbody></table></div>`)
	}
	b.WriteString(`</div></main><footer><p>© 2025 Example Media. All rights reserved.</p>` +
		`<a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/imprint">Imprint</a></footer></body></html>`)
	return b.String()
}

// A schedule's day lines, kick-off times and linked rows are its
// content, whatever reading the page gets; the recogniser reads each day
// and time as the page's dateline and density drops the linked rows.
func TestKeepScheduleTables(t *testing.T) {
	week := []scheduleDay{
		{"Thursday, September 4, 2025", [][]string{{"@Ashford", "@Bellmoor", "@8:20 PM", "Vista", "@Tickets as low as $245"}}},
		{"Sunday, September 7, 2025", [][]string{
			{"@Cedar Bay", "@Dunmore", "@1:00 PM", "Kestrel", "@Tickets as low as $95"},
			{"@Eastwick", "@Fairhaven", "@1:00 PM", "Kestrel", "@Tickets as low as $80"},
			{"@Glenport", "@Hollowell", "@1:00 PM", "Orbit", "@Tickets as low as $60"},
			{"@Ironbridge", "@Juniper Falls", "@1:00 PM", "Kestrel", "@Tickets as low as $45"},
			{"@Kingsmere", "@Lakeshire", "@4:05 PM", "Orbit", "@Tickets as low as $130"},
		}},
		{"Monday, September 8, 2025", [][]string{{"@Marlow", "@Northam", "@8:15 PM", "Beacon", "@Tickets as low as $150"}}},
	}
	liga := []scheduleDay{
		{"Freitag, 22. August 2025", [][]string{{"20:30", "@FC Bergheim Nord", "@SV Lindmoor", "@Sportkanal"}}},
		{"Samstag, 23. August 2025", [][]string{
			{"15:30", "@Eintracht Kornfeld", "@Werder Auental", "@Sportkanal"},
			{"15:30", "@SC Falkenried", "@FC Ahornbach", "@Sportkanal"},
			{"15:30", "@1. FC Talbach", "@VfL Wiesengrund", "@Sportkanal"},
			{"18:30", "@Borussia Mühlental", "@Hafenstädter SV", "@Sportkanal"},
		}},
		{"Sonntag, 24. August 2025", [][]string{
			{"15:30", "@1. FC Union Steinau", "@VfB Rosenhain", "@Ballwelle"},
			{"17:30", "@FC St. Ulrich", "@Borussia Erzfeld", "@Ballwelle"},
		}},
	}
	agenda := []scheduleDay{
		{"vendredi 12 septembre 2025", [][]string{
			{"20h00", "@Orchestre de la Vallée", "@Grande salle"},
			{"22h30", "@Nuit du jazz", "@Le Club"},
		}},
		{"samedi 13 septembre 2025", [][]string{{"18h00", "@Quatuor Élan", "@Salle de musique de chambre"}}},
		{"dimanche 14 septembre 2025", [][]string{
			{"11h00", "@Concert des familles", "@Grande salle"},
			{"16h00", "@Récital de piano", "@Grande salle"},
		}},
	}
	guia := []scheduleDay{
		{"Lunes 15 de septiembre", [][]string{
			{"06:00", "@Noticias 24 horas", "Informativo"}, {"08:00", "@La hora de la mañana", "Magacín"},
			{"14:00", "@Corazón", "Corazón"}, {"15:00", "@Noticiero 1", "Informativo"},
		}},
		{"Martes 16 de septiembre", [][]string{{"06:00", "@Noticias 24 horas", "Informativo"}}},
	}
	tests := []struct {
		name, page string
		want       []string
	}{
		{"league days in divs", daySchedulePage("en", "Harbor League Schedule - Week 1", "div",
			[]string{"Matchup", "", "Time", "TV", "Tickets"}, week),
			[]string{"Thursday, September 4, 2025", "Ashford", "Bellmoor", "8:20 PM", "Sunday, September 7, 2025", "Cedar Bay", "4:05 PM", "Monday, September 8, 2025", "Marlow"}},
		{"league days as headings", daySchedulePage("en", "Harbor League Schedule - Week 1", "h2",
			[]string{"Matchup", "", "Time", "TV", "Tickets"}, week),
			[]string{"Thursday, September 4, 2025", "Ashford", "8:20 PM", "Sunday, September 7, 2025", "Ironbridge", "1:00 PM"}},
		{"German fixtures, days in captions", daySchedulePage("de", "Talliga Spielplan, 1. Spieltag", "caption",
			[]string{"Anstoß", "Heim", "Gast", "TV"}, liga),
			[]string{"Freitag, 22. August 2025", "20:30", "FC Bergheim Nord", "Samstag, 23. August 2025", "Hafenstädter SV", "17:30", "FC St. Ulrich"}},
		{"French concert calendar", daySchedulePage("fr", "Agenda des concerts de septembre", "h3",
			[]string{"Heure", "Concert", "Salle"}, agenda),
			[]string{"vendredi 12 septembre 2025", "20h00", "Orchestre de la Vallée", "samedi 13 septembre 2025", "Quatuor Élan", "16h00", "Récital de piano"}},
		{"Spanish programme guide", daySchedulePage("es", "Programación de Canal Sierra esta semana", "div",
			[]string{"Hora", "Programa", "Género"}, guia),
			[]string{"Lunes 15 de septiembre", "06:00", "Noticias 24 horas", "15:00", "Noticiero 1", "Martes 16 de septiembre"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			scheduleText(t, tc.page, tc.want)
		})
	}
}

// scheduleText extracts page and checks that each of want is a whole
// line of its text and that the page's footer is not in it; it returns
// the text.
func scheduleText(t *testing.T, page string, want []string) string {
	t.Helper()
	r, err := FromBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	lines := map[string]bool{}
	for _, l := range strings.Split(r.Text, "\n") {
		lines[l] = true
	}
	for _, w := range want {
		if !lines[w] {
			t.Errorf("%q missing from the %s reading's text:\n%s", w, r.PageType, r.Text)
		}
	}
	if strings.Contains(r.Text, "All rights reserved") || strings.Contains(r.Text, "Privacy") {
		t.Errorf("the page's frame kept:\n%s", r.Text)
	}
	return r.Text
}

// What keepScheduleTables leaves as it is: a table of figures the
// recogniser reads as dates ("47.5g"), a table with no header row, one
// whose header has a single named column, one under a negative hint, a
// table of one row with no schedule beside it, and one the reading kept
// nothing of.
func TestKeepScheduleTablesLimits(t *testing.T) {
	date, link := boilerplate.ReasonDateline, boilerplate.ReasonLinkList
	cell := func(row int, tag, text string, r boilerplate.Reason) boilerplate.Block {
		b := bodyBlock(boilerplate.KindTableCell, row, text, 0, r)
		b.Tag = tag
		if r == link {
			b.Features.LinkWords = b.Features.Words
		}
		return b
	}
	fixtures := func(head ...string) []boilerplate.Block {
		var cells []boilerplate.Block
		for _, h := range head {
			cells = append(cells, cell(1, "th", h, ""))
		}
		return append(cells,
			cell(2, "td", "Sa 23.08.", date), cell(2, "td", "15:30", date), cell(2, "td", "Werder Auental", link),
			cell(3, "td", "Sa 23.08.", date), cell(3, "td", "18:30", date), cell(3, "td", "Hafenstädter SV", link))
	}
	tests := []struct {
		name  string
		cells []boilerplate.Block
		want  bool // the dropped cells taken back
	}{
		{"a schedule", fixtures("Tag", "Anstoß", "Gegner"), true},
		{"a single named column", fixtures("Spiele", "", ""), false},
		{"no header row", fixtures(), false},
		{"figures read as dates", []boilerplate.Block{
			cell(1, "th", "Typical values", ""), cell(1, "th", "Per 100g", ""),
			cell(2, "td", "Energy", ""), cell(2, "td", "2410kJ/581kcal", date),
			cell(3, "td", "Fat", ""), cell(3, "td", "47.5g", date),
			cell(4, "td", "Protein", ""), cell(4, "td", "19.8g", date),
		}, false},
		{"one row alone", []boilerplate.Block{
			cell(1, "th", "Date", ""), cell(1, "th", "Event", ""),
			cell(2, "td", "12 March 2025", date), cell(2, "td", "Open day", link),
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			keepScheduleTables(tc.cells, oneTable)
			for _, c := range tc.cells {
				if c.Reason != "" && tc.want || c.Reason == "" && !c.Kept {
					t.Errorf("%q kept %v (%s), want the dropped cells kept: %v", c.Text, c.Kept, c.Reason, tc.want)
				}
				if !tc.want && c.Kept && c.Tag == "td" && c.Reason == "" && (c.Text == "15:30" || c.Text == "47.5g" || c.Text == "Open day") {
					t.Errorf("%q taken back", c.Text)
				}
			}
		})
	}
	t.Run("under a negative hint", func(t *testing.T) {
		cells := fixtures("Tag", "Anstoß", "Gegner")
		cells[4].Features.Hints |= boilerplate.HintAside
		keepScheduleTables(cells, oneTable)
		if cells[4].Kept {
			t.Errorf("a schedule in an aside taken back")
		}
	})
	t.Run("nothing kept", func(t *testing.T) {
		cells := fixtures("Tag", "Anstoß", "Gegner")
		for i := range cells {
			cells[i].Kept, cells[i].Reason = false, boilerplate.ReasonNavigation
		}
		cells[4].Reason = date
		keepScheduleTables(cells, oneTable)
		if cells[4].Kept {
			t.Errorf("a schedule the reading kept nothing of taken back")
		}
	})
}

// oneTable says that every block stands in one table.
func oneTable(int) int32 { return 0 }

// A course's lecture table whose last column lists readings: the lists
// stand between the table's cells, and the table is still one
// schedule, its dates kept.
func TestScheduleTableWithListsInCells(t *testing.T) {
	for _, tc := range []struct {
		lang, title, heads string
		dates              []string
	}{
		{"en", "Algorithms for Data Science, Fall 2025", "<th>Date</th><th>Topic</th><th>Notes</th><th>Readings</th>",
			[]string{"Sep 8", "Sep 10", "Sep 15", "Sep 17"}},
		{"es", "Algoritmos para ciencia de datos, otoño 2025", "<th>Fecha</th><th>Tema</th><th>Apuntes</th><th>Lecturas</th>",
			[]string{"8 sep", "10 sep", "15 sep", "17 sep"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			var b strings.Builder
			fmt.Fprintf(&b, `<!doctype html><html lang="%s"><head><title>%s</title></head><body><main><h1>%s</h1>`+
				`<p>Lectures are on Mondays and Wednesdays; the notes of each lecture are posted the evening after it, with the readings that go with it.</p>`+
				`<h4>Lectures</h4><table><tr>%s</tr>`, tc.lang, tc.title, tc.title, tc.heads)
			topics := []string{"Tensors I: Jennrich's algorithm and its applications", "Tensors II: iterative methods and the power method",
				"Sum of squares I: pseudo-distributions and robust regression", "Sum of squares II: mixtures of spherical Gaussians"}
			for i, d := range tc.dates {
				fmt.Fprintf(&b, `<tr><td>%s</td><td>%s</td><td><a href="/n/%d.pdf">notes</a>, <a href="/s/%d.pdf">slides</a></td>`+
					`<td><ul><li>Book chapter on the lecture's method: <a href="/r/%d">[pdf]</a></li><li>History of the method: <a href="/b/%d">[blog post]</a></li></ul></td></tr>`,
					d, topics[i], i, i, i, i)
			}
			b.WriteString(`</table></main><footer><p>© 2025 The University. All rights reserved.</p></footer></body></html>`)
			r, err := FromBytes([]byte(b.String()), Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range tc.dates {
				if !strings.Contains(r.Text, "\n"+d+"\n") {
					t.Errorf("lecture date %q missing (%s reading):\n%s", d, r.PageType, r.Text)
				}
			}
		})
	}
}
