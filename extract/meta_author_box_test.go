package extract

import (
	"strings"
	"testing"
)

// longBody is an article long enough that what follows it stands past
// the header zone.
var longBody = strings.Repeat(articleBody, 15)

func TestAuthorBoxByShape(t *testing.T) {
	tests := []struct{ name, box, want string }{
		{"name, role, biography", `<div class="card"><p>Jane Doe</p><h6>Senior Reporter</h6><p>Jane is a reporter who has covered the harbour, the council and the city's budget for the Gazette since she joined the newsroom in 2015.</p></div>`,
			"Jane Doe"},
		{"German biography with the full name", `<div class="x1"><h3>Max Mustermann</h3><p>Max Mustermann schreibt seit vielen Jahren über Stadtplanung, Verkehr und die Entwicklung des Hafens in unserer Stadt und im Umland.</p></div>`,
			"Max Mustermann"},
		{"Spanish biography", `<div class="x1"><p>Lucía Pérez</p><p>Lucía es periodista especializada en urbanismo y medio ambiente, y escribe sobre el puerto y los parques de la ciudad desde hace diez años.</p></div>`,
			"Lucía Pérez"},
		{"a section heading over its paragraph", `<h2>The Harbour Park</h2><p>The park would open the old docks to walkers and cyclists, with a promenade along the water and a playground near the ferry terminal.</p>`,
			""},
		{"a name over a paragraph about something else", `<div class="x1"><p>Jane Doe</p><p>Council members will meet again next month to discuss the budget for the park and the timetable for the works along the water.</p></div>`,
			""},
		{"a name over a short line", `<div class="x1"><p>Jane Doe</p><p>Jane is a reporter.</p></div>`,
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page("", "", longBody+tt.box), Options{URL: "https://www.harbourgazette.example/2024/03/park"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}
