package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// A short block kept after the article's closing furniture (related
// links, a share bar, a legal line) is dropped; one kept after links
// alone, or after too few dropped blocks, stays, as does a long one or
// one as long as a short article's fourth.
func TestDropTailIsland(t *testing.T) {
	body := func(words int) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true, Features: boilerplate.Features{Words: words}}
	}
	dropped := func(r boilerplate.Reason) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindParagraph, Reason: r, Features: boilerplate.Features{Words: 3}}
	}
	related, links, legal := dropped(boilerplate.ReasonRelated), dropped(boilerplate.ReasonLinkList), dropped(boilerplate.ReasonLegal)
	button := dropped(boilerplate.ReasonInterface)
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   bool // the last block is dropped
	}{
		{"after related links", []boilerplate.Block{body(300), related, links, links, body(20)}, true},
		{"two short blocks after a legal line", []boilerplate.Block{body(300), legal, links, links, body(10), links, body(12)}, true},
		{"after a product's buttons", []boilerplate.Block{body(300), links, button, links, body(15)}, true},
		{"after one button", []boilerplate.Block{body(300), button, body(15)}, false},
		{"after links alone", []boilerplate.Block{body(300), links, links, links, links, body(20)}, false},
		{"after a short run", []boilerplate.Block{body(300), related, links, body(20)}, false},
		{"a long island", []boilerplate.Block{body(300), related, links, links, body(30), body(30)}, false},
		{"a short article", []boilerplate.Block{body(50), related, links, links, body(20)}, false},
		{"nothing after the article", []boilerplate.Block{body(300), related, links, links}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := append([]boilerplate.Block(nil), tt.blocks...)
			dropTailIsland(blocks)
			last := blocks[len(blocks)-1]
			if got := !last.Kept && last.Reason == boilerplate.ReasonOutsideMain; got != tt.want {
				t.Errorf("last block dropped %v, want %v (%+v)", got, tt.want, last)
			}
			if !blocks[0].Kept {
				t.Error("the article's body was dropped")
			}
		})
	}
}

// End to end: a promotion printed after the article's related links and
// legal line, inside the article's element, is not the article's text.
func TestTailIslandInPage(t *testing.T) {
	const promo = "Get our best stories in your inbox every week and never miss one."
	body := `<p>` + strings.Join(articleParagraphs, "</p><p>") + `</p>`
	tail := `<h3>Related articles</h3><ul><li><a href="/a">Bridge closed for repairs until May</a></li>` +
		`<li><a href="/b">Library opens on Sundays</a></li><li><a href="/c">New bus line to the station</a></li></ul>` +
		`<p>© 2024 Example News. All rights reserved.</p><p>` + promo + `</p>`
	page := synthPage(`<title>Park to grow by two hectares</title>`, `<article><h1>Park to grow by two hectares</h1>`+body+tail+`</article>`)
	res, err := FromBytes([]byte(page), Options{URL: "https://news.example/park"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, promo) {
		t.Errorf("the promotion after the article was kept:\n%q", res.Text)
	}
	if !strings.Contains(res.Text, articleParagraphs[len(articleParagraphs)-1]) {
		t.Errorf("text lacks the article's last paragraph:\n%q", res.Text)
	}
}
