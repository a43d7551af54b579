package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestMarkTitle(t *testing.T) {
	tests := []struct {
		heading string
		titles  []string
		want    bool
	}{
		{"Council approves bridge", []string{"Council approves bridge"}, true},
		{"  council APPROVES   bridge ", []string{"Council approves bridge"}, true},
		{"Council approves new river bridge", []string{"", "Council approves new river bridge | Gazette"}, true},
		{"Council approves", []string{"Council approves | Gazette"}, false}, // too short to match by prefix
		{"Costs and timing", []string{"Council approves bridge"}, false},
	}
	for _, tt := range tests {
		blocks := []boilerplate.Block{{Kind: boilerplate.KindHeading, Text: tt.heading}}
		markTitle(blocks, tt.titles...)
		if got := blocks[0].Reason == boilerplate.ReasonTitle; got != tt.want {
			t.Errorf("markTitle(%q, %q) marked %v, want %v", tt.heading, tt.titles, got, tt.want)
		}
	}
}

func TestDropTeasersAboveTitle(t *testing.T) {
	teasers := []string{
		`Minister resigns over budget row</a> CAPITAL: The minister resigned on Monday after a row over the budget, saying the cuts went too far.`,
		`Court rules on temple access</a> CAPITAL: The court asked the state to pass a law on how the temple is run, in a ruling on Tuesday.`,
		`Schools reopen in the valley</a> CITY: All schools and colleges opened again this week, and attendance was high, officials said.`,
	}
	var ticker strings.Builder
	for _, teaser := range teasers {
		ticker.WriteString(`<li><a href="/story">` + teaser + `</li>`)
	}
	page := `<html><head><title>Deportees return home</title></head><body><div class="ticker"><ul>` + ticker.String() +
		`</ul></div><div class="post"><h2>Deportees return home</h2><p>` + textPara1 + `</p><p>` + textPara2 +
		`</p><p>` + textPara1 + ` Again.</p><p>` + textPara2 + ` Again.</p></div></body></html>`
	res, err := FromBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "CAPITAL:") || strings.Contains(res.Text, "CITY:") {
		t.Errorf("kept the teasers above the title:\n%s", res.Text)
	}
	if !strings.Contains(res.Text, textPara2) {
		t.Errorf("lost the article:\n%s", res.Text)
	}
}
