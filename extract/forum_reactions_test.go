package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestReactionLine: the line that counts who liked a post is told from
// a reader's own sentence that ends the same way.
func TestReactionLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"quillbrook and maplewing like this.", true},
		{"quillbrook, maplewing, fernhollow and 4 others like this.", true},
		{"1 person likes this.", true},
		{"12 members like this", true},
		{"Maplewing likes this.", true},
		{"Quillbrook liked this", true},
		{"I like this.", false},
		{"You will like this.", false},
		{"He likes this.", false},
		{"Everyone likes this", false},
		{"I really do not think the dough would like this", false},
		{"Likes this", false},
		{"Rye flour helped me too, I like this.", false},
		{"Many people like this", false},
	}
	for _, tt := range tests {
		b := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: tt.text}
		b.Features.Words = len(strings.Fields(tt.text))
		if got := reactionLine(&b); got != tt.want {
			t.Errorf("reactionLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// reactionNotes are the reaction lines of TestReactionLines under posts 0
// and 3, one per engine: each post's differs, so that the in-page repeat
// test does not drop them and only reactionLine does.
var reactionNotes = map[int][3]string{
	0: {"quillbrook, maplewing and 2 others like this.", "1 person likes this.", "Maplewing liked this"},
	3: {"fernhollow and rowanberry like this.", "Quillbrook likes this.", "Fernhollow and 3 others liked this"},
}

// TestReactionLines: the reaction line an engine prints under the posts
// its readers liked goes, in boards of posts, in message cells and in
// message articles, though only some posts print one (no frame rule sees it
// repeat). A short post that says it likes something stays.
func TestReactionLines(t *testing.T) {
	own := "Rye flour in the starter helped me too, I like this."
	tests := []postNoteCase{
		{"board rows", "https://bakers.example/showthread.php?t=4817", PageForum,
			func(i int, _ threadPost) string { return reactionNotes[i][0] },
			func(i int, p threadPost, note string) string {
				return fmt.Sprintf(`<div class="postbit" id="post%d"><div class="postdetails"><a class="username" href="/members/%d">%s</a> <span class="date">%s</span></div>`+
					`<div class="postbody"><div class="content">%s</div></div>%s</div>`, i, i, p.author, p.date, p.body, note)
			}},
		{"message cells", "https://bakers.example/forum/index.php?topic=4817.0", PageForum,
			func(i int, _ threadPost) string { return reactionNotes[i][1] },
			func(i int, p threadPost, note string) string {
				return fmt.Sprintf(`<div class="windowbg" id="msg%d"><div class="poster"><h4><a href="/profile/%d">%s</a></h4></div>`+
					`<div class="postarea"><div class="keyinfo"><a class="smalltext" href="/msg%d">%s</a></div><div class="inner">%s</div></div>%s</div>`, i, i, p.author, i, p.date, p.body, note)
			}},
		{"message articles", "https://bakers.example/threads/sourdough-will-not-rise.4817/", PageForum,
			func(i int, _ threadPost) string { return reactionNotes[i][2] },
			func(i int, p threadPost, note string) string {
				return fmt.Sprintf(`<article class="message"><div class="message-user"><a class="username" href="/members/%s.%d/">%s</a></div>`+
					`<div class="message-main"><header class="message-attribution"><time>%s</time></header><div class="message-body"><div class="bbWrapper">%s</div></div>`+
					`%s<footer><a href="/reply">Reply</a></footer></div></article>`, p.author, i, p.author, p.date, p.body, note)
			}},
	}
	checkPostNotes(t, tests, "likes", own, boilerplate.ReasonInterface)
}
