package extract

import (
	"strings"
	"testing"
)

// The paragraphs of an article around the tables of these tests.
const (
	tableParaBefore = "The club finished the season in third place after a run of seven wins in its last nine matches, and the coach said that the young defenders had carried the team through the difficult weeks of winter."
	tableParaAfter  = "Next season the league adds two teams from the regional division, and the schedule will be announced in June once the stadiums have confirmed the dates they can offer for the opening rounds."
)

// checkTextKeeps fails t unless FromText's text of text holds cell exactly
// when kept.
func checkTextKeeps(t *testing.T, text, cell string, kept bool) {
	t.Helper()
	res, err := FromText(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Contains(res.Text, cell); got != kept {
		t.Errorf("%q kept = %v, want %v\n%s", cell, got, kept, res.Text)
	}
}

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
		{"standings between paragraphs", []string{tableParaBefore}, standings, []string{tableParaAfter}, "Old Mill United", true},
		{"table after the last paragraph", []string{tableParaBefore}, votes, filler(10), "Maria Lind", true},
		{"table under a lead-in", filler(10), append([]string{"Final standings after 34 rounds:"}, standings...), filler(10), "Harbour Town", true},
		{"ranked stories", []string{tableParaBefore}, ranked, []string{tableParaAfter}, "School board votes on the budget for next year", false},
		{"menu", []string{tableParaBefore}, menu, []string{tableParaAfter}, "Fixtures", false},
		{"sidebar table", append([]string{tableParaBefore, tableParaAfter}, filler(10)...), standings, filler(10), "Old Mill United", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := append(append(append([]string{}, tt.before...), tt.run...), tt.after...)
			checkTextKeeps(t, strings.Join(lines, "\n"), tt.cell, tt.kept)
		})
	}
}

// TestFromTextBarTables checks that a table dumped a row per line with its
// cells between bars, as a text browser prints it, is kept next to the
// article's paragraphs, while a bar-separated menu and a ranked list of
// stories in the same form stay out.
func TestFromTextBarTables(t *testing.T) {
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
			checkTextKeeps(t, tableParaBefore+"\n"+strings.Join(tt.run, "\n")+"\n"+tableParaAfter, tt.cell, tt.kept)
		})
	}
}

// TestFromTextTabTables checks that a table a browser copies a row per
// line with tabs between its cells (innerText) is kept next to the
// article's paragraphs, as a dumped table between bars is, while rows of
// menu labels between tabs stay out; and that tabRow reads the cells.
func TestFromTextTabTables(t *testing.T) {
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
			checkTextKeeps(t, tableParaBefore+"\n\n"+strings.Join(tt.run, "\n")+"\n\n"+tableParaAfter, tt.cell, tt.kept)
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
