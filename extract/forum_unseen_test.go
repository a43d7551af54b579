package extract

import (
	"fmt"
	"strings"
	"testing"
)

// threadPost is one post of the synthetic threads below: who wrote it,
// when, and what.
type threadPost struct {
	author, date, body string
}

// threadPosts are the posts of a thread about a bread dough that will not
// rise, long and short: a one-line thank-you is a post too.
var threadPosts = []threadPost{
	{"fernhollow", "March 3, 2024", "My sourdough starter bubbles happily on the counter, but every loaf I bake comes out flat and dense. I feed it twice a day with equal weights of flour and water. What am I missing here?"},
	{"quillbrook", "March 3, 2024", "How warm is your kitchen? Below twenty degrees the dough needs far longer than the recipe says, often twice as long, before it is ready to shape."},
	{"fernhollow", "March 4, 2024", "About eighteen degrees at night. I never thought of that."},
	{"maplewing", "March 4, 2024", "Try the oven with only the light switched on. It keeps the dough at a steady warmth and my loaves doubled in size within five hours."},
	{"fernhollow", "March 6, 2024", "The oven light did it. The last loaf rose beautifully, thank you both!"},
}

// postFrame is what a forum prints around each post of a thread, which
// the text must not hold however the page is read.
var postFrame = []string{
	"Breadhead since 2009",                                               // a member's signature
	"Joined", "Posts:", "Messages", "Senior Member", "Well-known member", // a member's card
	"permalink", "Improve this answer", "Up vote", // a post's buttons
}

// threadFrame is what a forum prints around the thread, which the text
// of a page read as a forum must not hold.
var threadFrame = []string{
	"Breadhead since 2009",                                               // a member's signature
	"Joined", "Posts:", "Messages", "Senior Member", "Well-known member", // a member's card
	"Baking Talk",               // the breadcrumbs
	"Quick reply", "Post reply", // the reply form under the thread
	"You must log in or register to reply here.",
	"Similar threads", "Rye starter keeps separating", // other threads
	"run by volunteers", // the page's foot, in no <footer>
}

// threadEngine builds a thread page in the structure of one family of
// forum engines, in markup of its own.
type threadEngine struct {
	name string
	// post prints post i; votes is a counter the engine prints beside it.
	post func(i int, p threadPost) string
	// thread wraps the printed posts; the default puts them in a <div>.
	thread func(posts string) string
}

// threadPage prints the whole page of a thread for engine e.
func threadPage(e threadEngine) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Sourdough will not rise - Bakers' Corner</title></head><body>`)
	b.WriteString(`<div class="top-bar"><a href="/">Bakers' Corner</a> <a href="/whats-new">What's new</a> <a href="/members">Members</a> <a href="/login">Log in</a></div>`)
	b.WriteString(`<ul class="crumbs"><li><a href="/">Home</a></li><li><a href="/c/bread">Baking Talk</a></li><li><a href="/c/bread/sourdough">Sourdough</a></li></ul>`)
	b.WriteString(`<h1>Sourdough will not rise</h1>`)
	var posts strings.Builder
	for i, p := range threadPosts {
		posts.WriteString(e.post(i, p))
	}
	if e.thread != nil {
		b.WriteString(e.thread(posts.String()))
	} else {
		b.WriteString(`<div class="posts">` + posts.String() + `</div>`)
	}
	b.WriteString(`<div class="reply-box"><h3>Quick reply</h3><form action="/reply"><textarea name="message"></textarea><button>Post reply</button></form><p>You must log in or register to reply here.</p></div>`)
	b.WriteString(`<div class="more"><h3>Similar threads</h3><table><tr><td><a href="/x/101">Rye starter keeps separating</a></td><td>12 replies</td></tr><tr><td><a href="/x/102">Best flour for a first loaf</a></td><td>4 replies</td></tr><tr><td><a href="/x/103">Proofing baskets worth it?</a></td><td>9 replies</td></tr></table></div>`)
	b.WriteString(`<div class="bottom"><p>Bakers' Corner is run by volunteers. Contact us.</p></div></body></html>`)
	return b.String()
}

// signature is the signature each member prints under their posts.
const signature = "Breadhead since 2009"

// threadEngines are threads in the structures of the common forum engines,
// with class names of their own: phpBB's profile column, vBulletin's
// post table, Discourse's stream, XenForo's message cells, a Q&A site's
// votes and user cards, Reddit's comment tree and a blog's comment list.
var threadEngines = []threadEngine{
	{name: "profile column", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<div class="entry row%d"><dl class="who"><dt><a href="/m/%s">%s</a></dt><dd>Posts: %d</dd><dd>Joined: Jan 2019</dd></dl>`+
			`<div class="entry-main"><h3><a href="#p%d">Re: Sourdough will not rise</a></h3><p class="when">by %s » <time>%s</time></p><div class="text">%s</div><div class="sig">%s</div></div></div>`,
			i%2, p.author, p.author, 100+i*37, i, p.author, p.date, p.body, signature)
	}},
	{name: "post table", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<table class="tpost" id="post%d"><tr><td class="thead">%s <a href="#post%d">#%d</a></td></tr>`+
			`<tr><td class="alt2"><div><a class="bigusername" href="/u/%d">%s</a></div><div class="smallfont">Senior Member</div><div class="smallfont">Join Date: Jan 2019</div><div class="smallfont">Posts: %d</div></td>`+
			`<td class="alt1"><div id="post_message_%d">%s</div><div>__________________<br>%s</div></td></tr></table>`,
			i, p.date, i, i+1, i, p.author, 100+i*37, i, p.body, signature)
	}, thread: func(posts string) string { return `<div id="posts">` + posts + `</div>` }},
	{name: "stream", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<div class="stream-item" id="post_%d"><div class="avatar"><img src="/a/%s.png" alt=""></div><div class="item-body"><div class="item-meta"><a href="/u/%s">%s</a><time class="ago">%s</time></div>`+
			`<div class="rendered"><p>%s</p></div><div class="item-actions"><button>%d</button><button>Reply</button></div></div></div>`,
			i+1, p.author, p.author, p.author, p.date, p.body, i*3+1)
	}},
	{name: "message cells", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<article class="msg"><div class="msg-user"><h4><a href="/m/%s">%s</a></h4><h5>Well-known member</h5><dl><dt>Joined:</dt><dd>Jan 5, 2019</dd></dl><dl><dt>Messages</dt><dd>%d</dd></dl></div>`+
			`<div class="msg-main"><header><time>%s</time> <a href="#post-%d">#%d</a></header><div class="msg-body"><div class="wrap">%s</div></div><aside class="msg-sig"><div class="wrap">%s</div></aside>`+
			`<footer><a href="/like">Like</a> <a href="/reply">Reply</a></footer></div></article>`,
			p.author, p.author, 100+i*37, p.date, i, i+1, p.body, signature)
	}},
	{name: "votes and answers", post: func(i int, p threadPost) string {
		cls := "answer"
		if i == 0 {
			cls = "question"
		}
		return fmt.Sprintf(`<div class="%s"><div class="votecell"><button>Up vote</button><div class="count">%d</div><button>Down vote</button></div>`+
			`<div class="postcell"><div class="post-text"><p>%s</p></div><div class="post-menu"><a href="/q/1">Share</a> <a href="/q/1/edit">Improve this answer</a> <a href="#">Follow</a></div>`+
			`<div class="usercard"><div class="action-time">answered %s</div><a itemprop="author" href="/users/%d">%s</a><div class="rep">%d,%03d</div></div></div></div>`,
			cls, 12-i, p.body, p.date, i, p.author, i+1, 200+i)
	}, thread: func(posts string) string { return `<div id="content">` + posts + `</div>` }},
	{name: "comment tree", post: func(i int, p threadPost) string {
		if i == 0 {
			return fmt.Sprintf(`<div class="link self"><p class="tagline">submitted %s by <a href="/user/%s">%s</a></p><div class="usertext"><div class="md"><p>%s</p></div></div><ul class="buttons"><li><a href="#">12 comments</a></li><li><a href="#">share</a></li><li><a href="#">save</a></li></ul></div><div class="commentarea">`,
				p.date, p.author, p.author, p.body)
		}
		s := fmt.Sprintf(`<div class="comment"><p class="tagline"><a href="/user/%s">%s</a> <span class="score">%d points</span> <time>%s</time></p><div class="usertext"><div class="md"><p>%s</p></div></div><ul class="buttons"><li><a href="#">permalink</a></li><li><a href="#">save</a></li><li><a href="#">reply</a></li></ul><div class="child">`,
			p.author, p.author, 40-i*7, p.date, p.body)
		if i != 3 { // the fourth post answers the third
			s += `</div></div>`
		}
		if i == len(threadPosts)-1 {
			s += `</div></div></div>`
		}
		return s
	}},
	{name: "comment list", post: func(i int, p threadPost) string {
		if i == 0 {
			return fmt.Sprintf(`<div class="opening"><p class="byline">%s, %s</p><div class="opening-text"><p>%s</p></div></div><h2>4 Replies</h2><ol class="replies">`, p.author, p.date, p.body)
		}
		s := fmt.Sprintf(`<li class="reply" id="reply-%d"><div class="reply-author"><img src="/a.png" alt=""><b>%s</b> says:</div><div class="reply-meta"><a href="#reply-%d">%s at 9:%02d am</a></div><div class="reply-content"><p>%s</p></div><a class="reply-link" href="?replyto=%d">Reply</a></li>`,
			i, p.author, i, p.date, i*7, p.body, i)
		if i == len(threadPosts)-1 {
			s += `</ol>`
		}
		return s
	}},
}

// TestThreadEnginesForum: a thread from an engine winnow has not seen,
// read as a forum, keeps every post, the ones in elements named comment
// or reply too, and loses the frame around them and around the thread:
// what follows the element of the posts (the reply form, other threads,
// a foot no markup names) goes.
func TestThreadEnginesForum(t *testing.T) {
	for _, e := range threadEngines {
		t.Run(e.name, func(t *testing.T) {
			res := threadResult(t, e, "https://bakers.example/threads/sourdough-will-not-rise.4817/", PageForum)
			assertThread(t, res, threadPosts, append(postFrame, threadFrame...))
		})
	}
}

// TestThreadEnginesArticle: the same threads under a URL that does not
// say forum are read as articles, and a wrong judgement costs little:
// the posts stay and the frame of each post goes (see dropPostFrames).
// The blog's comment list is the exception: under its first post the
// replies read as an article's comments, which go.
func TestThreadEnginesArticle(t *testing.T) {
	for _, e := range threadEngines {
		t.Run(e.name, func(t *testing.T) {
			res := threadResult(t, e, "https://bakers.example/x/4817/sourdough-will-not-rise", PageArticle)
			posts := threadPosts
			if e.name == "comment list" {
				posts = posts[:1]
			}
			assertThread(t, res, posts, postFrame)
		})
	}
}

// threadResult extracts the thread of engine e under url and checks that
// it was read as want.
func threadResult(t *testing.T, e threadEngine, url string, want PageType) *Result {
	t.Helper()
	res, err := FromBytes([]byte(threadPage(e)), Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != want {
		t.Fatalf("page type %s, want %s", res.PageType, want)
	}
	return res
}

// assertThread checks that res holds every post and none of gone.
func assertThread(t *testing.T, res *Result, posts []threadPost, gone []string) {
	t.Helper()
	for _, p := range posts {
		if !strings.Contains(res.Text, p.body) {
			t.Errorf("text lacks the post %q", p.body[:30])
		}
	}
	for _, g := range gone {
		if strings.Contains(res.Text, g) {
			t.Errorf("text holds %q", g)
		}
	}
	if t.Failed() {
		t.Logf("text:\n%s", res.Text)
	}
}
