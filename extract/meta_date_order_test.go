package extract

import (
	"strings"
	"testing"
	"time"
)

func TestSlashOrderFromPage(t *testing.T) {
	tests := []struct {
		name, lang, header, elsewhere, want string
	}{
		{"English, no region: a month-first date elsewhere decides", "en", `<p class="date">3/4/2025</p>`,
			`<table><tr><td>Last inspection</td><td>12/25/2024</td></tr></table>`, "2025-03-04"},
		{"American page writing day first", "en-US", `<p class="date">3/4/2025</p>`,
			`<table><tr><td>Last inspection</td><td>25/12/2024</td></tr></table>`, "2025-04-03"},
		{"Spanish page writing month first", "es", `<p class="fecha">3/4/2025</p>`,
			`<p>Última revisión: 12/25/2024</p>`, "2025-03-04"},
		{"German page, day first as its language says", "de", `<p class="datum">3/4/2025</p>`,
			`<p>Letzte Prüfung: 25/12/2024</p>`, "2025-04-03"},
		{"a tie leaves the language to decide", "en-US", `<p class="date">3/4/2025</p>`,
			`<p>Inspections on 25/12/2024 and 12/26/2024 at the harbour office</p>`, "2025-03-04"},
		{"dates either order reads decide nothing", "en", `<p class="date">3/4/2025</p>`,
			`<p>Inspections on 5/6/2024 and 7/8/2024 at the harbour office</p>`, "2025-04-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := strings.Replace(string(page("", tt.header, articleBody+tt.elsewhere)), "<html>", `<html lang="`+tt.lang+`">`, 1)
			res, err := FromBytes([]byte(raw), Options{URL: "https://gazette.example/news/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Date.Format(time.DateOnly); got != tt.want {
				t.Errorf("Date = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestSlashVote(t *testing.T) {
	tests := []struct {
		text string
		vote int
		ok   bool
	}{
		{"on 12/25/2024.", 1, true},
		{"on 25/12/2024.", -1, true},
		{"on 3/4/2025", 0, true},
		{"2024/12/25", 0, false},  // year first
		{"123/4/2025", 0, false},  // three digits
		{"12/25/24", 0, false},    // two-digit year
		{"12/25/20245", 0, false}, // five digits
		{"1/2", 0, false},
		{"40/12/2024", 0, false},
	}
	for _, tt := range tests {
		vote, ok := slashVote(tt.text, strings.IndexByte(tt.text, '/'))
		if vote != tt.vote || ok != tt.ok {
			t.Errorf("slashVote(%q) = %d, %v; want %d, %v", tt.text, vote, ok, tt.vote, tt.ok)
		}
	}
}
