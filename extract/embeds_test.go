package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// embedArticle is an article about a bakery with embed between its
// paragraphs.
func embedArticle(embed string) []byte {
	return []byte(`<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>The harbour bakery reopens | Coast Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>The harbour bakery reopens</h1>
<p>The bakery on the harbour front reopened on Saturday after a winter of repairs, and the queue reached the corner of the fish market before the doors opened at seven.</p>
<p>Its owners rebuilt the old brick oven with help from a mason who had worked on it forty years ago, and they kept the recipes their grandparents wrote down.</p>
` + embed + `
<p>Regular customers said the rye loaf tastes as it did before the storm, and the owners plan to open a second counter near the ferry terminal in the spring.</p>
<p>The council, which lent the bakery part of the money for the repairs, said the harbour front needs its shops back before the summer season begins.</p>
</article>
<footer><p>Coast Courier, 1 Quay Street</p></footer>
</body></html>`)
}

// TestEmbedFrames: the frame that an embed code prints around a post (its
// credit line, "View this post on Instagram", a link to the post) goes,
// read from the embed code's class in any language; the caption of an
// Instagram post stays, and so do a tweet's or a Bluesky post's text and
// credit, which an article that quotes them quotes. A class that names
// an embed on a block of the page's own prose does not drop it.
func TestEmbedFrames(t *testing.T) {
	tests := []struct {
		name  string
		embed string
		// kept must be in the text; post must not be marked as the frame
		// (the classifier may drop it on its own evidence: a caption that
		// is all link); gone is the frame.
		kept, post, gone []string
	}{
		{
			name: "instagram",
			embed: `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/" data-instgrm-version="14">` +
				`<div><a href="https://www.instagram.com/p/x/" target="_blank"><div><div>Harbour Tales</div></div><div>Vista esta entrada en Instagram</div></a>` +
				`<p><a href="https://www.instagram.com/p/x/" target="_blank">Una entrada compartida por Panadería Puerto (@panaderiapuerto)</a></p></div></blockquote>`,
			gone: []string{"Vista esta entrada en Instagram", "Una entrada compartida por", "Harbour Tales"},
		},
		{
			name: "instagram with a caption",
			embed: `<blockquote class="instagram-media" data-instgrm-captioned><div><div><a href="https://www.instagram.com/p/y/">Link</a></div>` +
				`<p><a href="https://www.instagram.com/p/y/">First rye of the season, straight from the rebuilt oven #bread</a></p>` +
				`<p>Geteilt von <a href="https://www.instagram.com/hb/">Harbour Bakery</a> (@hb) am <time datetime="2021-03-03T08:15:00+00:00">3. März 2021</time></p></div></blockquote>`,
			post: []string{"First rye of the season, straight from the rebuilt oven #bread"},
			gone: []string{"Geteilt von Harbour Bakery (@hb)"},
		},
		{
			name: "threads",
			embed: `<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@hb/post/z"><a href="https://www.threads.net/@hb/post/z" target="_blank">` +
				`<div><div>Beitrag von @hb</div><div>Auf Threads ansehen</div></div></a></blockquote>`,
			gone: []string{"Beitrag von @hb", "Auf Threads ansehen"},
		},
		{
			name: "mastodon",
			embed: `<blockquote class="mastodon-embed" data-embed-url="https://example.social/@hb/1/embed"><a href="https://example.social/@hb/1" target="_blank">` +
				`<div>Post by @hb@example.social</div><div>View on Mastodon</div></a></blockquote>`,
			gone: []string{"Post by @hb@example.social", "View on Mastodon"},
		},
		{
			name:  "imgur",
			embed: `<blockquote class="imgur-embed-pub" lang="en" data-id="a/q"><a href="//imgur.com/a/q">Bekijk de post op imgur.com</a></blockquote>`,
			gone:  []string{"Bekijk de post op imgur.com"},
		},
		{
			name:  "reddit",
			embed: `<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/bread/comments/q/">The harbour oven is back</a><br> by <a href="https://www.reddit.com/user/hb/">u/hb</a> in <a href="https://www.reddit.com/r/bread/">r/bread</a></blockquote>`,
			gone:  []string{"The harbour oven is back"},
		},
		{
			name: "wordpress post",
			embed: `<blockquote class="wp-embedded-content" data-secret="k3"><a href="https://example.org/oven-repairs/">How we rebuilt the oven</a></blockquote>` +
				`<iframe class="wp-embedded-content" sandbox="allow-scripts" src="https://example.org/oven-repairs/embed/#?secret=k3"></iframe>`,
			gone: []string{"How we rebuilt the oven"},
		},
		{
			name: "tweet",
			embed: `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The queue for the harbour bakery goes round the fish market this morning, and nobody minds the wait.</p>` +
				`&mdash; Jane Doe (@janedoe) <a href="https://twitter.com/janedoe/status/1">March 3, 2021</a></blockquote>`,
			kept: []string{"The queue for the harbour bakery goes round the fish market", "— Jane Doe (@janedoe) March 3, 2021"},
		},
		{
			name: "bluesky",
			embed: `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/1"><p lang="en">Fresh rye at the harbour again, and the queue is as long as it ever was before the storm.</p>` +
				`&mdash; Jane Doe (<a href="https://bsky.app/profile/did:plc:x">@janedoe.example</a>) <a href="https://bsky.app/profile/did:plc:x/post/1">March 3, 2021</a></blockquote>`,
			kept: []string{"Fresh rye at the harbour again"},
			post: []string{"— Jane Doe (@janedoe.example) March 3, 2021"},
		},
		{
			name: "prose under an embed's class",
			embed: `<div class="instagram-media"><div>The bakery's own account posted photographs of the oven every week of the repairs, from the first cracked bricks ` +
				`to the last coat of lime, and thousands of people followed the work through the winter months until the doors opened again.</div></div>`,
			kept: []string{"The bakery's own account posted photographs of the oven every week"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(embedArticle(tt.embed), Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"queue reached the corner", "second counter near the ferry terminal"} {
				if !strings.Contains(res.Text, want) {
					t.Errorf("article text %q lost:\n%s", want, res.Text)
				}
			}
			for _, want := range tt.kept {
				if !strings.Contains(res.Text, want) {
					t.Errorf("post text %q dropped:\n%s", want, res.Text)
				}
			}
			for _, b := range res.Blocks {
				for _, post := range append(tt.kept, tt.post...) {
					if strings.Contains(b.Text, post) && b.Features.Hints.Has(boilerplate.HintEmbedFrame) {
						t.Errorf("post text %q marked as an embed's frame", post)
					}
				}
			}
			for _, frame := range tt.gone {
				if strings.Contains(res.Text, frame) {
					t.Errorf("frame %q kept:\n%s", frame, res.Text)
				}
				found := false
				for _, b := range res.Blocks {
					if strings.Contains(b.Text, frame) {
						found = true
						if b.Reason != boilerplate.ReasonCredit || !b.Features.Hints.Has(boilerplate.HintEmbedFrame) {
							t.Errorf("frame %q: reason %q, hints %v; want credit and embed-frame", frame, b.Reason, b.Features.Hints.Names())
						}
					}
				}
				if !found {
					t.Errorf("frame %q is in no block", frame)
				}
			}
		})
	}
}

// TestEmbedClass: the embed codes' class names, whole, among others on the
// element; a name that only looks like one is not.
func TestEmbedClass(t *testing.T) {
	tests := []struct {
		class string
		want  embedFrame
	}{
		{"instagram-media", frameLastParagraph},
		{"  wp-embed instagram-media\tinstagram-media-rendered ", frameLastParagraph},
		{"text-post-media", frameAll},
		{"mastodon-embed", frameAll},
		{"imgur-embed-pub", frameAll},
		{"reddit-embed-bq", frameAll},
		{"wp-embedded-content", frameAll},
		{"twitter-tweet", 0},
		{"bluesky-embed", 0},
		{"instagram-media-wrapper", 0},
		{"Instagram-Media", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := embedOf([]byte(tt.class)); got != tt.want {
			t.Errorf("embedOf(class=%q) = %d, want %d", tt.class, got, tt.want)
		}
	}
}

// TestEmbedFramesOutlastReadings: a reading by sections takes back the
// classifier's verdicts (clearVerdicts), not the frame's.
func TestEmbedFramesOutlastReadings(t *testing.T) {
	blocks := []boilerplate.Block{
		{Text: "A post shared by Harbour Bakery (@hb)", Features: boilerplate.Features{Hints: boilerplate.HintEmbedFrame}},
		{Text: "Menu"},
	}
	for i := range blocks {
		blocks[i].Drop(boilerplate.ReasonCredit)
	}
	clearVerdicts(blocks)
	if blocks[0].Reason != boilerplate.ReasonCredit {
		t.Errorf("frame's reason after clearVerdicts = %q, want credit", blocks[0].Reason)
	}
	if blocks[1].Reason != boilerplate.ReasonNone {
		t.Errorf("classifier's reason after clearVerdicts = %q, want none", blocks[1].Reason)
	}
}

// TestEmbedElements: the segmenter records an element as an embed by its
// first class attribute alone, not by its id; the shape of the element is
// the first name of that class.
func TestEmbedElements(t *testing.T) {
	tests := []struct {
		attrs     string
		wantEmbed embedFrame
		wantShape uint32
	}{
		{`class="instagram-media"`, frameLastParagraph, classShape([]byte("instagram-media"))},
		{`id="instagram-media" class="post even"`, 0, classShape([]byte("post"))},
		{`class="mastodon-embed" class="post"`, frameAll, classShape([]byte("mastodon-embed"))},
		{`id="mastodon-embed"`, 0, 0},
	}
	for _, tt := range tests {
		page := `<html><body><p>Before.</p><div ` + tt.attrs + `><p>Quoted post text.</p></div></body></html>`
		s := segmentHTML([]byte(page), "", Limits{}.withDefaults(), nil, false)
		var embed embedFrame
		if len(s.embeds) > 0 {
			embed = s.embeds[0].frame
		}
		var shape uint32
		for _, nd := range s.nodes {
			if nd.tag == atom.Div {
				shape = nd.shape
			}
		}
		s.release()
		if embed != tt.wantEmbed || shape != tt.wantShape {
			t.Errorf("<div %s>: embed %d shape %x, want %d %x", tt.attrs, embed, shape, tt.wantEmbed, tt.wantShape)
		}
	}
}

// TestMayNameEmbed: the search by "m" finds "embed" and "-media" wherever
// they stand, as a search for each would, and nothing else.
func TestMayNameEmbed(t *testing.T) {
	for _, class := range []string{
		"", "m", "embed", "xembed", "embe", "mbed", "-media", "media", "social-media-embed", "wp-embedded-content",
		"instagram-media", "mt-4 mb-2 m-0 text-sm", "emmbed", "-mmedia", "em-media", "tiktok-embed",
		"elementor-element elementor-element-3f2a elementor-widget", "comment-meta", "x-medi", "embeembed",
	} {
		want := strings.Contains(class, "embed") || strings.Contains(class, "-media")
		if got := mayNameEmbed([]byte(class)); got != want {
			t.Errorf("mayNameEmbed(%q) = %v, want %v", class, got, want)
		}
	}
}
