package extract

import (
	"strings"
	"testing"
)

// An article's opening paragraph stays the start of its text whatever
// shape it takes, in several languages, above or below the byline: a
// short lede after a dateline, a drop cap, a bold or italic opening, a
// question, a quotation, a lead in a box with an intro class name.
// Mercury-style readers judge an extraction by its first words.
func TestLeadShapes(t *testing.T) {
	body := `<p>` + strings.Join(articleParagraphs, "</p><p>") + `</p>`
	byline := `<p class="byline">By Jane Doe</p><p><time datetime="2024-03-05">March 5, 2024</time></p>`
	tests := []struct{ name, lead, want string }{
		{"English, dateline", `<p>WASHINGTON — The Senate passed the bill on Tuesday.</p>`, "The Senate passed the bill on Tuesday"},
		{"English, short", `<p>It was a quiet night on the river.</p>`, "It was a quiet night on the river"},
		{"English, agency in bold", `<p><strong>WASHINGTON (AP) —</strong> The Senate passed the bill on Tuesday.</p>`, "The Senate passed the bill on Tuesday"},
		{"English, question", `<p>What happens when a city runs out of parks?</p>`, "What happens when a city runs out of parks"},
		{"English, quotation", `<p>“We waited a year for this,” said one resident.</p>`, "We waited a year for this"},
		{"drop cap", `<p><span class="dropcap">T</span>he mayor spoke first at the long meeting, as she always does, and thanked the residents.</p>`, "The mayor spoke first at the long meeting"},
		{"drop-cap class", `<p class="has-drop-cap">The council voted on Tuesday to extend the park.</p>`, "The council voted on Tuesday to extend the park"},
		{"bold opening", `<p><strong>The council voted on Tuesday to extend the park, after a year of meetings.</strong></p>`, "The council voted on Tuesday to extend the park"},
		{"lead box", `<div class="article-lead">The council voted to extend the park, after a year of meetings.</div>`, "The council voted to extend the park"},
		{"intro section", `<section class="article-body__intro"><p>The council voted on Tuesday to extend the park, after a year of meetings.</p></section>`, "The council voted on Tuesday to extend the park"},
		{"teaser class", `<p class="teaser">The council voted on Tuesday to extend the park, after a year of meetings.</p>`, "The council voted on Tuesday to extend the park"},
		{"summary class", `<div class="summary"><p>The council voted on Tuesday to extend the park, after a year of meetings.</p></div>`, "The council voted on Tuesday to extend the park"},
		{"line breaks", `<div>The council voted on Tuesday to extend the park.<br><br>It was a long meeting.</div>`, "The council voted on Tuesday to extend the park"},
		{"German, dateline in bold", `<p><strong>BERLIN.</strong> Der Stadtrat hat am Dienstag beschlossen.</p>`, "Der Stadtrat hat am Dienstag beschlossen"},
		{"German, question", `<p>Wie geht es weiter mit dem Park am Fluss?</p>`, "Wie geht es weiter mit dem Park am Fluss"},
		{"French, dateline", `<p>PARIS — Le conseil municipal a voté mardi soir.</p>`, "Le conseil municipal a voté mardi soir"},
		{"Russian, short", `<p>В Москве открыли новый парк.</p>`, "В Москве открыли новый парк"},
		{"Polish, short", `<p>Rada miasta zagłosowała we wtorek.</p>`, "Rada miasta zagłosowała we wtorek"},
		{"Japanese, short", `<p>東京都は5日、新しい公園の計画を発表した。</p>`, "東京都は5日、新しい公園の計画を発表した"},
	}
	for _, tt := range tests {
		for _, above := range []bool{false, true} {
			name := tt.name + ", below the byline"
			inner := `<h1>Council extends the riverside park</h1>` + byline + tt.lead + body
			if above {
				name = tt.name + ", above the byline"
				inner = `<h1>Council extends the riverside park</h1>` + tt.lead + byline + body
			}
			t.Run(name, func(t *testing.T) {
				page := synthPage(`<title>Council extends the riverside park</title>`, `<article>`+inner+`</article>`)
				res, err := FromBytes([]byte(page), Options{URL: "https://news.example/2024/park"})
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(res.Text, tt.want) {
					t.Errorf("text lacks the lead %q:\n%.300s", tt.want, res.Text)
				}
				if i, j := strings.Index(res.Text, tt.want), strings.Index(res.Text, articleParagraphs[0]); i > j {
					t.Errorf("the lead comes after the body's first paragraph:\n%.300s", res.Text)
				}
			})
		}
	}
}
