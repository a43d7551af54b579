package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestMidAge: the relative age inside a comment's head.
func TestMidAge(t *testing.T) {
	tests := []struct {
		text, want string
		ok         bool
	}{
		{"[–] kestrel 12 points13 points14 points 3 hours ago (2 children)", "3 hours ago", true},
		{"marlowe 1 point 2 days ago stickied comment", "2 days ago", true},
		{"kestrel 5 years ago", "5 years ago", true},
		{"the agony of 3 hours", "", false},
		{"posted long ago", "", false},
		{"built in 1990ago", "", false},
	}
	for _, tt := range tests {
		got, ok := midAge(tt.text)
		if got != tt.want || ok != tt.ok {
			t.Errorf("midAge(%q) = %q, %v; want %q, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}

// TestMidAgeHead: a short linked head with a relative age inside is a
// comment's head; a sentence that tells an age, an unlinked line and a
// long line are not.
func TestMidAgeHead(t *testing.T) {
	line := func(text string, words, linkWords, sentences int) *boilerplate.Block {
		return &boilerplate.Block{Text: text, Kind: boilerplate.KindParagraph,
			Features: boilerplate.Features{Words: words, LinkWords: linkWords, Sentences: sentences}}
	}
	tests := []struct {
		b    *boilerplate.Block
		want bool
	}{
		{line("[–] kestrel 12 points13 points14 points 3 hours ago (2 children)", 10, 1, 0), true},
		{line("kestrel 2 years ago#4", 4, 1, 0), true},
		{line("kestrel 12 points 3 hours ago (2 children)", 8, 0, 0), false},     // no link
		{line("I bought it 3 years ago and it still runs.", 9, 1, 1), false},     // a sentence
		{line("a b c d e f g h i j k l m n o p q 3 hours ago", 20, 1, 0), false}, // too long
		{line("See the thread from 2 weeks ago", 7, 3, 0), true},                 // linked, short: a head's shape
	}
	for _, tt := range tests {
		if got := midAgeHead(tt.b); got != tt.want {
			t.Errorf("midAgeHead(%q) = %v, want %v", tt.b.Text, got, tt.want)
		}
	}
}

// TestForumAgeHeadsDropped: on a forum, a comment tree whose every
// comment prints a head with the author, vote counts and a relative age
// inside it ("3 hours ago (2 children)") keeps the comments and loses
// the heads.
func TestForumAgeHeadsDropped(t *testing.T) {
	comments := []string{
		"Could the same cells help to restore hearing, since the inner ear relies on hair cells as well?",
		"Those are different cells that only share the name, but the approach might carry over one day.",
		"I will believe it when it works in people and not only in mice, but it is a promising start.",
		"The paper is open access, and the methods section explains how the three cell types were combined.",
	}
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Hair follicles grown in the lab : science</title></head><body>`)
	b.WriteString(`<div id="header"><a href="/r/science">science</a> <a href="/r/science/new">new</a> <a href="/login">log in</a></div>`)
	b.WriteString(`<div class="content" role="main"><div class="sitetable linklisting"><div class="thing link"><p class="title"><a class="title" href="/x">Hair follicles grown in the lab</a></p>`)
	b.WriteString(`<p class="tagline">submitted 5 hours ago by <a class="author" href="/user/poster">poster</a></p></div></div>`)
	b.WriteString(`<div class="commentarea"><div class="sitetable nestedlisting">`)
	for i, c := range comments {
		fmt.Fprintf(&b, `<div class="thing comment" id="thing_t1_%d"><div class="entry"><p class="tagline"><a class="expand" href="#">[–]</a>`+
			`<a class="author" href="/user/reader%d">reader%d</a><span class="score dislikes">%d points</span><span class="score unvoted">%d points</span>`+
			`<span class="score likes">%d points</span> <time datetime="2024-03-04T10:00:00Z">%d hours ago</time> <a class="numchildren">(0 children)</a></p>`+
			`<form class="usertext"><div class="usertext-body"><div class="md"><p>%s</p></div></div></form>`+
			`<ul class="flat-list buttons"><li><a href="/p/%d">permalink</a></li><li><a href="#">reply</a></li></ul></div></div>`, i, i, i, 40-i, 41-i, 42-i, i+1, c, i)
	}
	b.WriteString(`</div></div></div><div class="footer"><a href="/help">help</a> <a href="/terms">terms</a></div></body></html>`)
	res, err := FromBytes([]byte(b.String()), Options{URL: "https://old.example/r/science/comments/42/hair_follicles/"})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageForum {
		t.Skipf("page read as %s, not as a forum", res.PageType)
	}
	for _, c := range comments {
		if !strings.Contains(res.Text, c) {
			t.Errorf("text lacks the comment %q:\n%s", c[:30], res.Text)
		}
	}
	if strings.Contains(res.Text, "hours ago") {
		t.Errorf("text holds the comments' heads:\n%s", res.Text)
	}
}
