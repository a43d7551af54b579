package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestThreadFrameAfterTitleFallBack: a thread taken for an article whose
// reading falls back to the branch around its title (the post's body in a
// box of its own, the title and the comments in the column beside it)
// loses again the frame its comments print alike: the language tag, the
// vote button's icon name, the vote count.
func TestThreadFrameAfterTitleFallBack(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Development update for the first week of May - Announcements</title></head><body>`)
	b.WriteString(`<nav class="navbar"><ul><li class="nav-item"><a href="/communities">Communities</a></li><li class="nav-item"><a href="/search">Search</a></li><li class="nav-item"><a href="/login">Login</a></li></ul></nav>`)
	b.WriteString(`<main class="mt-4"><div class="row"><article class="col-5" id="postContent"><div class="md-div"><p>Here is our regular update on what we have worked on over the past two weeks, so that readers can follow along without reading the code reviews.</p>`)
	b.WriteString(`<p>As always, thanks to everyone who donates and keeps the project going for another year of work on the servers and the apps.</p></div></article>`)
	b.WriteString(`<div class="col-7"><div class="post-title"><h1 class="h5">Development update for the first week of May</h1></div><div class="small"><a href="/u/maintainer">maintainer</a> to <a href="/c/announcements">Announcements</a></div>`)
	b.WriteString(`<div><ul class="comments">`)
	for i, c := range []string{
		"Great to see scheduled posts landing at last. I have wanted that feature for my community for a long time.",
		"The image uploads are noticeably faster on our instance since the last update, thanks for the hard work.",
		"Will the nested comment limit break old threads that already go deeper than the new maximum depth?",
		"No, old comments stay where they are. Only new replies beyond the limit are refused by the server.",
		"Thanks for the clear answer. I will tell the members of my club before we update our own server.",
	} {
		fmt.Fprintf(&b, `<li class="comment"><article class="details" id="comment-%d"><div class="ms-2"><div class="d-flex"><small class="text-muted"><a href="/u/reader%d">reader%d@example.social</a></small>`+
			`<ul class="list-inline"><li>English</li><li>arrow-up</li><li>%d·</li><li><time datetime="2024-05-0%dT10:00:00Z">1 year ago</time></li></ul></div>`+
			`<div class="comment-content"><div class="md-div"><p>%s</p></div></div><div class="comment-bottom-btns"><button>reply</button></div></div></article></li>`, 100+i, i, i, 20-3*i, i+1, c)
	}
	b.WriteString(`</ul></div></div></div></main><footer><a href="/legal">Legal</a> <a href="/instances">Instances</a></footer></body></html>`)
	res, err := FromBytes([]byte(b.String()), Options{URL: "https://social.example/post/42"})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageArticle || res.Fallback != FallbackTitle {
		t.Fatalf("page type %s, fallback %q; want an article read from its title's branch", res.PageType, res.Fallback)
	}
	for _, w := range []string{"Here is our regular update", "Great to see scheduled posts", "No, old comments stay where they are."} {
		if !strings.Contains(res.Text, w) {
			t.Errorf("text lacks %q:\n%s", w, res.Text)
		}
	}
	for _, g := range []string{"English", "arrow-up"} {
		if strings.Contains(res.Text, g) {
			t.Errorf("text holds %q:\n%s", g, res.Text)
		}
	}
}
