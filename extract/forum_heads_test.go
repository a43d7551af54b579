package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestPostHeads: a thread read as a forum keeps the name of each post's
// author, a linked line in the element that marks who wrote the post,
// whatever the engine calls it; the rest of the post's frame still goes:
// the member's rank and card, a badge in the author's element, the
// buttons, the signature (the date line stays: see TestPostDates).
func TestPostHeads(t *testing.T) {
	tests := []struct {
		engine string
		post   func(i int, p threadPost) string
	}{
		{"message cells", func(i int, p threadPost) string {
			return fmt.Sprintf(`<article class="msg"><div class="msg-user"><h4 class="msg-name"><a class="username" href="/m/%s">%s</a></h4><h5>Well-known member</h5><dl><dt>Joined:</dt><dd>Jan 5, 2019</dd></dl><dl><dt>Messages</dt><dd>%d</dd></dl></div>`+
				`<div class="msg-main"><header><a href="#post-%d">%s at 9:%02d PM</a> <a href="#post-%d">#%d</a></header><div class="msg-body">%s</div><aside class="msg-sig">%s</aside>`+
				`<footer><a href="/like">Like</a> <a href="/quote">Quote</a> <a href="/reply">Reply</a></footer></div></article>`,
				p.author, p.author, 100+i*37, i, p.date, i*7, i, i+1, p.body, signature)
		}},
		{"author pane", func(i int, p threadPost) string {
			return fmt.Sprintf(`<article class="entry"><div class="pane"><h3 class="pane-author"><a href="/profile/%d-%s">%s</a></h3><p>Members</p><ul><li>%d posts</li><li>Joined: Jan 2019</li></ul></div>`+
				`<div class="entry-main"><p class="entry-meta">Posted <time>%s</time></p><div class="rich">%s</div><div class="sig">%s</div><ul class="tools"><li><a href="/quote">Quote</a></li><li><a href="/report">Report</a></li></ul></div></article>`,
				i, p.author, p.author, 100+i*37, p.date, p.body, signature)
		}},
		{"stream with badge", func(i int, p threadPost) string {
			badge := ""
			if p.author == threadPosts[0].author {
				badge = `<div class="author-badge">Author</div>`
			}
			return fmt.Sprintf(`<div class="item" id="post_%d"><div class="item-meta"><div class="poster-name"><a class="username" href="/u/%s">%s</a></div>%s<a class="post-date" href="#post_%d">%s</a></div>`+
				`<div class="item-text"><p>%s</p></div><div class="item-actions"><button>%d</button><button>Reply</button></div></div>`,
				i+1, p.author, p.author, badge, i+1, p.date, p.body, i*3+1)
		}},
		{"person card", func(i int, p threadPost) string {
			// The mark is a block (itemprop=author on a <div>), the name a
			// block inside it, and the member's count a linked line after
			// the name.
			return fmt.Sprintf(`<article class="card"><header class="card-head"><div class="card-user" itemprop="author" itemscope itemtype="https://schema.org/Person">`+
				`<div class="card-name"><a href="/members/%s.%d/">%s</a></div><div class="card-count"><a href="/members/%s.%d/posts">%d posts</a></div></div></header>`+
				`<div class="card-body"><a class="card-date" href="#post-%d"><time>%s</time></a><div class="card-text">%s</div></div></article>`,
				p.author, i, p.author, p.author, i, 100+i*37, i, p.date, p.body)
		}},
		{"post header", func(i int, p threadPost) string {
			// The post's head is named a header, which the page's is
			// too: the names printed once go with it unless the post
			// claims them.
			return fmt.Sprintf(`<div class="comment"><div class="comment-header"><a class="author" href="/u/%s">%s</a></div>`+
				`<div class="comment-body"><p>%s</p></div><div class="comment-footer"><span class="when">%s</span> <a href="/report">Report</a></div></div>`,
				p.author, p.author, p.body, p.date)
		}},
	}
	gone := append(postFrame, "137 posts", "Author", "Quote", "Report", "Reply", "Members")
	for _, tt := range tests {
		t.Run(tt.engine, func(t *testing.T) {
			e := threadEngine{name: tt.engine, post: tt.post}
			res := threadResult(t, e, "https://bakers.example/threads/sourdough-will-not-rise.4817/", PageForum)
			assertThread(t, res, threadPosts, gone)
			lines := strings.Split(res.Text, "\n")
			names := 0
			for _, l := range lines {
				for _, p := range threadPosts {
					if l == p.author {
						names++
						break
					}
				}
			}
			if names != len(threadPosts) {
				t.Errorf("text names %d of the %d posts' authors:\n%s", names, len(threadPosts), res.Text)
			}
		})
	}
}
