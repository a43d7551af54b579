package extract

import (
	"cmp"
	"strings"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
)

// printedOnPage reports whether the page prints one of the names that an
// author from the metadata lists, anywhere, kept or not, in any case
// ("JANE DOE" in a byline set in capitals): in a byline, an author's
// box, a teaser. A name that the page prints nowhere is most often the
// account that filed the article in the publishing tool (a web editor,
// an agency's login), not the writer the page credits.
func printedOnPage(author string, blocks []boilerplate.Block) bool {
	names := splitNames(author)
	for pass := range 2 { // as written first: most pages print it so
		for _, name := range names {
			name = strings.TrimSpace(firstCredit(name))
			if name == "" {
				continue
			}
			for i := range blocks {
				if pass == 0 && strings.Contains(blocks[i].Text, name) || pass == 1 && containsFoldString(blocks[i].Text, name) {
					return true
				}
			}
		}
	}
	return false
}

// containsFoldString reports whether s holds sub under Unicode case
// folding, without copying either.
func containsFoldString(s, sub string) bool {
	if sub == "" {
		return true
	}
	first := sub[0] | 0x20 // an ASCII letter's small form; other bytes are compared whole below
	for i := 0; i+len(sub) <= len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && sub[0] < utf8.RuneSelf && c|0x20 != first {
			continue
		}
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// textWords is the fewest words of a block read as the article's text,
// not its standfirst, where bylineAbove stops.
const textWords = 25

// bylineAbove returns the authors that a byline between the headline and
// the article's text names: a marked or labelled byline, a dated or a
// stacked one (see bylineReader), never a reviewer. It stops at the first
// kept block of textWords words or more: what follows is the text, then
// teasers and cards that credit other stories' writers.
func bylineAbove(s *segmenter, blocks []boilerplate.Block) string {
	at := titleIndex(blocks)
	if at < 0 {
		return ""
	}
	end := min(len(blocks), at+headerAfter)
	for i := at + 1; i < end; i++ {
		if blocks[i].Kept && blocks[i].Features.Words >= textWords {
			end = i
			break
		}
	}
	s.mc.finish()
	r := bylineReader{s: s, blocks: blocks, at: at, headline: true}
	scanBlocks(s, blocks, at, end, r.visit)
	return cmp.Or(r.names, r.stacked)
}
