package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestTemplateBindings: a line that is one unrendered binding of a
// client-side template ("{{ reply.warning }}") or a shortcode
// the site's engine left goes, under each post of a thread and in an
// article; a listing of template code keeps its bindings, and a
// sentence that quotes one stays.
func TestTemplateBindings(t *testing.T) {
	t.Run("thread", func(t *testing.T) {
		var bindings []string
		e := threadEngine{name: "script board", post: func(i int, p threadPost) string {
			b := fmt.Sprintf("{{ thread.replies[%d].warning }}", 400+i*3)
			bindings = append(bindings, b)
			return fmt.Sprintf(`<div class="post" id="post-%d"><div class="post-head"><a class="username" href="/members/%s">%s</a> <span class="date">%s</span></div>`+
				`<div class="post-text">%s</div><div class="post-errors">%s</div></div>`, i, p.author, p.author, p.date, p.body, b)
		}}
		res := threadResult(t, e, "https://bakers.example/threads/sourdough-will-not-rise.4817/", PageForum)
		assertThread(t, res, threadPosts, bindings)
	})
	t.Run("article", func(t *testing.T) {
		code := `{{ greeting }}, {{ user.name }}!`
		quoted := `Write {{ user.name }} where the page should print the reader's name, and the engine fills it in.`
		page := `<!doctype html><html lang="en"><head><title>Templates for beginners</title></head><body><nav><a href="/">Home</a> <a href="/guides">Guides</a></nav>` +
			`<main><article><h1>Templates for beginners</h1>` +
			`<p>A template is a page with holes in it. The engine fills each hole with a value when it renders the page for a reader, so one file serves every visitor.</p>` +
			`<div class="promo">{{promo-banner="/banners/course"}}</div>` +
			`<p>` + quoted + `</p><pre><code>` + code + `</code></pre>` +
			`<p>Every hole is a binding between the page and the data behind it. Keep the names short and the logic out of the template, and the pages stay easy to read.</p>` +
			`</article></main></body></html>`
		res, err := FromBytes([]byte(page), Options{URL: "https://guides.example/templates-for-beginners"})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(res.Text, "promo-banner") {
			t.Errorf("text holds the shortcode")
		}
		for _, keep := range []string{code, quoted} {
			if !strings.Contains(res.Text, keep) {
				t.Errorf("text lacks %q", keep)
			}
		}
		if t.Failed() {
			t.Logf("read as %s:\n%s", res.PageType, res.Text)
		}
	})
}
