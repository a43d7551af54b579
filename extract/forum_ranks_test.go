package extract

import (
	"fmt"
	"testing"
)

// rankedThreadEngines are threads whose engines print a member's rank,
// role and statistics in the post's head: a board's author pane with
// rank stars and counters, a discussion engine's role badges, and posts
// marked up as schema.org Comments alone, without telling class names.
var rankedThreadEngines = []threadEngine{
	{name: "author pane", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<div class="post classic" id="post_%d"><div class="post_author"><div class="author_avatar"><img src="/a.png" alt=""></div>`+
			`<div class="author_information"><strong><span class="largetext"><a href="/member.php?action=profile&amp;uid=%d">%s</a></span></strong><br><span class="smalltext">Junior Baker<br><img src="/star.png" alt="*"><img src="/star.png" alt="*"></span></div>`+
			`<div class="author_statistics"><div>Posts: %d</div><div>Threads: %d</div><div>Joined: Jan 2019</div><div>Reputation: %d</div></div></div>`+
			`<div class="post_content"><div class="post_head"><span class="post_date">%s</span></div><div class="post_body">%s</div><div class="signature">%s</div></div>`+
			`<div class="post_controls"><a href="/newreply.php?pid=%d">Quote</a> <a href="/report.php?pid=%d">Report</a></div></div>`,
			i, 300+i, p.author, 100+i*37, 3+i, 7-i, p.date, p.body, signature, i, i)
	}},
	{name: "author pane with breaks", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<div class="post" id="post_%d"><div class="post_author"><div class="author_information"><a href="/member.php?action=profile&amp;uid=%d">%s</a></div>`+
			`<div class="author_statistics">Posts: %d<br>Threads: %d<br>Joined: %s 2019<br>Reputation: %d</div></div>`+
			`<div class="post_content"><div class="post_head"><span class="post_date">%s</span></div><div class="post_body">%s</div></div></div>`,
			i, 300+i, p.author, 100+i*37, 3+i, [...]string{"Jan", "Mar", "Aug", "Oct", "Dec"}[i], 7-i, p.date, p.body)
	}},
	{name: "role badges", post: func(i int, p threadPost) string {
		role := "Member"
		if i == 1 {
			role = "Moderator"
		}
		return fmt.Sprintf(`<li class="Item ItemComment" id="Comment_%d"><div class="Comment"><div class="Item-Header CommentHeader"><div class="AuthorWrap"><span class="Author"><a class="Username" href="/profile/%s">%s</a></span>`+
			`<span class="AuthorInfo"><span class="Rank">%s</span> <span class="MItem PostCount">Posts: %d</span></span></div><div class="Meta CommentMeta"><span class="MItem DateCreated"><time datetime="2024-03-0%dT10:00:00Z">%s</time></span></div></div>`+
			`<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">%s</div></div></div><div class="Reactions"><a href="/react/%d">Insightful</a> <a href="/flag/%d">Flag</a></div></div></li>`,
			i, p.author, p.author, role, 100+i*37, i+1, p.date, p.body, i, i)
	}, thread: func(posts string) string { return `<ul class="MessageList DataList Comments">` + posts + `</ul>` }},
	{name: "schema comments", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><div><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/m/%s"><span itemprop="name">%s</span></a></span> · <span>Senior Member</span> · <meta itemprop="datePublished" content="2024-03-0%d">%s</div>`+
			`<div itemprop="text"><p>%s</p></div><div><a href="/reply/%d">Reply</a> · <span>%d upvotes</span></div></div>`,
			p.author, p.author, i+1, p.date, p.body, i, 3+i)
	}, thread: func(posts string) string {
		return `<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="Sourdough will not rise">` + posts + `</div>`
	}},
}

// rankFrame is what the shapes of rankedThreadEngines print beside their
// posts that the text must not hold: ranks, roles and counters.
var rankFrame = []string{"Junior Baker", "Threads:", "Reputation:", "Moderator", "Insightful", "upvotes", "Quote", "Report"}

// TestRankedThreadEnginesForum: see TestThreadEnginesForum.
func TestRankedThreadEnginesForum(t *testing.T) {
	for _, e := range rankedThreadEngines {
		t.Run(e.name, func(t *testing.T) {
			res := threadResult(t, e, "https://bakers.example/threads/sourdough-will-not-rise.4817/", PageForum)
			assertThread(t, res, threadPosts, append(append(postFrame, threadFrame...), rankFrame...))
		})
	}
}

// TestRankedThreadEnginesArticle: see TestThreadEnginesArticle. As
// there, the replies of a thread whose engine names every post a comment
// read, under an article's URL, as the comments of its first post.
func TestRankedThreadEnginesArticle(t *testing.T) {
	for _, e := range rankedThreadEngines {
		t.Run(e.name, func(t *testing.T) {
			res := threadResult(t, e, "https://bakers.example/x/4817/sourdough-will-not-rise", PageArticle)
			posts := threadPosts
			if e.name == "role badges" {
				posts = posts[:1]
			}
			assertThread(t, res, posts, append(postFrame, rankFrame...))
		})
	}
}
