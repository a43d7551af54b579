package extract

import (
	"strings"

	"github.com/winnowtext/winnow/internal/meta"
)

// cutSectionNumber returns an h1 without the section number that opens it
// ("3.1 Branches in a Nutshell", "2.4.1. Installing") when neither the
// metadata's title nor <title> prints that number: a book or a manual
// rendered to pages numbers its chapters in the heading, while the page's
// own name for itself, in its metadata, goes without. A number of one
// level ("10 Best Trails", "1. FC Köln") may be the headline's own and
// stays; so does a heading that is the number and one word.
func cutSectionNumber(h string, md *meta.Metadata) string {
	num, rest, ok := strings.Cut(h, " ")
	if !ok || !sectionNumber(num) || wordCount(rest) < 2 {
		return h
	}
	n := strings.TrimSuffix(num, ".")
	if md.Title == "" && md.PageTitle == "" ||
		strings.Contains(md.Title, n) || strings.Contains(md.PageTitle, n) {
		return h
	}
	return strings.TrimSpace(rest)
}

// sectionNumber reports whether s is a section's number of two levels or
// more, as manuals print them: digits in groups of one to three parted by
// single dots, with an optional closing dot ("3.1", "2.4.1", "12.3.").
func sectionNumber(s string) bool {
	s = strings.TrimSuffix(s, ".")
	groups, digits := 1, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
			if digits > 3 {
				return false
			}
		case c == '.' && digits > 0:
			groups++
			digits = 0
		default:
			return false
		}
	}
	return groups >= 2 && digits > 0
}
