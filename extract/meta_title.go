package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

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
// section name: "Blog", "News"), nor a linked one that shares little
// but the site's name with it (a story's card, see siteFreeOverlap). A
// heading that names the brand in more
// words below the home page may be the headline (see siteHeading). On a
// page that sets three h1s or more (a write-up rendered from markdown,
// one h1 a section), an h1 that holds under a third of the title's words
// is a section's heading that the title names in passing (see
// sectionHead), unless it is the board that <title> names after the
// headline.
func findHeadline(blocks []boilerplate.Block, md *meta.Metadata, pageURL string) int {
	best, fallback := -1, -1
	bestScore := 0.0
	h1s := 0
	// The site's name in <title> is no word of the headline: a logo h1
	// would share it.
	pageTitle := meta.StripSiteTail(md.PageTitle, md.SiteName, md.Host)
	site := md.SiteName
	if site == "" {
		site = meta.SiteTail(md.PageTitle, md.SiteName, md.Host)
	}
	for i := range blocks {
		b := &blocks[i]
		f := &b.Features
		if b.Kind != boilerplate.KindHeading || b.Tag != "h1" || f.Words == 0 || f.Words > maxHeadlineWords ||
			f.Hints&hintsOffArticle != 0 {
			continue
		}
		if siteHeading(b, md, pageURL) {
			continue
		}
		h1s++
		var s float64
		if f.LinkWords*2 >= f.Words {
			// A linked h1 is a card's: it links to its story.
			s = siteFreeOverlap(b.Text, md.Title, pageTitle, site)
		} else {
			s = max(titleOverlap(b.Text, md.Title), titleOverlap(b.Text, pageTitle))
		}
		if s > bestScore {
			best, bestScore = i, s
		}
		if fallback < 0 && f.LinkWords*2 < f.Words && md.Title == "" && md.PageTitle == "" {
			fallback = i
		}
	}
	if best >= 0 && bestScore >= 0.3 {
		if h1s >= 3 && sectionHead(blocks[best].Features.Words, md.Title) &&
			!meta.IsTitleTail(blocks[best].Text, md.PageTitle, md.Title) {
			return -1
		}
		return best
	}
	return fallback
}

// titleOverlap is the share of the words of h that title has too, 1 when
// one holds the other's letters and digits whole (titles in scripts
// written without spaces). It does not allocate for titles that fit its
// buffers.
func titleOverlap(h, title string) float64 {
	if title == "" {
		return 0
	}
	var hb, tb, hc, tc [256]byte
	hw, tw := foldWords(hb[:0], h), foldWords(tb[:0], title)
	ch, ct := compactWords(hc[:0], hw), compactWords(tc[:0], tw)
	if len(ch) == 0 || len(ct) == 0 {
		return 0
	}
	if bytes.Contains(ct, ch) || bytes.Contains(ch, ct) {
		return 1
	}
	words, shared := 0, 0
	for rest := hw; len(rest) > 0; {
		w := rest[1:]
		if i := bytes.IndexByte(w, ' '); i >= 0 {
			w = w[:i]
		}
		rest = rest[1+len(w):]
		words++
		if indexWord(tw, w) {
			shared++
		}
	}
	return float64(shared) / float64(words)
}

// foldWords appends to dst the lower-cased runs of letters and digits of
// s, each after one space: " headline words".
func foldWords(dst []byte, s string) []byte {
	inWord := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !inWord {
				dst = append(dst, ' ')
				inWord = true
			}
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		} else {
			inWord = false
		}
	}
	return dst
}

// compactWords appends to dst the bytes of foldWords' output b but its
// spaces.
func compactWords(dst, b []byte) []byte {
	for _, c := range b {
		if c != ' ' {
			dst = append(dst, c)
		}
	}
	return dst
}

// indexWord reports whether the word w stands in words (foldWords'
// output) as a whole word; w may be a run of words, foldWords' output
// without its leading space.
func indexWord(words, w []byte) bool {
	for i := 0; ; {
		j := bytes.Index(words[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		if words[j-1] == ' ' && (end == len(words) || words[end] == ' ') {
			return true
		}
		i = j + 1
	}
}

// titleTailSeps separate a headline from what a title adds after it: a
// section, a tagline, a site name the metadata does not give. The
// full-width bar of Chinese and Japanese titles ("見出し｜新聞名") is the
// bar of theirs.
var titleTailSeps = [...]string{" | ", " – ", " — ", " - ", "｜"}

// maxTitleTail is the most words cutTitleTail cuts.
const maxTitleTail = 8

// cutTitleTail returns the headline of a metadata title that no heading
// on the page confirms: the part before its first separator, when that
// part has two words or more and the rest at most maxTitleTail ("Best
// Movers in NYC 2025 | Top 19 Companies", "Gym Workouts for Beginners —
// Strength Training"). Separators are tried in order, so "Electrical -
// Overview | Safety Agency" keeps "Electrical - Overview".
func cutTitleTail(t string) string {
	for _, sep := range titleTailSeps {
		if head, ok := cutTailAt(t, sep); ok {
			return head
		}
	}
	return t
}

// cutBarTail returns an h1 without what follows its first " | ", when
// cutTitleTail would cut it: a bar is no punctuation of prose, and an h1
// that holds one copies the <title>'s "Headline | Section" ("Harbour park
// plan | Opinion", "Best Movers in NYC | Top 19 Companies"). Dashes, which
// headlines use as prose does, are left alone.
func cutBarTail(h string) string {
	if head, ok := cutTailAt(h, " | "); ok {
		return head
	}
	return h
}

// cutTailAt returns the part of t before the first sep, when it has two
// words or more and the rest at most maxTitleTail.
func cutTailAt(t, sep string) (string, bool) {
	if i := strings.Index(t, sep); i > 0 && wordCount(t[:i]) >= 2 && wordCount(t[i+len(sep):]) <= maxTitleTail {
		return strings.TrimSpace(t[:i]), true
	}
	return "", false
}

// cutLabel returns an h1 without the one-word label that opens it
// ("Thread: ...", "Title:...", "Thema: ...") when the metadata's title
// is the rest: forum and archive software print the label before the
// headline that their metadata gives alone.
func cutLabel(h, title string) string {
	label, rest, ok := strings.Cut(h, ":")
	if !ok || title == "" || strings.ContainsAny(strings.TrimSpace(label), " \u00a0") || wordCount(label) != 1 {
		return h
	}
	if rest = strings.TrimSpace(rest); normTitle(rest) == normTitle(title) {
		return rest
	}
	return h
}

// headlineLine returns the line of a headline block h that the metadata
// gives alone as the title, or h whole. An h1 that sets a subtitle, a
// kicker or a date on lines of their own (<br>, or elements that the
// segmenter breaks at) holds the headline as one of them: "Headline
// <br><small>Subtitle</small>", "<span>Politics</span><br>Headline". The
// metadata's title (og:title, the JSON-LD headline, or <title> without the
// site's name) tells which line it is; with no line equal to it, the h1
// stays whole, since its lines may be one headline broken for layout.
func headlineLine(h string, md *meta.Metadata) string {
	if strings.IndexByte(h, '\n') < 0 {
		return h
	}
	pageTitle := meta.StripSiteTail(md.PageTitle, md.SiteName, md.Host)
	for line := range strings.SplitSeq(h, "\n") {
		if wordCount(line) < 2 {
			continue
		}
		n := normTitle(line)
		if n == normTitle(md.Title) || n == normTitle(pageTitle) {
			return line
		}
	}
	return h
}

// siteHeadHeading returns the heading that prints the part of title after
// the site's name and a colon ("Blog Name: Headline", as blogging tools
// write <title>), marked as the page's title, or "" when the title does
// not open so or no heading prints the rest. Without a heading that
// confirms it, the colon may be the headline's own ("Brand: what it
// does" on a product's home page).
func siteHeadHeading(blocks []boilerplate.Block, md *meta.Metadata, title string) string {
	head, tail, ok := strings.Cut(title, ": ")
	if !ok || !meta.IsSiteName(head, md.SiteName, md.Host) || wordCount(tail) < 2 {
		return ""
	}
	if _, h := markTitle(blocks, tail); h != "" {
		return collapseASCIISpace(h)
	}
	return ""
}

// sectionHead reports whether an h1 of words words, on a page that sets
// several, is a section's heading that the title only names in passing:
// it holds under a third of the title's words.
func sectionHead(words int, title string) bool {
	return words*3 < wordCount(title)
}

// siteFreeOverlap is titleOverlap of the heading h with the better of
// title and pageTitle, counted without the site's name when h prints it
// whole: a heading that shares only the site's name (and a word such as
// "the") with the titles is one of the site's stories, a card on its
// blog's front page ("Your first look at the new Example" under "The
// Example Blog"), not the page's headline. A site name of as many words
// as h is h itself, which siteHeading judges. findHeadline asks it of
// linked headings only: a card's heading links to its story, and a
// page's own headline that names the site is no link.
func siteFreeOverlap(h, title, pageTitle, site string) float64 {
	if site != "" {
		var hb, sb [256]byte
		fh, fs := foldWords(hb[:0], h), foldWords(sb[:0], site)
		if len(fs) > 0 && wordCount(site) < wordCount(h) && indexWord(fh, fs[1:]) {
			return max(titleOverlap(dropWords(fh, fs), dropWords(foldWords(nil, title), fs)),
				titleOverlap(dropWords(fh, fs), dropWords(foldWords(nil, pageTitle), fs)))
		}
	}
	return max(titleOverlap(h, title), titleOverlap(h, pageTitle))
}

// dropWords returns words (foldWords' output) without the runs of words
// ws that stand whole in it, as a string titleOverlap reads.
func dropWords(words, ws []byte) string {
	var b strings.Builder
	for len(words) > 0 {
		j := bytes.Index(words, ws)
		if j < 0 {
			break
		}
		end := j + len(ws)
		if end == len(words) || words[end] == ' ' {
			b.Write(words[:j])
			words = words[end:]
			continue
		}
		b.Write(words[:end])
		words = words[end:]
	}
	b.Write(words)
	return b.String()
}
