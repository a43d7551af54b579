package extract

import (
	"bytes"
	"strconv"
	"unicode"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// The differential coverage test holds the segmenter to the HTML5 parsing
// algorithm as golang.org/x/net/html implements it: every letter and digit
// of the text a reader can see in html.Parse's tree must reach some block
// of Result.Blocks, kept or dropped. What a block then becomes is the
// classifier's business; text that reaches no block is lost for good.
//
// Visible text is that of the tree's text nodes outside script, style,
// template, noscript and head, and outside elements hidden by the hidden
// attribute or an inline display:none or visibility:hidden. Script and
// style count in SVG too, where they are no more text than in HTML.
//
// The comparison: both sides are reduced to their streams of letters and
// digits (everything else, white space included, is dropped), the tree's
// in document order and the blocks' in block order. A letter of the tree's
// stream counts as found when one of the coverK-letter windows that hold
// it is also a window of the blocks' stream, windows counted as a
// multiset: each window of the blocks' stream vouches for one of the
// tree's at most. Windows rather than single letters, because a letter
// multiset lets extra text in the blocks (hidden menus are in blocks, not
// in the reference) make up for a lost paragraph; a sequence alignment
// would also be exact, but costs time quadratic in the worst case, and
// pages here have up to a million letters.
//
// Windows miss letters at seams: where the blocks hold extra text between
// two pieces of visible text (a menu's labels with its hidden drop-down
// between them), or put a piece elsewhere (a button's label after its
// paragraph), windows that straddle the seam match nothing. So a run of
// at most maxSeam letters that no window found still counts as found when
// its letters are among those of the blocks that found letters did not
// use up. Lost markup loses longer runs than that: a paragraph, a list, the
// rest of a page.

// coverK is the window length, in letters and digits, of the comparison.
const coverK = 6

// maxSeam is the longest run of letters not found by windows that may be
// found letter by letter.
const maxSeam = 4 * coverK

// visibleLetters appends to dst the letters and digits of the text of the
// tree under n that a reader sees, in document order.
func visibleLetters(dst []rune, n *html.Node) []rune {
	switch n.Type {
	case html.TextNode:
		// Blocks hold text in NFC (see segmenter.store): so does the
		// reference.
		return appendLetters(dst, norm.NFC.String(n.Data))
	case html.ElementNode:
		if invisibleElement(n) {
			return dst
		}
	case html.DocumentNode:
	default:
		return dst
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		dst = visibleLetters(dst, c)
	}
	return dst
}

// invisibleElement reports whether the element n and all it holds are out
// of the visible text.
func invisibleElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style:
		// In SVG too: a style sheet or a script, never text.
		return true
	case atom.Template, atom.Noscript, atom.Head:
		if n.Namespace == "" {
			return true
		}
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if hiddenStyle([]byte(a.Val)) {
				return true
			}
		case "class":
			// Text for screen readers only, which a grid's reading
			// cuts (see cutScreenReaderText).
			if screenReaderOnly([]byte(a.Val)) {
				return true
			}
		}
	}
	return false
}

// appendLetters appends the letters and digits of s to dst.
func appendLetters(dst []rune, s string) []rune {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			dst = append(dst, r)
		}
	}
	return dst
}

// blockLetters returns the letters and digits of all blocks' texts, in
// block order.
func blockLetters(blocks []boilerplate.Block) []rune {
	var out []rune
	for i := range blocks {
		out = appendLetters(out, blocks[i].Text)
	}
	return out
}

// coverage compares want, the letters the tree shows, with got, those of
// the blocks. It returns how many letters of want were found and, for
// diagnostics, which.
func coverage(want, got []rune) (found int, ok []bool) {
	ok = make([]bool, len(want))
	if len(want) >= coverK && len(got) >= coverK {
		have := make(map[uint64]int32, len(got))
		for i := 0; i+coverK <= len(got); i++ {
			have[window(got[i:i+coverK])]++
		}
		for i := 0; i+coverK <= len(want); i++ {
			w := window(want[i : i+coverK])
			if have[w] > 0 {
				have[w]--
				for j := i; j < i+coverK; j++ {
					ok[j] = true
				}
			}
		}
	}
	// The letters of got that found letters did not use up.
	spare := map[rune]int{}
	for _, r := range got {
		spare[r]++
	}
	for i, r := range want {
		if ok[i] {
			spare[r]--
		}
	}
	for i := 0; i < len(want); {
		if ok[i] {
			i++
			continue
		}
		j := i
		for j < len(want) && !ok[j] {
			j++
		}
		if j-i <= maxSeam || len(want) < coverK || len(got) < coverK {
			for k := i; k < j; k++ {
				if r := want[k]; spare[r] > 0 {
					spare[r]--
					ok[k] = true
				}
			}
		}
		i = j
	}
	for _, b := range ok {
		if b {
			found++
		}
	}
	return found, ok
}

// window hashes a window of letters (FNV-1a over the runes): two windows
// that differ collide with a chance of one in 2^64.
func window(rs []rune) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range rs {
		h = (h ^ uint64(r)) * 1099511628211
	}
	return h
}

// pageCoverage is the outcome of the differential test on one page.
type pageCoverage struct {
	want, found int
	missing     []string // the first stretches of letters not found
}

// share is the found share of the visible letters, 1 for a page with none.
func (c pageCoverage) share() float64 {
	if c.want == 0 {
		return 1
	}
	return float64(c.found) / float64(c.want)
}

// measureCoverage runs the differential test on page, UTF-8 HTML: it
// parses it with html.Parse and extracts it as FromBytes does once the
// page is decoded (charset detection is not under test). ok is false when
// html.Parse refuses the page (nesting deeper than 512 elements).
func measureCoverage(page []byte) (c pageCoverage, ok bool) {
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return c, false
	}
	res := finish(segmentHTML(page, "", Limits{}.withDefaults(), nil, false), Options{})
	want := visibleLetters(nil, root)
	found, hit := coverage(want, blockLetters(res.Blocks))
	c = pageCoverage{want: len(want), found: found}
	c.missing = missingStretches(want, hit, 3)
	return c, true
}

// missingStretches returns up to max stretches of want that were not
// found, longest first in page order, each cut to 80 letters.
func missingStretches(want []rune, hit []bool, max int) []string {
	var out []string
	for i := 0; i < len(want) && len(out) < max; {
		if hit[i] {
			i++
			continue
		}
		j := i
		for j < len(want) && !hit[j] {
			j++
		}
		if j-i >= coverK {
			s := string(want[i:min(j, i+80)])
			if j-i > 80 {
				s += "…(" + strconv.Itoa(j-i) + ")"
			}
			out = append(out, s)
		}
		i = j
	}
	return out
}
