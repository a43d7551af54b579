package extract

import (
	"fmt"
	"strings"
	"testing"
)

// memberTitles are the titles a member chose or earned, one per author of
// threadPosts: a forum prints each under the name in the post's head, so a
// member who posts once shows a title no other post repeats.
var memberTitles = map[string]string{
	"fernhollow": "Crumb Inspector",
	"quillbrook": "Dough Whisperer",
	"maplewing":  "Oven Tamer of the North",
}

// titledThreadEngines print a member's title in the post's head below
// the name, one level deeper than the name's own element: wrapped in a
// <div> inside the title's heading, or as an item of the card's list.
var titledThreadEngines = []threadEngine{
	{name: "wrapped title heading", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<article class="message" id="js-post-%d"><div class="message-inner"><div class="message-cell message-cell--user">`+
			`<div class="message-userDetails"><h4 class="message-name"><a href="/members/%s.%d/" class="username">%s</a></h4>`+
			`<h5 class="userTitle"><div class="flair">%s</div></h5></div></div>`+
			`<div class="message-cell message-cell--main"><ul class="message-attribution"><li><a href="/posts/%d/"><time datetime="2024-03-0%dT10:00:00Z">%s</time></a></li></ul>`+
			`<div class="message-body"><div class="bbWrapper">%s</div></div></div></div></article>`,
			i, p.author, 300+i, p.author, memberTitles[p.author], 900+i, i+1, p.date, p.body)
	}},
	{name: "title in the card's list", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<div class="windowbg" id="msg%d"><div class="post_wrapper"><div class="poster"><h4><a href="/profile/%s">%s</a></h4>`+
			`<ul class="user_info"><li class="membergroup">%s</li><li class="postcount">Posts: %d</li></ul></div>`+
			`<div class="postarea"><div class="keyinfo"><a href="/msg%d" class="smalltext">%s</a></div><div class="post"><div class="inner">%s</div></div></div></div></div>`,
			i, p.author, p.author, memberTitles[p.author], 100+i*37, i, p.date, p.body)
	}},
}

// TestMemberTitlesForum: a member's title under the name goes with the
// rest of the member's card, however deep the engine prints it.
func TestMemberTitlesForum(t *testing.T) {
	var titles []string
	for _, v := range memberTitles {
		titles = append(titles, v)
	}
	for _, e := range titledThreadEngines {
		t.Run(e.name, func(t *testing.T) {
			res := threadResult(t, e, "https://bakers.example/threads/sourdough-will-not-rise.4817/", PageForum)
			assertThread(t, res, threadPosts, append(titles, "Posts:"))
		})
	}
}

// TestMemberTitlesSparePoints: a post whose name sits beside its body in
// one element keeps the short first point of a list that opens the body;
// it is no title of the member's card.
func TestMemberTitlesSparePoints(t *testing.T) {
	points := []string{"Warmer kitchen first", "Longer proof overnight", "Fresh flour batch", "Oven light trick", "Thicker starter now"}
	e := threadEngine{name: "name beside body", post: func(i int, p threadPost) string {
		return fmt.Sprintf(`<div class="entry" id="e%d"><h4><a href="/u/%s" rel="author">%s</a></h4><ul><li>%s</li><li>%s</li></ul><p>%s</p>`+
			`<p class="when"><time datetime="2024-03-0%dT10:00:00Z">%s</time></p></div>`,
			i, p.author, p.author, points[i], "and then a second point here", p.body, i+1, p.date)
	}}
	res := threadResult(t, e, "https://bakers.example/threads/sourdough-will-not-rise.4817/", PageForum)
	assertThread(t, res, threadPosts, nil)
	for _, pt := range points {
		if !strings.Contains(res.Text, pt) {
			t.Errorf("text lacks the point %q", pt)
		}
	}
}
