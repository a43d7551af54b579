package extract

import (
	"strings"
	"testing"
)

// cellLines prints a table a cell per line, as the text of a page renders
// a <table> whose cells are block elements: its header, then each row.
func cellLines(header []string, rows ...[]string) []string {
	out := append([]string{}, header...)
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}

// TestFromTextArticleTables checks that a table printed a cell per line
// is kept inside an article (next to its paragraphs, or opened by a
// lead-in ending with a colon), while a menu, a ranked list of stories
// numbered 1, 2, 3, and a table among short lines far from any paragraph
// stay out.
func TestFromTextArticleTables(t *testing.T) {
	para1 := "The club finished the season in third place after a run of seven wins in its last nine matches, and the coach said that the young defenders had carried the team through the difficult weeks of winter."
	para2 := "Next season the league adds two teams from the regional division, and the schedule will be announced in June once the stadiums have confirmed the dates they can offer for the opening rounds."
	standings := cellLines([]string{"Pos", "Team", "Played", "Points"},
		[]string{"1", "River City", "34", "78"},
		[]string{"2", "Harbour Town", "34", "71"},
		[]string{"3", "Old Mill United", "34", "66"},
		[]string{"4", "North Vale", "34", "59"},
		[]string{"5", "Castle Park", "34", "52"},
	)
	votes := cellLines([]string{"Candidate", "Votes", "Share"},
		[]string{"Anna Berg", "12,480", "41.2%"},
		[]string{"Maria Lind", "9,115", "30.1%"},
		[]string{"Eva Holm", "5,602", "18.5%"},
		[]string{"Sara Dahl", "3,090", "10.2%"},
	)
	ranked := []string{
		"1", "Mayor opens the new bridge over the river",
		"2", "School board votes on the budget for next year",
		"3", "Storm leaves thousands without power overnight",
		"4", "Local bakery wins a national prize for its bread",
		"5", "Police search for a missing hiker in the hills",
	}
	menu := []string{"Home", "News", "Sport", "Results", "Tables", "Fixtures", "Video", "Shop", "Contact", "About us"}
	filler := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = []string{"Login", "Search", "Newsletter", "Tickets"}[i%4]
		}
		return out
	}
	tests := []struct {
		name   string
		before []string
		run    []string
		after  []string
		cell   string // a line of the run
		kept   bool
	}{
		{"standings between paragraphs", []string{para1}, standings, []string{para2}, "Old Mill United", true},
		{"table after the last paragraph", []string{para1}, votes, filler(10), "Maria Lind", true},
		{"table under a lead-in", filler(10), append([]string{"Final standings after 34 rounds:"}, standings...), filler(10), "Harbour Town", true},
		{"ranked stories", []string{para1}, ranked, []string{para2}, "School board votes on the budget for next year", false},
		{"menu", []string{para1}, menu, []string{para2}, "Fixtures", false},
		{"sidebar table", append([]string{para1, para2}, filler(10)...), standings, filler(10), "Old Mill United", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := append(append(append([]string{}, tt.before...), tt.run...), tt.after...)
			res, err := FromText(strings.Join(lines, "\n"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, tt.cell); got != tt.kept {
				t.Errorf("%q kept = %v, want %v\n%s", tt.cell, got, tt.kept, res.Text)
			}
		})
	}
}

// TestFromTextBarTables checks that a table dumped a row per line with its
// cells between bars, as a text browser prints it, is kept next to the
// article's paragraphs, while a bar-separated menu and a ranked list of
// stories in the same form stay out.
func TestFromTextBarTables(t *testing.T) {
	para1 := "The club finished the season in third place after a run of seven wins in its last nine matches, and the coach said that the young defenders had carried the team through the difficult weeks of winter."
	para2 := "Next season the league adds two teams from the regional division, and the schedule will be announced in June once the stadiums have confirmed the dates they can offer for the opening rounds."
	tests := []struct {
		name string
		run  []string
		cell string
		kept bool
	}{
		{"standings", []string{
			"Pos | Team | Played | Points",
			"1 | River City | 34 | 78",
			"2 | Harbour Town | 34 | 71",
			"3 | Old Mill United | 34 | 66",
			"4 | North Vale | 34 | 59",
		}, "Old Mill United", true},
		{"menu", []string{
			"Home | News | Sport | Results",
			"Tables | Fixtures | Video | Shop",
			"Contact | About us | Jobs | Help",
		}, "Fixtures", false},
		{"ranked stories", []string{
			"1 | Mayor opens the new bridge | Local",
			"2 | School board votes on the budget | Education",
			"3 | Storm leaves thousands without power | Weather",
			"4 | Bakery wins a national prize | Food",
		}, "School board votes on the budget", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := para1 + "\n" + strings.Join(tt.run, "\n") + "\n" + para2
			res, err := FromText(text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, tt.cell); got != tt.kept {
				t.Errorf("%q kept = %v, want %v\n%s", tt.cell, got, tt.kept, res.Text)
			}
		})
	}
}

// TestFromTextTabTables checks that a table a browser copies a row per
// line with tabs between its cells (innerText) is kept next to the
// article's paragraphs, as a dumped table between bars is, while rows of
// menu labels between tabs stay out; and that tabRow reads the cells.
func TestFromTextTabTables(t *testing.T) {
	para1 := "The club finished the season in third place after a run of seven wins in its last nine matches, and the coach said that the young defenders had carried the team through the difficult weeks of winter."
	para2 := "Next season the league adds two teams from the regional division, and the schedule will be announced in June once the stadiums have confirmed the dates they can offer for the opening rounds."
	tests := []struct {
		name string
		run  []string
		cell string
		kept bool
	}{
		{"standings", []string{
			"Pos\tTeam\tPlayed\tPoints",
			"1\tRiver City\t34\t78",
			"2\tHarbour Town\t34\t71",
			"3\tOld Mill United\t34\t66",
			"4\tNorth Vale\t34\t59",
			"5\tCastle Park\t34\t52",
			"6\tLake Rovers\t34\t47",
			"7\tHill Athletic\t34\t41",
			"8\tBay Wanderers\t34\t33",
		}, "Old Mill United", true},
		{"menu", []string{
			"Home\tNews\tSport\tResults",
			"Tables\tFixtures\tVideo\tShop",
			"Contact\tAbout us\tJobs\tHelp",
			"Login\tSearch\tTickets\tClub",
			"History\tStadium\tSquad\tStaff",
			"Youth\tWomen\tLegends\tPress",
			"Partners\tCharity\tStore\tMembers",
			"Terms\tPrivacy\tCookies\tSitemap",
		}, "Fixtures", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := para1 + "\n\n" + strings.Join(tt.run, "\n") + "\n\n" + para2
			res, err := FromText(text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, tt.cell); got != tt.kept {
				t.Errorf("%q kept = %v, want %v\n%s", tt.cell, got, tt.kept, res.Text)
			}
		})
	}
	for _, c := range []struct {
		line, want string
		ok         bool
	}{
		{"1\tRiver City\t34", "1 | River City | 34", true},
		{"\tRiver  City \t34\t\t78", "River City | 34 | 78", true},
		{"Name\tValue", "", false},
		{"a\t\tb", "a | b", false},
	} {
		got, ok := tabRow(c.line)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("tabRow(%q) = %q, %v; want %q, %v", c.line, got, ok, c.want, c.ok)
		}
	}
}
