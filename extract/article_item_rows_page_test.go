package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestRoundUpRowsPage: a round-up read as an article (a guide to plants
// for a dark room) prints the same row of label and value under several
// of its items; through FromBytes every item keeps its row, while a
// sentence each item repeats (a shop's note) is printed once.
func TestRoundUpRowsPage(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<article><h1>Six plants for a dark room</h1><p>By Orla Brennick</p>` +
		`<p>Not every corner of a flat gets the sun, and these six plants do not mind: we grew each of them for a year in a room that faces north.</p>`)
	for i := range 6 {
		fmt.Fprintf(&b, `<section><h2>Fern number %d</h2><p>A soft fern that grows slowly in deep shade and keeps its colour through the winter, kind %d of our six.</p>`+
			`<p>Watering: once a week</p><p>Ask at your local shop for the same plant in larger pots.</p></section>`, i, i)
	}
	b.WriteString(`</article>`)
	page := synthPage(`<title>Six plants for a dark room | Leaf Notes</title><meta property="og:type" content="article">`+
		`<script type="application/ld+json">{"@type":"BlogPosting","headline":"Six plants for a dark room","datePublished":"2025-04-02","author":{"@type":"Person","name":"Orla Brennick"}}</script>`, b.String())
	res, err := FromBytes([]byte(page), Options{URL: "https://plants.example/guides/dark-room"})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageArticle {
		t.Fatalf("PageType = %s, want %s", res.PageType, PageArticle)
	}
	for line, n := range map[string]int{"Watering: once a week": 6, "Ask at your local shop": 1} {
		if got := strings.Count(res.Text, line); got != n {
			t.Errorf("%q printed %d times, want %d; text:\n%s", line, got, n, res.Text)
		}
	}
}
