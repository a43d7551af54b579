package extract

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAppendSpaceMatchesAppendText checks that appendSpace, the written-out
// case of white space, leaves the segmenter as appendText does: the
// block's text, the bytes inside links and the chips' notes, whatever the
// text before, the link, the owed chip break and the room left.
func TestAppendSpaceMatchesAppendText(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 2))
	befores := []string{"", "word", "word ", "line\n", "chip", "ab", "x\t", "é", "北"}
	spaces := []string{"", " ", "\n", "\n\t\t", "\r\n  ", "\f", "  \r "}
	for range 20000 {
		before := befores[r.IntN(len(befores))]
		space := []byte(spaces[r.IntN(len(spaces))])
		limit := max(len(before)+r.IntN(3)-1, 1) // at, under and over the limit
		inLink, owed := r.IntN(2), r.IntN(2) == 0
		mk := func() *segmenter {
			s := &segmenter{}
			s.lim.MaxBlockChars = limit
			s.buf = append(s.buf, before...)
			s.inLink, s.linkChars = inLink, 5
			s.chips = chipGaps{closeAt: -1, gapAt: -1}
			if owed {
				s.chips.gapAt, s.chips.closeAt = len(before), len(before)
			}
			return s
		}
		want, got := mk(), mk()
		want.appendText(space)
		got.appendSpace(space)
		if !bytes.Equal(got.buf, want.buf) || got.linkChars != want.linkChars || got.chips.gapAt != want.chips.gapAt ||
			got.chips.closeAt != want.chips.closeAt || !slices.Equal(got.chips.pending, want.chips.pending) {
			t.Fatalf("before %q, space %q, limit %d, link %d: appendSpace %q %d %+v, appendText %q %d %+v",
				before, space, want.lim.MaxBlockChars, want.inLink, got.buf, got.linkChars, got.chips, want.buf, want.linkChars, want.chips)
		}
	}
}

// TestSpaceOnlyTokens checks pages whose text tokens are white space alone
// between inline elements, in links and in <pre>, where it is kept.
func TestSpaceOnlyTokens(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{"<p><b>one</b> \n\t <i>two</i></p>", "one two"},
		{"<p><b>one</b>\r\n<i>two</i> </p>", "one two"},
		{"<p><a href=/x>one</a> <a href=/y>two</a></p>", "one two"},
		{"<pre><b>one</b>\n\n  <i>two</i></pre>", "one\n\n  two"},
		{"<p>   </p><p>one</p>", "one"},
		{"\r\n <title>x</title>\n <p>one</p>", "one"},
		{"<p><span class=byline>By<b>Ann</b>\r\n<b>Lee</b></span></p>", "ByAnn Lee"},
		{"<p>one<b>two</b>&#32;<i>three</i></p>", "onetwo three"},
	} {
		s := segmentedPage(t, c.page)
		var texts []string
		for _, b := range s.blocks {
			texts = append(texts, b.Text)
		}
		if len(texts) == 0 || texts[0] != c.want {
			t.Errorf("%q: blocks %q, want first %q", c.page, texts, c.want)
		}
	}
}

// TestIsSpaceOnly checks isSpaceOnly, which reads runs of white space
// eight bytes at a time, against a byte at a time, on texts of white space
// with one other byte or none anywhere, at every length around the
// eight-byte steps.
func TestIsSpaceOnly(t *testing.T) {
	bytesOf := []byte{' ', '\n', '\t', '\r', '\f', 'a', 0, '\v', 0xA0, 0x80 | ' '}
	r := rand.New(rand.NewPCG(14, 3))
	for n := range 40 {
		for range 300 {
			text := make([]byte, n)
			k := 1 + r.IntN(5) // white space of the first k kinds
			for i := range text {
				text[i] = bytesOf[r.IntN(k)]
			}
			if n > 0 && r.IntN(2) == 0 {
				text[r.IntN(n)] = bytesOf[r.IntN(len(bytesOf))]
			}
			want := true
			for _, c := range text {
				want = want && (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')
			}
			if got := isSpaceOnly(text); got != want {
				t.Fatalf("isSpaceOnly(%q) = %v, want %v", text, got, want)
			}
		}
	}
}
