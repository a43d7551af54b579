package extract

import (
	"strings"
	"testing"
)

// TestRelCollected checks the test that spares the metadata collector
// the <link> elements it passes over: every rel that names a canonical
// address or an image, in any case and beside other names, is handed on.
func TestRelCollected(t *testing.T) {
	tests := []struct {
		rel  string
		want bool
	}{
		{"canonical", true},
		{"Canonical", true},
		{"CANONICAL", true},
		{"alternate canonical", true},
		{"image_src", true},
		{"IMAGE_SRC", true},
		{"stylesheet", false},
		{"preload", false},
		{"icon shortcut", false},
		{"dns-prefetch", false},
		{"", false},
		{"canon", false},
		{"image", false},
	}
	for _, tt := range tests {
		attrs := []attr{{key: []byte("href"), val: []byte("/x")}, {key: []byte("rel"), val: []byte(tt.rel)}}
		if got := relCollected(attrs); got != tt.want {
			t.Errorf("relCollected(rel=%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
	if relCollected([]attr{{key: []byte("href"), val: []byte("/canonical")}}) {
		t.Error("relCollected without a rel = true, want false")
	}
}

// TestLinkMetadataRead checks, page by page, that the links the collector
// reads still reach it among the stylesheets and icons it passes over:
// the canonical address (in any case of rel), the image_src picture, and
// a link that carries a microdata property.
func TestLinkMetadataRead(t *testing.T) {
	body := `<body><article><h1>Heading of the story</h1><p>` + strings.Repeat("Words of the story go on here. ", 20) + `</p></article></body>`
	head := func(links string) string {
		return `<html><head><title>Story</title><link rel="stylesheet" href="/style.css"><link rel="icon" href="/icon.png">` + links + `</head>` + body + `</html>`
	}
	tests := []struct {
		name, page string
		check      func(r *Result) bool
	}{
		{"canonical", head(`<link rel="preload" href="/font.woff2"><link rel="canonical" href="https://news.example.org/story-1">`),
			func(r *Result) bool { return r.URL == "https://news.example.org/story-1" }},
		{"canonical in capitals beside another name", head(`<link rel="alternate CANONICAL" href="https://news.example.org/story-2">`),
			func(r *Result) bool { return r.URL == "https://news.example.org/story-2" }},
		{"image_src", head(`<link rel="image_src" href="https://news.example.org/pic.jpg">`),
			func(r *Result) bool { return r.Image == "https://news.example.org/pic.jpg" }},
		{"itemprop on a link", `<html><head><title>Story</title></head><body><article itemscope itemtype="https://schema.org/NewsArticle">` +
			`<link itemprop="image" href="https://news.example.org/micro.jpg"><h1>Heading of the story</h1><p>` +
			strings.Repeat("Words of the story go on here. ", 20) + `</p></article></body></html>`,
			func(r *Result) bool { return r.Image == "https://news.example.org/micro.jpg" }},
	}
	for _, tt := range tests {
		r, err := FromBytes([]byte(tt.page), Options{URL: "https://news.example.org/x"})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !tt.check(r) {
			t.Errorf("%s: URL %q, Image %q", tt.name, r.URL, r.Image)
		}
	}
}
