package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// qaPage prints a question-and-answer page typed with schema.org
// microdata: the question and two answers, each with the remarks
// (itemtype comment) its engine lists under it, and a side column.
// itemtype is how the page spells the types' URL ("https://schema.org/").
func qaPage(itemtype, question string, answers, remarks []string) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Why does my sourdough starter smell of acetone?</title></head><body>`)
	b.WriteString(`<nav><a href="/">Questions</a> <a href="/tags">Tags</a> <a href="/users">Users</a></nav>`)
	b.WriteString(`<main itemscope itemtype="` + itemtype + `QAPage"><h1>Why does my sourdough starter smell of acetone?</h1>`)
	post := func(kind, text string, n int) {
		b.WriteString(`<div class="post" itemscope itemtype="` + itemtype + kind + `"><div class="post-text" itemprop="text"><p>` +
			text + `</p></div><div class="comments"><ul class="comments-list">`)
		for j, r := range remarks {
			if j%2 != n%2 {
				continue
			}
			b.WriteString(`<li class="comment" itemscope itemtype="` + itemtype + `Comment"><span class="comment-copy" itemprop="text">` +
				r + `</span> – <a class="comment-user" href="/users/7">breadfan</a> <span class="date">Mar 3 at 9:12</span></li>`)
		}
		b.WriteString(`</ul></div></div>`)
	}
	post("Question", question, 0)
	b.WriteString(`<h2>2 Answers</h2>`)
	for i, a := range answers {
		post("Answer", a, i+1)
	}
	b.WriteString(`</main><aside><h3>Hot questions</h3><ul><li><a href="/q/1">How long can dough rest in the fridge?</a></li>` +
		`<li><a href="/q/2">Is rye flour better for a starter?</a></li></ul></aside></body></html>`)
	return b.String()
}

// TestQAComments: the remarks a Q&A page lists under its question and
// answers are dropped, the question and the answers kept, however the
// page spells the schema.org URL.
func TestQAComments(t *testing.T) {
	question := "I feed my starter twice a day with equal weights of flour and water, yet after a week it smells strongly of nail polish remover and barely rises. The kitchen is quite warm. What is going wrong and how do I fix it?"
	answers := []string{
		"That smell means the yeast and bacteria are hungry: they have eaten through the flour before the next feeding and are producing acetone-like compounds. In a warm kitchen, feed it more often or use a larger share of fresh flour at each feeding.",
		"Keep the starter somewhere cooler, around twenty degrees, and discard most of it before each feeding. Within a few days the sharp smell should give way to a mild, yoghurt-like sourness and it will double again.",
	}
	remarks := []string{
		"How warm is quite warm? Above twenty-eight degrees things change a lot.",
		"This worked for me, thanks for explaining the chemistry behind it.",
		"Does whole wheat flour make any difference to the smell here?",
		"A cooler shelf in the pantry fixed mine within three days.",
	}
	for _, itemtype := range []string{"https://schema.org/", "http://schema.org/"} {
		res, err := FromBytes([]byte(qaPage(itemtype, question, answers, remarks)), Options{URL: "https://answers.example/q/4711"})
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range append([]string{question}, answers...) {
			if !strings.Contains(res.Text, want[:60]) {
				t.Errorf("%s: post %.40q missing from:\n%s", itemtype, want, res.Text)
			}
		}
		for _, r := range remarks {
			if strings.Contains(res.Text, r) {
				t.Errorf("%s: comment %q kept in:\n%s", itemtype, r, res.Text)
			}
		}
	}
}

// forumReplyPage prints a forum thread whose replies are typed Comment
// inside the thread's DiscussionForumPosting, as forum engines type them.
func forumReplyPage(opening string, replies []string) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Best way to store winter tyres?</title></head><body>`)
	b.WriteString(`<nav><a href="/">Forum</a> <a href="/latest">Latest</a></nav>`)
	b.WriteString(`<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1 itemprop="headline">Best way to store winter tyres?</h1>`)
	b.WriteString(`<div class="reply"><span class="author">tyrekicker</span><div class="post" itemprop="text"><p>` + opening + `</p></div></div>`)
	for _, r := range replies {
		b.WriteString(`<div class="reply" itemprop="comment" itemscope itemtype="https://schema.org/Comment">` +
			`<span class="author">roadie</span><div class="post" itemprop="text"><p>` + r + `</p></div></div>`)
	}
	b.WriteString(`</div><footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>`)
	return b.String()
}

// TestForumRepliesTypedComment: a forum's replies typed Comment outside
// any Question or Answer are posts of the thread and stay.
func TestForumRepliesTypedComment(t *testing.T) {
	opening := "Every spring I swap to summer tyres and the winter set ends up leaning against the garage wall. Is it better to stack them flat, hang them on hooks, or keep them upright on a rack, and does it matter whether they are still on the rims?"
	replies := []string{
		"On rims, stack them flat or hang them; without rims, keep them upright and turn them every month so they do not develop a flat spot.",
		"Whatever you do, keep them out of the sun and away from the boiler. Ozone and heat age the rubber faster than the weight of the stack ever will.",
		"I bought cheap tyre bags and a wall rack, and after five winters mine still look new. Clean them before storing, as brake dust eats into the rubber.",
	}
	res, err := FromBytes([]byte(forumReplyPage(opening, replies)), Options{URL: "https://forum.example/t/winter-tyres/88"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range append([]string{opening}, replies...) {
		if !strings.Contains(res.Text, want[:60]) {
			t.Errorf("post %.40q missing from:\n%s", want, res.Text)
		}
	}
}

// TestItemKindOf reads the kind of item from an itemtype's last segment.
func TestItemKindOf(t *testing.T) {
	for _, tt := range []struct {
		itemtype string
		want     itemKind
	}{
		{"https://schema.org/Answer", itemPost}, {"http://schema.org/Question", itemPost},
		{" https://schema.org/Comment ", itemComment}, {"https://schema.org/comment", itemComment},
		{"https://schema.org/DiscussionForumPosting", itemNone}, {"Comment", itemComment},
		{"https://schema.org/", itemNone}, {"", itemNone},
	} {
		attrs := []attr{newAttr([]byte("class"), []byte("x")), newAttr([]byte("itemtype"), []byte(tt.itemtype))}
		if got := itemKindOf(attrs); got != tt.want {
			t.Errorf("itemKindOf(%q) = %d, want %d", tt.itemtype, got, tt.want)
		}
	}
}

// TestDropQAComments: on the segmented page, before any reading, the
// remarks under a question and its answers are dropped as comments and
// the posts are not; a forum's replies typed Comment are not dropped.
// (The article reading drops remarks named comment anyway; the service,
// listing and documentation readings, which Q&A pages often get, keep
// whatever their container holds.)
func TestDropQAComments(t *testing.T) {
	question := "My sourdough starter smells strongly of nail polish remover after a week of twice-daily feedings in a warm kitchen."
	answers := []string{
		"That smell means the yeast and bacteria are hungry and have eaten through the flour before the next feeding.",
		"Keep the starter somewhere cooler and discard most of it before each feeding; the smell fades within days.",
	}
	remarks := []string{
		"How warm is quite warm? Above twenty-eight degrees things change a lot.",
		"This worked for me, thanks for explaining the chemistry behind it.",
		"Does whole wheat flour make any difference to the smell here?",
	}
	s := segmentedPage(t, qaPage("https://schema.org/", question, answers, remarks))
	dropQAComments(s)
	byText := map[string]bool{}
	for _, b := range s.blocks {
		byText[b.Text] = b.Reason == boilerplate.ReasonComments
	}
	for _, p := range append([]string{question}, answers...) {
		if dropped, ok := byText[p]; !ok || dropped {
			t.Errorf("post %.40q: found %v, dropped as a comment %v", p, ok, dropped)
		}
	}
	for _, b := range s.blocks {
		for _, r := range remarks {
			if strings.HasPrefix(b.Text, r) && b.Reason != boilerplate.ReasonComments {
				t.Errorf("remark %.40q not dropped as a comment (%v)", r, b.Reason)
			}
		}
	}

	s = segmentedPage(t, forumReplyPage("Is it better to store winter tyres flat or upright?",
		[]string{"Flat on rims, upright without.", "Keep them out of the sun."}))
	dropQAComments(s)
	for _, b := range s.blocks {
		if b.Reason == boilerplate.ReasonComments {
			t.Errorf("forum reply %.40q dropped as a comment", b.Text)
		}
	}
}
