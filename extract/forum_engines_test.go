package extract

import (
	"fmt"
	"strings"
	"testing"
)

// forumPosts are the posts of the synthetic threads below.
var forumPosts = []string{
	"My laser printer started to jam on every second page after I moved it to the garage workshop last winter.",
	"Cold and damp paper curls in the tray. Keep a ream indoors for a day before you print and see whether the jams stop.",
	"That was it. A sealed box of paper in the office fixed the jams, and the printer has not complained since then.",
}

// forumSignature is the signature a member prints under every post.
const forumSignature = "Printers are my hobby, not my job"

// TestForumEngines: a thread in the markup of each widely used forum
// engine keeps its posts and loses the frame the engine prints around
// them: signatures, however the engine names them, the names repeated
// for microdata in hidden elements, the permissions box and the boxes
// over the replies.
func TestForumEngines(t *testing.T) {
	tests := []struct {
		engine, url string
		post        func(i int, author, body string) string
		extra       string   // printed after the posts
		gone        []string // chrome the text must not hold
	}{
		{"phpBB", "https://forum.example/viewtopic.php?t=42", func(i int, a, b string) string {
			return fmt.Sprintf(`<div class="post bg%d"><div class="postbody"><p class="author">by <a class="username">%s</a> » Mon Jan %d, 2024</p><div class="content">%s</div><div class="signature">%s</div></div></div>`, i%2+1, a, i+1, b, forumSignature)
		}, "", []string{forumSignature}},
		{"vBulletin", "https://forum.example/showthread.php?t=42", func(i int, a, b string) string {
			return fmt.Sprintf(`<li class="postbitlegacy"><div class="userinfo"><a class="username">%s</a></div><div class="postbody"><blockquote class="postcontent">%s</blockquote><div class="signaturecontainer">%s</div></div></li>`, a, b, forumSignature)
		}, `<div class="smallfont"><h2>Posting Rules</h2><div>You may not post new threads</div><div>You may not post replies</div><div>You may not post attachments</div><div>You may not edit your posts</div></div>`,
			[]string{forumSignature, "You may not post"}},
		{"XenForo", "https://forum.example/threads/printer-jams.42/", func(i int, a, b string) string {
			return fmt.Sprintf(`<article class="message message--post"><div class="message-user"><h4 class="message-name">%s</h4></div><div class="message-main"><div class="bbWrapper">%s</div><aside class="message-signature"><div class="bbWrapper">%s</div></aside></div></article>`, a, b, forumSignature)
		}, "", []string{forumSignature}},
		{"Invision", "https://forum.example/forums/topic/42-printer-jams/", func(i int, a, b string) string {
			return fmt.Sprintf(`<article class="ipsComment"><aside class="ipsComment_author"><h3 class="ipsType_sectionHead">%s</h3></aside><div data-role="commentContent" class="ipsType_richText"><p>%s</p></div><div data-role="memberSignature" class="ipsBorder_top"><div class="ipsType_normal">%s</div></div></article>`, a, b, forumSignature)
		}, "", []string{forumSignature}},
		{"NodeBB", "https://forum.example/community/topic/42/printer-jams", func(i int, a, b string) string {
			return fmt.Sprintf(`<li component="post" class="pt-4"><div component="post/header"><a class="fw-bold" href="/user/%s">%s</a></div><div component="post/content" class="content"><p dir="auto">%s</p></div><div component="post/signature" class="text-xs text-muted mt-2"><p dir="auto">%s</p></div></li>`, a, a, b, forumSignature)
		}, "", []string{forumSignature}},
		{"Discourse", "https://forum.example/t/printer-jams-on-every-second-page/42", func(i int, a, b string) string {
			return fmt.Sprintf(`<div class="topic-post"><article class="boxed onscreen-post"><div class="topic-meta-data"><span class="username"><a href="/u/%s">%s</a></span><span class="relative-date">Jan %d</span></div><div class="cooked"><p>%s</p></div></article></div>`, a, a, i+1, b)
		}, `<h3>Suggested Topics</h3>`, []string{"Suggested Topics"}},
		{"Q&A", "https://qa.example/questions/42/why-does-my-printer-jam", func(i int, a, b string) string {
			return fmt.Sprintf(`<div class="answer"><div class="s-prose js-post-body" itemprop="text"><p>%s</p></div><div class="post-signature"><div class="user-details" itemprop="author"><a href="/users/%d">%s</a></div></div><ul class="comments-list"><li class="comment"><span class="comment-copy">Thanks, this helped me with the same problem on an inkjet.</span><div class="d-none" itemprop="name">zephyrine</div> <a class="comment-user" href="/users/9">quill</a></li></ul></div>`, b, i, a)
		}, `<h3>Post as a guest</h3><p>Explore related questions</p>`, []string{"zephyrine", "Post as a guest", "Explore related questions"}},
	}
	authors := []string{"kestrel", "marlowe", "kestrel"}
	for _, tt := range tests {
		t.Run(tt.engine, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<!doctype html><html lang="en"><head><title>Printer jams on every second page</title></head><body>`)
			b.WriteString(`<header class="site-header"><nav><a href="/">Forums</a> <a href="/new">New posts</a> <a href="/members">Members</a></nav></header>`)
			b.WriteString(`<main><h1>Printer jams on every second page</h1>`)
			for i, p := range forumPosts {
				b.WriteString(tt.post(i, authors[i], p))
			}
			b.WriteString(tt.extra + `</main><footer class="site-footer"><p>Forum software. All rights reserved.</p></footer></body></html>`)
			res, err := FromBytes([]byte(b.String()), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range forumPosts {
				if !strings.Contains(res.Text, p) {
					t.Errorf("text (page type %s) lacks the post %q:\n%s", res.PageType, p[:30], res.Text)
				}
			}
			for _, g := range tt.gone {
				if strings.Contains(res.Text, g) {
					t.Errorf("text (page type %s) holds %q:\n%s", res.PageType, g, res.Text)
				}
			}
		})
	}
}
