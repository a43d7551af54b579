package extract

import (
	"strings"
	"unicode"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/meta"
)

// maxHeadlineWords is the longest h1 taken for a headline.
const maxHeadlineWords = 40

// hintsOffArticle are the hints of the regions where a page's own headline
// does not stand.
const hintsOffArticle = boilerplate.HintNav | boilerplate.HintFooter | boilerplate.HintAside |
	boilerplate.HintComment | boilerplate.HintHidden

// findHeadline returns the index of the block that is the article's
// headline as the reader sees it, or -1: the h1 that shares the most
// words with the metadata's titles (og:title, JSON-LD headline, <title>),
// else the first h1 outside navigation, sidebars and footers that is not
// mostly a link. The metadata's titles are often written for search
// engines and social cards; the h1 is the headline printed above the
// article. An h1 that is the site's name is no headline, and neither is a
// short label that shares nothing with a title the metadata gives (a
// section name: "Blog", "News").
func findHeadline(blocks []boilerplate.Block, md *meta.Metadata) int {
	best, fallback := -1, -1
	bestScore := 0.0
	for i := range blocks {
		b := &blocks[i]
		f := &b.Features
		if b.Kind != boilerplate.KindHeading || b.Tag != "h1" || f.Words == 0 || f.Words > maxHeadlineWords ||
			f.Hints&hintsOffArticle != 0 {
			continue
		}
		if meta.IsSiteName(b.Text, md.SiteName, md.Host) {
			continue
		}
		s := max(titleOverlap(b.Text, md.Title), titleOverlap(b.Text, md.PageTitle))
		if s > bestScore {
			best, bestScore = i, s
		}
		if fallback < 0 && f.LinkWords*2 < f.Words && md.Title == "" && md.PageTitle == "" {
			fallback = i
		}
	}
	if best >= 0 && bestScore >= 0.3 {
		return best
	}
	return fallback
}

// titleOverlap is the share of the words of h that title has too, 1 when
// one holds the other's letters and digits whole (titles in scripts
// written without spaces).
func titleOverlap(h, title string) float64 {
	if title == "" {
		return 0
	}
	ch, ct := compactText(h), compactText(title)
	if ch == "" || ct == "" {
		return 0
	}
	if strings.Contains(ct, ch) || strings.Contains(ch, ct) {
		return 1
	}
	hw, tw := titleWords(h), titleWords(title)
	n := 0
	for _, w := range hw {
		for _, v := range tw {
			if w == v {
				n++
				break
			}
		}
	}
	return float64(n) / float64(len(hw))
}

// titleWords returns the lower-cased runs of letters and digits of s.
func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// compactText lower-cases s and keeps only its letters and digits.
func compactText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
