package extract

import (
	"cmp"
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// printedOnPage reports whether the page prints one of the names that an
// author from the metadata lists, anywhere, kept or not, as written or
// in capitals ("JANE DOE" in a byline set so): in a byline, an author's
// box, a teaser. A name that the page prints nowhere is most often the
// account that filed the article in the publishing tool (a web editor,
// an agency's login), not the writer the page credits.
func printedOnPage(author string, blocks []boilerplate.Block) bool {
	names := splitNames(author)
	for pass := range 2 { // as written first: most pages print it so
		for _, name := range names {
			name = strings.TrimSpace(firstCredit(name))
			if pass == 1 {
				name = strings.ToUpper(name)
			}
			if name == "" {
				continue
			}
			for i := range blocks {
				if strings.Contains(blocks[i].Text, name) {
					return true
				}
			}
		}
	}
	return false
}

// textWords is the fewest words of a block read as the article's text,
// not its standfirst, where bylineAbove stops.
const textWords = 25

// bylineAbove returns the authors that a byline between the headline and
// the article's text names: a labelled byline, a dated or a stacked one,
// an element that itemprop=author or rel=author marks or a link to an
// author's page (see bylineReader), never a reviewer, nor an element that
// only its class marks, which the metadata's author outranks. It stops at the first
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
	r := bylineReader{s: s, blocks: blocks, at: at, headline: true, unclassed: true}
	scanBlocks(s, blocks, at, end, r.visit)
	return cmp.Or(r.names, r.stacked)
}
