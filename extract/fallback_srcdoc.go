package extract

import (
	"bytes"
	"context"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FallbackFrame is the document an <iframe srcdoc> holds, read on a page
// whose own document kept almost nothing (see srcdocFallBack).
const FallbackFrame = "frame"

// srcdocMaxBytes bounds the srcdoc documents srcdocFallBack reads: an
// embed larger than this is an application, not a post.
const srcdocMaxBytes = 1 << 16

// srcdocFallBack reads, on a page whose extraction res kept under
// fallbackWords, the largest <iframe srcdoc> document of the page (of at
// most srcdocMaxBytes) as a page of its own, and returns res with its text
// and blocks (after the page's own, which it drops as outside the main
// content) when the frame keeps more: a post
// that a sandboxed embed or a page builder's preview ships whole in the
// attribute, which a browser shows as the page. The segmenter does not
// read srcdoc (see segment_regions.go): embeds beside a page's text are
// not its text. The frame's own frames are not read (one level), and the
// page's metadata stays the page's. It returns res unchanged otherwise.
func srcdocFallBack(ctx context.Context, page []byte, res *Result, opts Options) *Result {
	if opts.inFrame || keptWords(res.Blocks) >= fallbackWords || !containsFold(page, "srcdoc") {
		return res // most pages: the test of the page's bytes is the costly one
	}
	words := wordCount(res.Text)
	doc := largestSrcdoc(page)
	if len(doc) == 0 {
		return res
	}
	inner := opts
	inner.inFrame = true
	fr, err := FromBytesContext(ctx, doc, inner)
	if err != nil || wordCount(fr.Text) <= words {
		return res
	}
	for i := range res.Blocks {
		if res.Blocks[i].Kept { // the few words the page kept are not its text now
			res.Blocks[i].Drop(boilerplate.ReasonOutsideMain)
		}
	}
	res.Text = fr.Text
	res.Blocks = append(res.Blocks, fr.Blocks...)
	res.markup = fr.markup
	res.Fallback = FallbackFrame
	if res.Language == "" {
		res.Language = fr.Language
	}
	return res
}

// largestSrcdoc returns the longest srcdoc value of an <iframe> in page
// of at most srcdocMaxBytes, nil for none.
func largestSrcdoc(page []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(page))
	var best []byte
	for {
		switch z.Next() {
		case html.ErrorToken:
			return best
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			if atom.Lookup(name) != atom.Iframe {
				continue
			}
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				if string(k) == "srcdoc" && len(v) > len(best) && len(v) <= srcdocMaxBytes {
					best = append(best[:0], v...)
				}
			}
		}
	}
}
