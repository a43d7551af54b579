package extract

import (
	"encoding/binary"
	"math/bits"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// embedFrame says which text of an embedded post is its frame (the credit
// line, "View this post on Instagram") rather than the post.
//
// The posts of X (Twitter), Bluesky, Facebook and TikTok are not read
// here: their embed code prints the post's text and then its credit
// ("— Name (@handle) Date"), and an article that quotes a post quotes
// both: the truths of the ScrapingHub benchmark keep them on every page
// that embeds a tweet.
type embedFrame uint8

const (
	// frameLastParagraph: the text outside <p> elements and the last <p>
	// are the frame. Instagram writes "View this post on Instagram", the
	// caption in a <p> (older embeds), then "A post shared by Name
	// (@handle)" in a <p> of its own.
	frameLastParagraph embedFrame = iota + 1
	// frameAll: the embed code holds only a link to the post ("Post by
	// @user", "View on Threads", "View post on imgur.com", a WordPress
	// post's title).
	frameAll
)

// embedClass returns the frame of the embedded post that an element of
// class name holds, 0 when the name is no embed's. The names are those
// that the embed codes of social networks and media hosts give the
// element that holds the post, as their documentation prints them.
func embedClass(name []byte) embedFrame {
	switch string(name) {
	case "instagram-media":
		return frameLastParagraph
	case "text-post-media", "mastodon-embed", "imgur-embed-pub", "reddit-embed-bq": // Threads, ...
		return frameAll
	case "wp-embedded-content":
		// A post of a WordPress site embedded in another: a script
		// replaces the link to it with a card in an <iframe>.
		return frameAll
	}
	return 0
}

// mayNameEmbed reports whether a class list may hold a name embedClass
// knows: every one of them has "embed" or "-media" in it. It spares the
// walk over the names of the many elements that hold none.
//
// Both hold an "m" after their first byte, and only an "m" after an "e"
// or a "-" is looked at further. Class lists are long (utility classes)
// and hold many an "m" ("m-4", "md:", "item"): a search for each "m" cost
// more to call than the bytes it skipped, so the list is read eight bytes
// at a time instead, and a word without an "m" is passed over whole.
func mayNameEmbed(class []byte) bool {
	for i := 1; i+3 < len(class); i++ {
		if i+8 <= len(class) {
			m := byteIn8(binary.LittleEndian.Uint64(class[i:]), 'm')
			if m == 0 {
				i += 7 // and the loop's i++
				continue
			}
			i += bits.TrailingZeros64(m) / 8 // the first "m" of the eight
		} else if class[i] != 'm' {
			continue
		}
		switch class[i-1] {
		case 'e':
			if i+3 < len(class) && string(class[i+1:i+4]) == "bed" {
				return true
			}
		case '-':
			if i+4 < len(class) && string(class[i+1:i+5]) == "edia" {
				return true
			}
		}
	}
	return false
}

// byteIn8 returns, for the eight bytes of w (the first in its low bits),
// a word whose lowest set bit is the high bit of the first byte that is
// c, 0 when none is. Bits above that one may be set for bytes that are
// not c: only the lowest is to be trusted. (A byte of w^c is zero where
// w holds c; subtracting one from each byte borrows through the high bit
// of the lowest zero byte first.)
func byteIn8(w uint64, c byte) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := w ^ ones*uint64(c)
	return (x - ones) &^ x & highs
}

// frameWords is the most words a block of an embed's frame has: a credit
// line with a long name and a date. A longer block inside an element named
// like an embed is the page's own text.
const frameWords = 30

// embedOf returns the frame of the embedded post an element of class
// value class holds, 0 when the value names none.
func embedOf(class []byte) embedFrame {
	if !mayNameEmbed(class) {
		return 0
	}
	for i := 0; i < len(class); {
		for i < len(class) && isHTMLSpace(class[i]) {
			i++
		}
		j := i
		for j < len(class) && !isHTMLSpace(class[j]) {
			j++
		}
		if f := embedClass(class[i:j]); f != 0 {
			return f
		}
		i = j
	}
	return 0
}

// embedNode is an element that holds an embedded post.
type embedNode struct {
	node  int32
	frame embedFrame
}

// markEmbedFrames drops the frame of every embedded post (see embedFrame):
// its blocks get HintEmbedFrame and are dropped as credits. The post's own
// text is left to the classifier, as the article's quotation.
func markEmbedFrames(s *segmenter) {
	if len(s.embeds) == 0 {
		return
	}
	// within[n] is the embed around node n (an index into s.embeds), -1
	// for none; nodes come after their parents.
	within := make([]int32, len(s.nodes))
	next := 0
	for n := range s.nodes {
		within[n] = -1
		if p := s.nodes[n].parent; p >= 0 {
			within[n] = within[p]
		}
		for next < len(s.embeds) && int(s.embeds[next].node) < n {
			next++
		}
		if next < len(s.embeds) && int(s.embeds[next].node) == n {
			within[n] = int32(next)
		}
	}
	blocks := s.blocks
	for i := 0; i < len(blocks); {
		e := within[s.blockAt[i]]
		if e < 0 {
			i++
			continue
		}
		// The run of blocks inside embed e, and its last paragraph.
		j, last := i, -1
		for ; j < len(blocks) && within[s.blockAt[j]] == e; j++ {
			if s.nodes[s.blockAt[j]].tag == atom.P {
				last = j
			}
		}
		frame := s.embeds[e].frame
		for k := i; k < j; k++ {
			caption := frame == frameLastParagraph && k != last && s.nodes[s.blockAt[k]].tag == atom.P
			if !caption && blocks[k].Features.Words <= frameWords {
				blocks[k].Features.Hints |= boilerplate.HintEmbedFrame
				blocks[k].Drop(boilerplate.ReasonCredit)
			}
		}
		i = j
	}
}
