package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/meta"
)

// serviceTitle returns the title of a service page, given title, the
// headline found on it: the <title> without the site's name, cut before
// what it adds after its first separator as a title that no heading
// confirms is (see cutTitleTail), when the headline is a slogan that
// <title> does not print. A landing page's h1
// sells ("The complete solution for your team"); its <title> names what
// the page offers ("Customer Support Software | Brand"). An h1 that
// <title> prints whole, or as one of its parts ("Brand | Slogan"), is
// the page's own name for itself and stays, and so does a headline
// printed on the page that the metadata's own title (og:title, the
// JSON-LD headline) gives word for word: printed says the title is a
// heading on the page (see titlePrinted). Two sources that agree name the
// page; a slogan is no social card's title.
func serviceTitle(title string, md *meta.Metadata, printed bool) string {
	pt := strings.TrimSpace(meta.StripSiteTail(collapseASCIISpace(md.PageTitle), md.SiteName, md.Host))
	if pt == "" || title == "" || wordCount(pt) < 2 {
		return title
	}
	nt := normTitle(title)
	if nt == normTitle(pt) || titlePart(md.PageTitle, nt) || printed && nt == normTitle(md.Title) {
		return title
	}
	return tidyTitle(cutTitleTail(pt))
}

// titlePart reports whether a title's part between separators (see
// titleTailSeps), or the title whole, is nt (normTitle's output).
func titlePart(title, nt string) bool {
	if normTitle(title) == nt {
		return true
	}
	for _, sep := range titleTailSeps {
		for part := range strings.SplitSeq(title, sep) {
			if normTitle(part) == nt {
				return true
			}
		}
	}
	return false
}

// titlePrinted reports whether the headline search marked a heading of
// the page as its title (see findHeadline and markTitle) that reads
// title: the page prints its title, rather than the title coming from
// the metadata alone.
func titlePrinted(blocks []boilerplate.Block, title string) bool {
	nt := normTitle(title)
	for i := range blocks {
		b := &blocks[i]
		if b.Kind == boilerplate.KindHeading && b.Features.Hints&boilerplate.HintTitle != 0 &&
			normTitle(b.Text) == nt {
			return true
		}
	}
	return false
}
