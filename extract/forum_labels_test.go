package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestFrameLabels: on a forum, a label of a control that every post
// prints ("Number of thank-you points to give:" before its field) goes
// though it runs past the length of a card's line, while a post's own
// line that ends with a colon, printed once, stays.
func TestFrameLabels(t *testing.T) {
	own := "Here is the schedule I tried this week with my starter:"
	labels := []string{"Number of thank-you points to give:", "Add a short note for the writer:"}
	e := threadEngine{name: "gift form", post: func(i int, p threadPost) string {
		body := "<p>" + p.body + "</p>"
		if i == 1 {
			body = "<p>" + own + "</p>" + body
		}
		return fmt.Sprintf(`<div class="post" id="post-%d"><div class="post-head"><a class="username" href="/members/%s">%s</a> <span class="date">%s</span></div>`+
			`<div class="post-text">%s</div><ul class="post-tools"><li><span class="gift"><div class="p1"><span class="cap">%s </span><input type="text" name="points" value="1"></div>`+
			`<div class="p2"><span class="cap">%s </span><input type="text" name="note"></div></span></li></ul></div>`, i, p.author, p.author, p.date, body, labels[0], labels[1])
	}}
	res := threadResult(t, e, "https://bakers.example/t/4817/sourdough-will-not-rise", PageForum)
	assertThread(t, res, threadPosts, labels)
	if !strings.Contains(res.Text, own) {
		t.Errorf("text lacks the post's line %q:\n%s", own, res.Text)
	}
}
