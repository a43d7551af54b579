package extract

import (
	"fmt"
	"strings"
	"testing"
)

// openingPostPage is a thread whose engine prints the opening post under
// the thread's title in classes of its own and each reply in a wrapper
// the opening post lacks: the opening post's marks match none of the
// replies', and its body is short.
type openingPostPage struct {
	name, lang, title string
	before            string // the page's HTML before the title
	between           string // between the title and the opening post
	op                string // the opening post's HTML: author, date, body
	reply             string // a reply's HTML: author, date, body
	holder            string // the element around the replies, %s for them
	body              string // the opening post's body
	gone              []string
}

// page prints the thread with threadStartPosts' replies in its language.
func (p openingPostPage) page() string {
	posts := threadStartPosts(p.lang)
	var replies strings.Builder
	for _, r := range posts[1:] {
		fmt.Fprintf(&replies, p.reply, r.author, r.date, r.body)
	}
	return `<!doctype html><html lang="` + p.lang + `"><head><title>` + p.title + `</title></head><body>` + p.before +
		`<main><h1>` + p.title + `</h1>` + p.between + fmt.Sprintf(p.op, posts[0].author, posts[0].date, p.body) +
		fmt.Sprintf(p.holder, replies.String()) + `</main><footer><p>Powered by a forum engine</p></footer></body></html>`
}

var openingPostPages = []openingPostPage{
	{name: "topic head and wrapped replies", lang: "en", title: "Sourdough starter will not rise",
		before:  `<header><nav><a href="/">Forum</a> <a href="/c/bread">Bread</a></nav></header>`,
		op:      `<div class="topic-op"><div class="op-meta"><a class="op-author" href="/u/1">%s</a> <time>%s</time></div><div class="op-body"><p>%s</p></div><a href="/reply">Reply</a></div>`,
		reply:   `<div class="reply"><div class="post"><a class="username" href="/u/2">%s</a> <time>%s</time><div class="cooked"><p>%s</p></div><a href="/reply">Reply</a></div></div>`,
		holder:  `<div class="replies">%s</div>`,
		body:    "My starter stopped rising this week. New flour or cold kitchen?",
		between: `<div class="topic-tools"><a href="/watch">Watch</a> <a href="/share">Share</a></div>`,
		gone:    []string{"Watch Share"}},
	{name: "starter box and replies in list items", lang: "de", title: "Sauerteig geht nicht auf",
		before: `<div class="notice"><p>Willkommen im Forum! Bitte registriere dich, um Beiträge zu schreiben und alle Bereiche zu sehen. Die Registrierung ist kostenlos.</p></div>`,
		op:     `<section class="starter"><p class="starter-by"><a href="/mitglied/1">%s</a> <span class="starter-date">%s</span></p><div class="starter-text">%s</div></section>`,
		reply:  `<li class="antwort"><article class="beitrag"><header><a class="autor" href="/mitglied/2">%s</a> <span class="datum">%s</span></header><div class="text">%s</div><a href="/antworten">Antworten</a></article></li>`,
		holder: `<ol class="antworten">%s</ol>`,
		body:   "Mein Sauerteig geht seit einer Woche nicht mehr auf. Was tun?",
		gone:   []string{"Willkommen im Forum"}},
	{name: "question card and answer wrappers", lang: "fr", title: "Lire un fichier ligne par ligne",
		before: `<div class="app-banner"><p>Ouvrez la discussion dans notre application pour une meilleure expérience de lecture et des notifications.</p></div>`,
		op:     `<div class="question-card"><div class="asker"><a href="/u/7">%s</a> <time class="asked-at">%s</time></div><div class="question-text"><p>%s</p></div></div>`,
		reply:  `<div class="answer-wrap"><div class="answer"><div class="user"><a href="/u/8">%s</a> <time>%s</time></div><div class="answer-text"><p>%s</p></div><a href="/share">Partager</a></div></div>`,
		holder: `<div id="answers">%s</div>`,
		body:   "Comment lire un gros fichier sans tout charger en mémoire ?",
		gone:   []string{"Ouvrez la discussion dans notre application"}},
}

// TestOpeningPostKept: on a forum, the opening post printed under the
// thread's title apart from the replies' wrappers and signed in classes
// of its own stays with the replies; what the engine prints before the
// title and the bar of buttons between the title and the post go.
func TestOpeningPostKept(t *testing.T) {
	for _, p := range openingPostPages {
		for _, forced := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s forced=%v", p.name, forced), func(t *testing.T) {
				o := Options{URL: "https://forum.example/t/some-topic/123"}
				if forced {
					o.reading = PageForum
				}
				res, err := FromBytes([]byte(p.page()), o)
				if err != nil {
					t.Fatal(err)
				}
				if res.PageType != PageForum {
					t.Errorf("read as %s, want forum", res.PageType)
				}
				if !strings.Contains(res.Text, p.body) {
					t.Errorf("lost the opening post %q", p.body)
				}
				for _, r := range threadStartPosts(p.lang)[1:] {
					if !strings.Contains(res.Text, r.body) {
						t.Errorf("lost the reply %q", r.body)
					}
				}
				for _, g := range p.gone {
					if strings.Contains(res.Text, g) {
						t.Errorf("kept %q", g)
					}
				}
				if t.Failed() {
					t.Logf("text:\n%s", res.Text)
				}
			})
		}
	}
}

// TestOpeningPostBoardHeading: a heading that names the board, not the
// thread, anchors no opening post: the sidebar a thread-first engine
// prints under it, signed and in sentences, still goes.
func TestOpeningPostBoardHeading(t *testing.T) {
	var posts strings.Builder
	for _, p := range threadStartPosts("en") {
		fmt.Fprintf(&posts, `<div class="comment"><p class="tagline"><a href="/user/x">%s</a> <time class="live-timestamp">%s</time></p><div class="md"><p>%s</p></div><ul class="buttons"><li><a href="/permalink">permalink</a></li></ul></div>`,
			p.author, p.date, p.body)
	}
	page := `<!doctype html><html lang="en"><head><title>Starter will not rise after a week : baking</title><meta property="og:title" content="Starter will not rise after a week"></head><body>` +
		`<div class="side"><h1>baking</h1><div class="date"><span>this post was submitted on </span><time datetime="2024-03-03">03 Mar 2024</time></div>` +
		`<ul class="rules"><li>Directly link to the recipe you are asking about.</li><li>Be kind to beginners and to each other.</li><li>Repeat or flagrant offenders will be banned.</li></ul></div>` +
		`<div class="content"><div class="commentarea">` + posts.String() + `</div></div></body></html>`
	res, err := FromBytes([]byte(page), Options{URL: "https://forum.example/r/baking/comments/123/starter", reading: PageForum})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []string{"submitted on", "flagrant offenders", "Be kind to beginners"} {
		if strings.Contains(res.Text, g) {
			t.Errorf("kept %q\n%s", g, res.Text)
		}
	}
}
