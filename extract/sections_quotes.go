package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// quoteMinWords is the length from which a quote is compared with the
// posts around it; a shorter one is too short to tell.
const quoteMinWords = 5

// quotedShare is the share of a quote's word triples that must occur in
// the page's other posts for the quote to repeat one of them.
const quotedShare = 0.5

// dropQuotedPosts drops, on a forum, the quotes of posts the page already
// shows: a reply quotes the post it answers, often cut or with its
// author's name ("kestrel wrote:") before it, and the post is kept where
// it stands. A quote of a text the page does not show (a manual, a post
// on another page of the thread) stays. Some engines print each post's
// own text in a <blockquote> too: there the first copy of a text among
// the quotes is the post, and a later quote that repeats it goes. quoted
// tells which blocks stand in a quotation (see quotedBlocks), the items
// of a quoted list among them; nil when only the quotations' kind is
// known.
func dropQuotedPosts(blocks []boilerplate.Block, quoted []bool) {
	isQuote := func(i int) bool {
		return blocks[i].Kind == boilerplate.KindQuote || quoted != nil && quoted[i]
	}
	var posts map[uint64]struct{}
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept || isQuote(i) {
			continue
		}
		if posts == nil {
			posts = make(map[uint64]struct{})
		}
		eachTriple(b.Text, func(h uint64) { posts[h] = struct{}{} })
	}
	var before map[uint64]struct{} // the triples of the quotes before
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept || !isQuote(i) || b.Features.Words < quoteMinWords {
			continue
		}
		n, in := 0, 0
		eachTriple(b.Text, func(h uint64) {
			n++
			if _, ok := posts[h]; ok {
				in++
			} else if _, ok := before[h]; ok {
				in++
			}
		})
		if n > 0 && float64(in) >= quotedShare*float64(n) {
			b.Drop(boilerplate.ReasonRepeatedInPage)
		}
		if before == nil {
			before = make(map[uint64]struct{})
		}
		eachTriple(b.Text, func(h uint64) { before[h] = struct{}{} })
	}
}

// eachTriple calls f with the hash of each run of three words of s, words
// compared without ASCII case and without the punctuation around them.
func eachTriple(s string, f func(uint64)) {
	var h1, h2 uint64
	n := 0
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimFunc(w, isTriplePunct)
		if w == "" {
			continue
		}
		h := wordHash(w)
		if n >= 2 {
			f(h1*31*31 ^ h2*31 ^ h)
		}
		h1, h2 = h2, h
		n++
	}
}

// isTriplePunct reports whether r is punctuation that eachTriple trims.
func isTriplePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '“', '”', '‘', '’', '«', '»':
		return true
	}
	return false
}

// wordHash hashes w without ASCII case (FNV-1a).
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := range len(w) {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
