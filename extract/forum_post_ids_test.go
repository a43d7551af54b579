package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestIdStemShape: an id made of a stem and a number has the stem's
// shape, the same for every number; other ids have none.
func TestIdStemShape(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"post123", true},
		{"post_456", true},
		{"comment-78", true},
		{"post_message_9", true},
		{"posts", false},      // no number
		{"12345", false},      // a number alone
		{"p1", false},         // a stem of one letter
		{"post.1", false},     // not a stem of letters
		{"ad-slot-3b", false}, // no trailing number
	}
	for _, tt := range tests {
		if got := idStemShape([]byte(tt.id)) != 0; got != tt.want {
			t.Errorf("idStemShape(%q) != 0 is %v, want %v", tt.id, got, tt.want)
		}
	}
	if idStemShape([]byte("post1")) != idStemShape([]byte("post99")) {
		t.Error("post1 and post99 differ in shape")
	}
	if idStemShape([]byte("post1")) == idStemShape([]byte("edit1")) {
		t.Error("post1 and edit1 share a shape")
	}
	if idStemShape([]byte("post1")) == nameShape([]byte("post")) {
		t.Error("the id stem post shares the shape of the class post")
	}
}

// idPostBodies are the posts of the id-only threads below.
var idPostBodies = []string{
	"My bench grinder wobbles at full speed since I swapped the stone for a finer one last weekend.",
	"Dress the new stone with a diamond tool and check that the flanges sit flat before you tighten the nut.",
	"The left flange was bent. A new pair of flanges and a quick dressing made it run smooth again.",
	"Good to hear. Keep the tool rest within a few millimetres of the stone while you are at it.",
}

// TestIdOnlyPosts: engines that print each post in elements without a
// class, known by an id of a stem and the post's number (vBulletin 3's
// <div id="edit123"><div id="post123">, a table per post), have their
// posts found, and the frame rules that work inside posts run there:
// the edit note and the reaction line under a post go, the posts stay.
func TestIdOnlyPosts(t *testing.T) {
	tests := []struct {
		name string
		post func(i int, author, body string) string
	}{
		{"edit and post divs", func(i int, a, b string) string {
			return fmt.Sprintf(`<div id="edit%[1]d"><div id="post%[1]d"><div class="tpost"><div class="thead">Mar %[2]d, 2024 | 9:0%[2]d pm <a href="/p%[1]d">#%[2]d</a></div>`+
				`<div class="trow"><div class="tcell alt2"><a class="bigusername" href="/members/%[3]s">%[3]s</a><div>Join Date: Aug 2010</div><div>Posts: 1,0%[2]d7</div></div>`+
				`<div class="tcell alt1"><div id="post_message_%[1]d">%[4]s</div><div class="smallfont">Last edited by %[3]s; Mar %[2]d, 2024 at 10:1%[2]d pm</div>`+
				`<div class="vbseo_liked"><a href="/members/ann">Ann</a> and <a href="/members/ben">Ben</a> like this.</div></div></div>`+
				`<div class="trow"><a class="button" href="/newreply?p=%[1]d">Reply</a></div></div></div>`+
				`<div class="vbmenu_popup" id="postmenu_%[1]d_menu" style="display:none"><div>View Public Profile</div></div></div>`, 3700+i, i+1, a, b)
		}},
		{"table posts", func(i int, a, b string) string {
			return fmt.Sprintf(`<div id="post%[1]d"><table width="100%%" cellpadding="6"><tr><td>Mar %[2]d, 2024, 09:1%[2]d AM</td><td align="right"><a href="/p%[1]d">#%[2]d</a></td></tr>`+
				`<tr><td width="175"><a href="/members/%[3]s">%[3]s</a><div>Senior Member</div><div>Join Date: Aug 2010</div></td>`+
				`<td><div id="post_message_%[1]d">%[4]s</div><div>Last edited by %[3]s; Mar %[2]d, 2024 at 10:1%[2]d AM.</div>`+
				`<div>Ann and Ben like this.</div></td></tr></table></div>`, 3700+i, i+1, a, b)
		}},
	}
	authors := []string{"gristle", "hobart", "gristle", "hobart"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<!doctype html><html lang="en"><head><title>Bench grinder wobbles - Workshop Forum</title></head><body>`)
			b.WriteString(`<div id="header"><a href="/">Forum</a> <a href="/search">Search</a> <a href="/new">New Posts</a></div>`)
			b.WriteString(`<h1>Bench grinder wobbles</h1><div id="posts">`)
			for i, p := range idPostBodies {
				b.WriteString(tt.post(i, authors[i], p))
			}
			b.WriteString(`</div><div id="footer">Powered by a forum engine. All times are GMT.</div></body></html>`)
			for _, url := range []string{"https://forum.example/showthread.php?t=42", "https://forum.example/workshop/42-bench-grinder-wobbles.html"} {
				res, err := FromBytes([]byte(b.String()), Options{URL: url})
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range idPostBodies {
					if !strings.Contains(res.Text, p) {
						t.Errorf("%s: text (page type %s) lacks the post %q:\n%s", url, res.PageType, p[:30], res.Text)
					}
				}
				for _, g := range []string{"Last edited by", "like this"} {
					if strings.Contains(res.Text, g) {
						t.Errorf("%s: text (page type %s) holds %q:\n%s", url, res.PageType, g, res.Text)
					}
				}
			}
		})
	}
}
