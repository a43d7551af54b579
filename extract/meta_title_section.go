package extract

import (
	"net/url"
	"strings"
)

// sectionSeps separate a section's name from the headline that follows it
// in a title: "Local News | Headline", "Lokales - Headline".
var sectionSeps = [...]string{" | ", " - ", " – ", " — ", " » ", " :: ", " · ", " • "}

// maxSectionWords is the most words of a section's name that
// cutSectionHead cuts.
const maxSectionWords = 3

// cutSectionHead returns a title without the section's name that opens
// it ("Local News - Headline" on /news/2015/park, "Lokales | Headline" on
// /lokales/hafenpark): the first part before a separator, of at most
// maxSectionWords words and no digits, goes when a folder of the page's
// URL path names it (see namesSegment) and the rest has more words and
// four or more. Without such a folder the part may be the headline's own
// ("Brexit - what now"), and so may a part that the page's own slug
// names ("Ownership - ..." on /guide/ownership); a part with digits is a
// document's number.
func cutSectionHead(title, pageURL string) string {
	for _, sep := range sectionSeps {
		head, rest, ok := strings.Cut(title, sep)
		if !ok {
			continue
		}
		hw := wordCount(head)
		if hw == 0 || hw > maxSectionWords || wordCount(rest) <= max(hw, 3) || strings.ContainsAny(head, "0123456789") {
			return title
		}
		if pathNames(pageURL, head) {
			return strings.TrimSpace(rest)
		}
		return title
	}
	return title
}

// pathNames reports whether a folder of the URL's path (a segment before
// the last) names the section s (see namesSegment).
func pathNames(pageURL, s string) bool {
	u, err := url.Parse(pageURL)
	if err != nil || u.Path == "" {
		return false
	}
	// The last segment is the page's own slug, which names its subject,
	// not its section.
	dir := strings.TrimSuffix(u.Path, "/")
	if i := strings.LastIndexByte(dir, '/'); i >= 0 {
		dir = dir[:i]
	}
	p := compactLower(s)
	for seg := range strings.SplitSeq(dir, "/") {
		if namesSegment(p, compactLower(seg)) {
			return true
		}
	}
	return false
}

// namesSegment reports whether the compacted section name p and the
// compacted path segment seg name the same section: one holds the other
// whole, and the shorter has four letters or more ("localnews" and
// "news", "lokales" and "lokales").
func namesSegment(p, seg string) bool {
	if len(seg) < 4 || len(p) < 4 {
		return false
	}
	return strings.Contains(p, seg) || strings.Contains(seg, p) && len(p)*2 >= len(seg)
}

// compactLower lower-cases s and keeps its letters and digits.
func compactLower(s string) string {
	return string(compactWords(nil, foldWords(nil, s)))
}
