package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestUnlinkSolePostBounds checks the bounds of unlinkSolePost on blocks
// made by hand: a link around the page's only text gives its words back
// when it wraps soleLinkMinBlocks blocks besides headings, none of them
// in the page's frame, and the prose outside it (but links and chrome)
// is no more than the text inside it.
func TestUnlinkSolePostBounds(t *testing.T) {
	linked := func(kind boilerplate.Kind, words int) boilerplate.Block {
		b := boilerplate.Block{Kind: kind}
		b.Features.Words, b.Features.LinkWords, b.Features.LinkCount = words, words, 1
		return b
	}
	prose := func(words int, h boilerplate.Hint) boilerplate.Block {
		b := boilerplate.Block{Kind: boilerplate.KindParagraph}
		b.Features.Words, b.Features.Hints = words, h
		return b
	}
	head, para := boilerplate.KindHeading, boilerplate.KindParagraph
	cases := []struct {
		name   string
		blocks []boilerplate.Block
		link   [2]int32
		unlink bool
	}{
		{"two paragraphs", []boilerplate.Block{linked(head, 3), linked(para, 20), linked(para, 20)}, [2]int32{0, 3}, true},
		{"one paragraph is a teaser", []boilerplate.Block{linked(head, 3), linked(para, 20)}, [2]int32{0, 2}, false},
		{"prose outside equal to inside", []boilerplate.Block{prose(40, 0), linked(head, 3), linked(para, 20), linked(para, 20)}, [2]int32{1, 4}, true},
		{"prose outside over inside", []boilerplate.Block{prose(41, 0), linked(head, 3), linked(para, 20), linked(para, 20)}, [2]int32{1, 4}, false},
		{"chrome outside is not counted", []boilerplate.Block{prose(80, boilerplate.HintNav), linked(head, 3), linked(para, 20), linked(para, 20)}, [2]int32{1, 4}, true},
		{"links outside are not counted", []boilerplate.Block{linked(para, 80), linked(head, 3), linked(para, 20), linked(para, 20)}, [2]int32{1, 4}, true},
		{"a block in the frame", []boilerplate.Block{linked(head, 3), linked(para, 20), func() boilerplate.Block {
			b := linked(para, 20)
			b.Features.Hints = boilerplate.HintFooter
			return b
		}()}, [2]int32{0, 3}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := &segmenter{blocks: c.blocks, cardLinks: [][2]int32{c.link}}
			unlinkSolePost(s)
			last := &s.blocks[c.link[1]-1].Features
			if got := last.LinkWords == 0; got != c.unlink {
				t.Errorf("unlinked %v, want %v", got, c.unlink)
			}
			if c.unlink && len(s.cardLinks) != 0 {
				t.Errorf("card link left: %v", s.cardLinks)
			}
		})
	}
}

// TestUnlinkOpenProseBounds checks the bounds of unlinkOpenProse: the
// block a link left open ended with keeps as link words only its share
// of the bytes linked before that link when it holds openProseWords
// words and openProseSentences sentences, and stays all linked else.
func TestUnlinkOpenProseBounds(t *testing.T) {
	block := func(words, sentences int) boilerplate.Block {
		b := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: strings.Repeat("x", 100)}
		b.Features.Words, b.Features.Sentences = words, sentences
		b.Features.LinkWords, b.Features.LinkCount = words, 2
		return b
	}
	cases := []struct {
		name      string
		b         boilerplate.Block
		before    int32
		linkWords int
	}{
		{"prose", block(25, 2), 0, 0},
		{"prose after a link", block(40, 3), 50, 20},
		{"a word short", block(24, 2), 0, 24},
		{"one sentence", block(40, 1), 0, 40},
		{"link bytes past the text", block(40, 3), 500, 40},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := &segmenter{blocks: []boilerplate.Block{c.b}, openEnds: [][2]int32{{0, c.before}, {5, 0}}}
			unlinkOpenProse(s)
			if got := s.blocks[0].Features.LinkWords; got != c.linkWords {
				t.Errorf("LinkWords %d, want %d", got, c.linkWords)
			}
		})
	}
}
