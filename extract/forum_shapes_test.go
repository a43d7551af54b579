package extract

import (
	"fmt"
	"testing"
)

// moreThreadEngines are threads in further shapes: an issue tracker's
// timeline with reactions and a sidebar, a mailing list's archive of a
// thread, a link aggregator's nested comments printed as a list, a post
// stream with like counters and a table of related topics, and a Q&A
// page whose answers carry comments, vote counts and reputations.
var moreThreadEngines = []threadEngine{
	{name: "issue timeline", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<div class="timeline-item"><div class="avatar-col"><img src="/a/%s.png" alt="@%s"></div><div class="timeline-comment"><div class="timeline-comment-header"><h3><strong><a class="author" href="/%s">%s</a></strong> commented <a href="#issuecomment-%d"><relative-time datetime="2024-03-0%dT10:00:00Z">%s</relative-time></a></h3><span class="label">Contributor</span></div>`+
			`<div class="comment-body markdown-body"><p>%s</p></div><div class="reactions"><button>👍 %d</button><button>🎉 1</button></div></div></div>`,
			p.author, p.author, p.author, p.author, 1000+i, i+1, p.date, p.body, i+2)
	}, thread: func(posts string) string {
		return `<div class="layout"><div class="discussion">` + posts + `</div><div class="sidebar-col"><div><h3>Assignees</h3><p>No one assigned</p></div><div><h3>Labels</h3><a href="/labels/bug">bug</a></div></div></div>`
	}},
	{name: "list archive", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<div class="email" id="msg%d"><div class="email-header"><div class="email-author"><span class="name"><a href="/u/%s">%s</a></span> <span class="addr">%s at bakers.example</span></div><div class="email-date">%s 10:%02d</div></div>`+
			`<div class="email-body"><p>%s</p></div><div class="email-info"><a href="#msg%d">Reply</a> <a href="/thread/%d">Permalink</a></div></div>`,
			i, p.author, p.author, p.author, p.date, i, p.body, i, i)
	}},
	{name: "nested list", post: func(i int, p threadPost) string {
		s := fmt.Sprintf(`<li class="comment-node"><article class="comment"><header class="comment-head"><a class="user" href="/u/%s">%s</a> <span class="pts">%d points</span> <time datetime="2024-03-0%d">%s</time></header><div class="comment-text"><p>%s</p></div><menu class="comment-actions"><li><a href="#">reply</a></li><li><a href="#">report</a></li></menu></article>`,
			p.author, p.author, 40-i*7, i+1, p.date, p.body)
		if i == 2 { // the fourth post answers the third
			return s + `<ul class="children">`
		}
		if i == 3 {
			return s + `</li></ul></li>`
		}
		return s + `</li>`
	}, thread: func(posts string) string { return `<ul class="comment-tree">` + posts + `</ul>` }},
	{name: "likes and topics", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<div class="topic-post clearfix" id="post_%d"><div class="row"><div class="topic-avatar"><a href="/u/%s"><img src="/a.png" alt=""></a></div><div class="topic-body"><div class="topic-meta-data"><div class="names"><span class="first username"><a href="/u/%s">%s</a></span></div><div class="post-infos"><a class="post-date" href="/t/42/%d"><span title="%s">%s</span></a></div></div>`+
			`<div class="regular contents"><div class="cooked"><p>%s</p></div><section class="post-menu-area"><nav class="post-controls"><div class="actions"><button class="like-count">%d Likes</button><button>Reply</button></div></nav></section></div></div></div></div>`,
			i+1, p.author, p.author, p.author, i+1, p.date, p.date, p.body, i+2)
	}, thread: func(posts string) string {
		return `<div class="post-stream">` + posts + `</div><div class="more-topics"><h3>Related topics</h3><table><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr><tr><td><a href="/t/101">Rye starter keeps separating</a></td><td>12</td><td>340</td><td>Feb 2024</td></tr><tr><td><a href="/t/102">Best flour for a first loaf</a></td><td>4</td><td>120</td><td>Jan 2024</td></tr></table></div>`
	}},
	{name: "answer comments", post: func(i int, p threadPost) string {
		cls := "answer"
		if i == 0 {
			cls = "question"
		}
		return fmt.Sprintf(`<div class="%s" id="a%d"><div class="post-layout"><div class="votecell"><div class="vote-count">%d</div></div><div class="answercell"><div class="s-prose"><p>%s</p></div>`+
			`<div class="mt24"><div class="post-signature"><div class="user-action-time">answered <span class="relativetime">%s</span></div><div class="user-details"><a href="/users/%d">%s</a><div class="-flair"><span class="reputation-score">%d</span><span class="badge2">%d</span></div></div></div></div></div>`+
			`<div class="comments"><ul class="comments-list"><li class="comment"><div class="comment-score">%d</div><div class="comment-text"><span class="comment-copy">Did you try a warmer spot for the bowl?</span> – <a class="comment-user" href="/users/9">rowan</a> <span class="comment-date">%s</span></div></li></ul><a class="js-add-link" href="#">Add a comment</a></div></div></div>`,
			cls, i, 12-i, p.body, p.date, i, p.author, 1200+i, i+3, i+1, p.date)
	}},
}

// moreFrame is what the shapes of moreThreadEngines print beside their
// posts and their thread that the text must not hold: the counters and
// reactions ("4 Likes", "👍 2", a member's reputation), a member's role,
// the comment box under an answer, the related threads.
var moreFrame = []string{"Likes", "👍", "1200", "Contributor", "Add a comment", "Related topics"}

// TestMoreThreadEnginesForum: see TestThreadEnginesForum.
func TestMoreThreadEnginesForum(t *testing.T) {
	for _, e := range moreThreadEngines {
		t.Run(e.name, func(t *testing.T) {
			res := threadResult(t, e, "https://bakers.example/threads/sourdough-will-not-rise.4817/", PageForum)
			assertThread(t, res, threadPosts, append(append(postFrame, threadFrame...), moreFrame...))
		})
	}
}

// TestMoreThreadEnginesArticle: see TestThreadEnginesArticle.
func TestMoreThreadEnginesArticle(t *testing.T) {
	for _, e := range moreThreadEngines {
		t.Run(e.name, func(t *testing.T) {
			res := threadResult(t, e, "https://bakers.example/x/4817/sourdough-will-not-rise", PageArticle)
			assertThread(t, res, threadPosts, append(postFrame, moreFrame...))
		})
	}
}
