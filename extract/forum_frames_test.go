package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestPostFramesSpareArticles: the lines that the items of an article
// repeat (a roundup's labels and prices) look like a post's frame, but
// the items sign nothing: no author, no date. They stay, while the same
// cards signed as posts lose them.
func TestPostFramesSpareArticles(t *testing.T) {
	items := []string{
		"This kettle boils a full litre in under three minutes and keeps the handle cool.",
		"A gooseneck spout gives the slow, steady pour that a pour-over coffee needs every morning.",
		"The stainless body survived two years of camping trips without a dent or a leak.",
		"Its temperature dial holds green tea water at eighty degrees for half an hour.",
	}
	tests := []struct {
		name, item string // item prints card i with its text
		signed     bool
	}{
		{"roundup card", `<div class="pick"><h2>Kettle %[1]d</h2><div>Why we like it</div><p>%[2]s</p><div>Price: $%[1]d9</div></div>`, false},
		{"signed card", `<div class="pick"><h2>Kettle %[1]d</h2><div>Why we like it</div><p>%[2]s</p><div>Price: $%[1]d9</div><time>May %[1]d</time></div>`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<!doctype html><html lang="en"><head><title>The best kettles</title></head><body><article><h1>The best kettles</h1>`)
			b.WriteString(`<p>We boiled water in twenty kettles for a month, morning and evening, and four of them are worth your money.</p>`)
			for i, it := range items {
				fmt.Fprintf(&b, tt.item, i+1, it)
			}
			b.WriteString(`</article></body></html>`)
			res, err := FromBytes([]byte(b.String()), Options{URL: "https://kitchen.example/best-kettles"})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageArticle {
				t.Fatalf("page type %s, want article", res.PageType)
			}
			for _, it := range items {
				if !strings.Contains(res.Text, it) {
					t.Errorf("text lacks %q", it[:20])
				}
			}
			const label = "Why we like it"
			if got := strings.Contains(res.Text, label); got == tt.signed {
				t.Errorf("text holds %q: %v, want %v:\n%s", label, got, !tt.signed, res.Text)
			}
		})
	}
}
