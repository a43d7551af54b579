package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestOddOpeningPost: the opening post that an engine styles apart (its
// first class name differs from the replies') is a post of the thread
// beside them, so the frame its replies print alike goes from it too,
// whatever the reading: NodeBB's "wrote on ... last edited by" head, a
// "Reply" button line.
func TestOddOpeningPost(t *testing.T) {
	post := func(class, author, body string) string {
		return fmt.Sprintf(`<li component="post" class="%[1]s" itemprop="comment" itemscope itemtype="http://schema.org/Comment">`+
			`<div class="post-header" itemprop="author" itemscope itemtype="https://schema.org/Person"><a class="fw-bold" href="/user/%[2]s">%[2]s</a></div>`+
			`<div class="post-meta">wrote on <a href="/post/1"><span class="timeago" title="2024-11-27"></span></a> last edited by <a href="/user/%[2]s"></a></div>`+
			`<div component="post/content" class="content" itemprop="text"><p>%[3]s</p></div>`+
			`<div class="post-tools"><a href="#">Reply</a> <a href="#">Quote</a></div></li>`, class, author, body)
	}
	bodies := []string{
		"The first release candidate of the new major version is out today, with the federation work and a reworked feed.",
		"Congratulations on the release. The upgrade from the last stable version went through without a hitch on my server.",
		"Posts from the communities I follow do not show in my feed yet. Is that a known problem with this candidate?",
		"It is a known problem with the follow requests. A fix is on its way and will land in the second candidate.",
	}
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>First release candidate | Community</title></head><body>`)
	b.WriteString(`<nav><a href="/">Home</a> <a href="/recent">Recent</a> <a href="/tags">Tags</a></nav>`)
	b.WriteString(`<main><h1>First release candidate</h1><ul component="topic" class="posts timeline">`)
	b.WriteString(post("topic-owner-post", "julia", bodies[0]))
	for i, body := range bodies[1:] {
		b.WriteString(post("", []string{"gunnar", "kiri", "julia"}[i], body))
	}
	b.WriteString(`</ul></main><footer><p>Powered by a forum engine.</p></footer></body></html>`)
	for _, url := range []string{"https://community.example/topic/42/first-release-candidate", "https://blog.example/2024/11/first-release-candidate"} {
		res, err := FromBytes([]byte(b.String()), Options{URL: url})
		if err != nil {
			t.Fatal(err)
		}
		for _, body := range bodies {
			if !strings.Contains(res.Text, body) {
				t.Errorf("%s: text (page type %s) lacks the post %q:\n%s", url, res.PageType, body[:30], res.Text)
			}
		}
		if strings.Contains(res.Text, "last edited by") {
			t.Errorf("%s: text (page type %s) holds the post head:\n%s", url, res.PageType, res.Text)
		}
	}
}
