package extract

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestPlaceStreamedSegments(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"no pieces", `<p>Plain page</p>`, `<p>Plain page</p>`},
		{"a boundary and its piece",
			`<main><template id="B:0"></template><div>Loading…</div></main><div hidden id="S:0"><p>First paragraph.</p></div>`,
			`<main><p>First paragraph.</p><div>Loading…</div></main>`},
		{"a placeholder inside a piece",
			`<main><template id="B:0"></template></main><div hidden id="S:1f"><p>Inner.</p></div><div hidden id="S:0"><div><template id="P:1f"></template></div></div>`,
			`<main><div><p>Inner.</p></div></main>`},
		{"a piece without a template stays hidden",
			`<main><template id="B:0"></template></main><div hidden id="S:0">Placed.</div><div hidden id="S:7">Orphan.</div>`,
			`<main>Placed.</main><div hidden id="S:7">Orphan.</div>`},
		{"nested divs in a piece",
			`<template id="B:a"></template><div hidden id="S:a"><div><div>Deep.</div></div>After.</div>`,
			`<div><div>Deep.</div></div>After.`},
		{"other templates are left alone",
			`<template id="row"></template><template id="B:2"></template><div hidden id="S:2">Two.</div>`,
			`<template id="row"></template>Two.`},
		{"a piece never closed is left as it is",
			`<template id="B:0"></template><div hidden id="S:0"><p>Cut off`,
			`<template id="B:0"></template><div hidden id="S:0"><p>Cut off`},
		{"a piece placed once",
			`<template id="B:0"></template><template id="B:0"></template><div hidden id="S:0">Once.</div>`,
			`Once.<template id="B:0"></template>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(placeStreamedSegments([]byte(tt.page))); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// A streamed article reads as the browser shows it: its paragraphs in
// place of the "Loading…" lines, in order, and nothing hidden.
func TestStreamedArticle(t *testing.T) {
	var body, pieces strings.Builder
	for i, p := range articleParagraphs {
		id := string(rune('0' + i))
		body.WriteString(`<template id="B:` + id + `"></template><div>Loading paragraph...</div>`)
		pieces.WriteString(`<div hidden id="S:` + id + `"><p>` + p + `</p></div>`)
	}
	page := `<!doctype html><html lang="en"><head><title>Index funds explained</title></head><body>` + pageHeader +
		`<article><h1>Index funds explained</h1>` + body.String() + `</article>` + pageFooter + pieces.String() + `</body></html>`
	res, err := FromBytes([]byte(page), Options{URL: "https://money.example/index-funds"})
	if err != nil {
		t.Fatal(err)
	}
	last := -1
	for _, p := range articleParagraphs {
		at := strings.Index(res.Text, p)
		if at < 0 || at < last {
			t.Fatalf("paragraph missing or out of order: %q\n%s", p[:40], res.Text)
		}
		last = at
	}
	if strings.Contains(res.Text, "Loading") {
		t.Errorf("text holds the placeholders:\n%s", res.Text)
	}
}

// FuzzPlaceStreamed: moving the pieces never panics, never adds bytes
// (a piece replaces its template, its wrapper goes), and leaves a page
// without pieces as it is.
func FuzzPlaceStreamed(f *testing.F) {
	f.Add([]byte(`<main><template id="B:0"></template><div>Loading</div></main><div hidden id="S:0"><p>Text.</p></div>`))
	f.Add([]byte(`<template id="P:1"></template><div hidden id="S:1"><div><template id="B:2"></template></div></div><div hidden id="S:2">x</div>`))
	f.Add([]byte(`<div hidden id="S:0"><div>unclosed`))
	f.Add([]byte(`<template id="B:0"></template><template id="B:0"></template><div hidden id="S:0"></DIV ></div>`))
	f.Fuzz(func(t *testing.T, page []byte) {
		out := placeStreamedSegments(page)
		if len(out) > len(page) {
			t.Fatalf("output grew from %d to %d bytes", len(page), len(out))
		}
		if !bytes.Contains(page, streamedSegmentOpen) && !bytes.Equal(out, page) {
			t.Fatalf("a page without pieces changed")
		}
	})
}

func TestIndexSegmentOpen(t *testing.T) {
	open := string(streamedSegmentOpen)
	for _, page := range []string{
		"", ":", open, open[1:], "x" + open, "a:b:" + open + open, open[:len(open)-1] + open,
		`<p style="a:b">https://x</p>` + open + `1">`, `<div hidden id="S;` + open[len(open)-1:],
		"S", "S" + open, open + "S", "SSS" + open[:len(open)-2] + "SS:" + open, open[:len(open)-2] + "S",
	} {
		if got, want := indexSegmentOpen([]byte(page)), strings.Index(page, open); got != want {
			t.Errorf("indexSegmentOpen(%q) = %d, want %d", page, got, want)
		}
	}
	// pages spliced from pieces of the pattern
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(6) {
			i := rng.IntN(len(open))
			b.WriteString(open[i : i+rng.IntN(len(open)-i+1)])
		}
		page := b.String()
		if got, want := indexSegmentOpen([]byte(page)), strings.Index(page, open); got != want {
			t.Fatalf("indexSegmentOpen(%q) = %d, want %d", page, got, want)
		}
	}
}
