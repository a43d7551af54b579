package extract

import (
	"slices"
	"strings"

	"github.com/winnowtext/winnow/internal/meta"
)

// creditSeps separate the credits that an author's line lists.
var creditSeps = [...]string{", ", " | "}

// dropSiteCredits returns the authors that a byline on the page names
// without the credits that name the site, its publisher or its newsroom
// (see isOrganization): "By Jane Doe, The Harbour Gazette" credits a
// person and the paper she writes for, and the person is the author. An
// author field of the metadata is taken as the site gives it. A credit
// that names the owner of a personal site stays (see siteOwner), and so
// does the whole line when every credit names the site. A credit after
// the first that names an outlet ("Associated Press", "Harbour Times")
// is the agency or the paper the people before it write for.
func dropSiteCredits(author string, md *meta.Metadata) string {
	for _, sep := range creditSeps {
		if !strings.Contains(author, sep) {
			continue
		}
		parts := strings.Split(author, sep)
		kept := parts[:0:0]
		for i, p := range parts {
			if p = strings.TrimSpace(p); p == "" || i > 0 && namesOutlet(p) {
				continue
			}
			if !isOrganization(p, md) || siteOwner(p, md.Host) != "" {
				kept = append(kept, p)
			}
		}
		if len(kept) > 0 && len(kept) < len(parts) {
			author = strings.Join(kept, sep)
		}
	}
	return author
}

// namesOutlet reports whether a credit holds a word that names a
// publication or an agency (see outletWords).
func namesOutlet(credit string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(credit)) {
		if slices.Contains(outletWords[:], w) {
			return true
		}
	}
	return false
}
