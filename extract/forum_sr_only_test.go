package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestScreenReaderTextInPosts: the labels a forum engine prints for
// screen readers only in every post of a thread ("Posted on", "Post
// #3", "Quote") are cut from the posts, as from a grid's cards.
func TestScreenReaderTextInPosts(t *testing.T) {
	engines := []struct {
		name, label string
		post        func(i int, p threadPost) string
	}{
		{"message cells, date label", "Posted on", func(i int, p threadPost) string {
			return fmt.Sprintf(`<article class="msg"><div class="msg-user"><h4><a href="/m/%s">%s</a></h4><h5>Well-known member</h5></div>`+
				`<div class="msg-main"><header><time><span class="sr-only">Posted on</span> %s</time> <a href="#post-%d">#%d</a></header><div class="msg-body"><div class="wrap">%s</div></div>`+
				`<footer><a href="/like">Like</a> <a href="/reply">Reply</a></footer></div></article>`,
				p.author, p.author, p.date, i, i+1, p.body)
		}},
		{"stream, label in the body", "Post number", func(i int, p threadPost) string {
			return fmt.Sprintf(`<div class="stream-item" id="post_%d"><div class="item-meta"><a href="/u/%s">%s</a> <time class="ago">%s</time></div>`+
				`<div class="rendered"><p><span class="visually-hidden">Post number %d:</span> %s</p></div><div class="item-actions"><button>Reply</button></div></div>`,
				i+1, p.author, p.author, p.date, i+1, p.body)
		}},
	}
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			res := threadResult(t, threadEngine{name: e.name, post: e.post}, "https://bakers.example/threads/sourdough-will-not-rise.4817/", PageForum)
			if strings.Contains(res.Text, e.label) {
				t.Errorf("kept screen-reader text %q:\n%s", e.label, res.Text)
			}
			for _, p := range threadPosts {
				if !strings.Contains(res.Text, p.body) {
					t.Errorf("lost the post %q:\n%s", p.body, res.Text)
				}
			}
		})
	}
}
