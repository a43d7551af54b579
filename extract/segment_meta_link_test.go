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

// TestMetaPassedOver checks the test that spares the metadata collector
// the <meta> elements it files nothing of: only those named by keys it
// passes over, as name or property, in any case, without an http-equiv.
func TestMetaPassedOver(t *testing.T) {
	a := func(kv ...string) []attr {
		var out []attr
		for i := 0; i+1 < len(kv); i += 2 {
			out = append(out, attr{key: []byte(kv[i]), val: []byte(kv[i+1])})
		}
		return out
	}
	tests := []struct {
		name  string
		attrs []attr
		want  bool
	}{
		{"viewport", a("name", "viewport", "content", "width=device-width"), true},
		{"card", a("property", "twitter:card", "content", "summary"), true},
		{"two passed keys", a("name", "robots", "property", "og:image:width", "content", "1200"), true},
		{"a filed key", a("name", "description", "content", "What the page is about"), false},
		{"a filed key beside a passed one", a("name", "robots", "property", "og:title", "content", "Title"), false},
		{"http-equiv", a("http-equiv", "content-language", "name", "robots", "content", "de"), false},
		{"no key", a("content", "2021-03-05"), false},
		{"key in capitals", a("name", "Viewport", "content", "width=device-width"), true},
		{"filed key in capitals", a("name", "Description", "content", "What the page is about"), false},
		{"a date key", a("name", "sn-post-date", "content", "2021-03-05"), false},
		{"an unlisted key", a("name", "msapplication-task", "content", "name=Home"), true},
		{"JSON-LD meta", a("name", "script:ld+json", "content", `{"@type":"Article"}`), false},
		{"charset", a("charset", "utf-8"), false},
	}
	for _, tt := range tests {
		if got := metaPassedOver(tt.attrs); got != tt.want {
			t.Errorf("%s: metaPassedOver = %v, want %v", tt.name, got, tt.want)
		}
	}
}
