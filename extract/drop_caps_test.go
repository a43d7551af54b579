package extract

import (
	"html"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// An opening paragraph whose first letter the page prints as a drop cap
// in an element of its own starts with that letter in the text; a lone
// letter that opens no paragraph (a label, a linked index letter, a
// letter before a capitalised line) is left alone.
func TestDropCapJoined(t *testing.T) {
	const opening = "uring the long dry summer the reservoir fell to a third of its size, and the town began to ration water for its gardens."
	body := `<p>` + strings.Join(articleParagraphs, "</p><p>") + `</p>`
	tests := []struct {
		name, lead, want, not string
	}{
		{"div", `<div class="dropcap">D</div><p>` + opening + `</p>`, "D" + opening, ""},
		{"paragraph", `<p class="initial">D</p><p>` + opening + `</p>`, "D" + opening, ""},
		{"span before the paragraph", `<span class="first-letter">D</span><p>` + opening + `</p>`, "D" + opening, ""},
		{"after a quotation mark", `<div class="dropcap">“D</div><p>` + opening + `</p>`, "“D" + opening, ""},
		{"accented", `<div class="dropcap">É</div><p>` + opening + `</p>`, "É" + opening, ""},
		{"linked letter", `<div><a href="/index/d">D</a></div><p>` + opening + `</p>`, opening, "D" + opening},
		{"before a capital", `<div class="dropcap">D</div><p>T` + opening[1:] + `</p>`, "T" + opening[1:], "DT"},
		{"lower-case letter", `<div class="dropcap">d</div><p>` + opening + `</p>`, opening, "d" + opening},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := synthPage(`<title>The dry summer</title>`, `<article><h1>The dry summer</h1>`+tt.lead+body+`</article>`)
			res, err := FromBytes([]byte(page), Options{URL: "https://news.example/summer", KeepMarkup: true})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Text, tt.want) {
				t.Errorf("text lacks %q:\n%q", tt.want, res.Text)
			}
			if out := res.HTML(); !strings.Contains(out, "<p>"+html.EscapeString(tt.want)) {
				t.Errorf("HTML lacks %q:\n%s", tt.want, out)
			}
			if tt.not != "" && strings.Contains(res.Text, tt.not) {
				t.Errorf("text holds %q:\n%q", tt.not, res.Text)
			}
			if strings.Contains(res.Text, "D\n") {
				t.Errorf("the letter stands alone:\n%q", res.Text)
			}
		})
	}
}

// The paragraph after the letter must be prose: a label before a short
// line ("A" over "yes, on weekdays") and a letter before a dropped block
// stay apart.
func TestDropCapNeedsKeptProse(t *testing.T) {
	tests := []struct {
		name string
		next string
		kept bool
		max  int
		want string
	}{
		{"prose", "uring the summer the reservoir fell to a third of its size.", true, DefaultMaxBlockChars, "During the summer the reservoir fell to a third of its size."},
		{"short line", "yes, on weekdays", true, DefaultMaxBlockChars, "yes, on weekdays"},
		{"dropped prose", "uring the summer the reservoir fell to a third of its size.", false, DefaultMaxBlockChars, "uring the summer the reservoir fell to a third of its size."},
		// A paragraph already cut at Limits.MaxBlockChars takes no letter.
		{"paragraph at the limit", "uring the summer the reservoir fell", true, 35, "uring the summer the reservoir fell"},
		{"paragraph under the limit", "uring the summer the reservoir fell", true, 36, "During the summer the reservoir fell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []boilerplate.Block{{Text: "D"}, {Text: tt.next, Kept: tt.kept}}
			for i := range blocks {
				boilerplate.CountText(blocks[i].Text, &blocks[i].Features)
			}
			blocks[0].Drop(boilerplate.ReasonTooShort)
			joinDropCaps(blocks, tt.max)
			if blocks[1].Text != tt.want {
				t.Errorf("got %q, want %q", blocks[1].Text, tt.want)
			}
		})
	}
}
