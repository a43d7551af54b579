package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestQuoteHeads: on a forum, the head over a quote a reply takes up
// ("quillbrook said:", "Quote from: quillbrook on March 3") stays with the
// quoted text when that text stays (a post on an earlier page of the
// thread), and goes with it when the quote copies a post the page shows.
func TestQuoteHeads(t *testing.T) {
	older := "Keep the starter in a jar with a loose lid and feed it at the same hour every day."
	tests := []struct {
		engine, url string
		quote       func(head, text string) string
		post        func(i int, p threadPost, quote string) string
	}{
		{"message articles", "https://bakers.example/threads/sourdough-will-not-rise.4817/",
			func(head, text string) string {
				return `<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">` + head +
					`</div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">` + text + `</div></div></blockquote>`
			},
			func(i int, p threadPost, quote string) string {
				return fmt.Sprintf(`<article class="message"><div class="message-user"><a class="username" href="/members/%s.%d/">%s</a></div>`+
					`<div class="message-main"><header class="message-attribution"><time>%s</time></header><div class="message-body"><div class="bbWrapper">%s%s</div></div>`+
					`<footer><a href="/reply">Reply</a></footer></div></article>`, p.author, i, p.author, p.date, quote, p.body)
			}},
		{"board rows", "https://bakers.example/viewtopic.php?t=4817",
			func(head, text string) string {
				return `<blockquote><cite>` + head + `</cite><div>` + text + `</div></blockquote>`
			},
			func(i int, p threadPost, quote string) string {
				return fmt.Sprintf(`<div class="post bg%d" id="p%d"><div class="postbody"><p class="author">by <a class="username" href="/memberlist.php?u=%d">%s</a> » %s</p>`+
					`<div class="content">%s%s</div></div></div>`, i%2+1, i, i, p.author, p.date, quote, p.body)
			}},
	}
	for _, tt := range tests {
		t.Run(tt.engine, func(t *testing.T) {
			e := threadEngine{name: tt.engine, post: func(i int, p threadPost) string {
				quote := ""
				switch i {
				case 1:
					quote = tt.quote("maplewing said:", older)
				case 3:
					quote = tt.quote("quillbrook said:", threadPosts[1].body)
				}
				return tt.post(i, p, quote)
			}}
			res := threadResult(t, e, tt.url, PageForum)
			assertThread(t, res, threadPosts, []string{"quillbrook said:"})
			if !strings.Contains(res.Text, "maplewing said:\n\n"+older) {
				t.Errorf("text lacks the quote %q under its head", older)
			}
		})
	}
}

// TestKeepQuoteHeadsBlocks: a head comes back only when it is a short
// line with no link, in a quote, over a longer quoted block that stays.
func TestKeepQuoteHeadsBlocks(t *testing.T) {
	quoteText := "Keep the starter in a jar with a loose lid and feed it at the same hour every day."
	tests := []struct {
		name      string
		head      string
		headLinks int
		quoted    bool // the head and the text stand in a quotation
		textKept  bool
		text      string
		want      bool
	}{
		{"head over a kept quote", "maplewing said:", 0, true, true, quoteText, true},
		{"linked head", "maplewing said:", 2, true, true, quoteText, false},
		{"quote dropped", "maplewing said:", 0, true, false, quoteText, false},
		{"out of a quote", "maplewing said:", 0, false, true, quoteText, false},
		{"text no longer than its head", "maplewing said:", 0, true, true, "Yes indeed.", false},
		{"no colon", "maplewing wrote this", 0, true, true, quoteText, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]boilerplate.Block, 2)
			blocks[0] = boilerplate.Block{Kind: boilerplate.KindParagraph, Text: tt.head}
			blocks[0].Features.Words = len(strings.Fields(tt.head))
			blocks[0].Features.LinkWords = tt.headLinks
			blocks[0].Drop(boilerplate.ReasonComments)
			blocks[1] = boilerplate.Block{Kind: boilerplate.KindParagraph, Text: tt.text}
			blocks[1].Features.Words = len(strings.Fields(tt.text))
			if tt.textKept {
				blocks[1].Keep()
			} else {
				blocks[1].Drop(boilerplate.ReasonRepeatedInPage)
			}
			keepQuoteHeads(blocks, []bool{tt.quoted, tt.quoted})
			if got := blocks[0].Kept; got != tt.want {
				t.Errorf("head kept = %v, want %v", got, tt.want)
			}
		})
	}
}
