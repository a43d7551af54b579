package extract

import "github.com/winnowtext/winnow/internal/ascii"

// issueWords name a magazine's or a newspaper's issue in the recognisers'
// languages (lower-case): "December 5, 2016 Issue", "Ausgabe vom 5.
// Dezember 2016", "Numéro du 5 décembre 2016". The date of the issue an
// article was printed in is not the day it was published online, often
// a week before; it is taken only when the header gives no other date,
// as an update's is.
var issueWords = [...]string{"issue", "print edition", "ausgabe", "numéro", "edición impresa", "edizione",
	"editie", "wydanie", "выпуск"}

// issueLabels is issueWords, indexed for issueLine.
var issueLabels = newLabelSet(issueWords[:])

// issueLine reports whether a dateline, made ready by foldable, gives
// the date of an issue: it holds one of issueWords, "issued" aside,
// which says when a statement or a report was published.
func issueLine(lower string) bool {
	for at := 0; at < len(lower); {
		i := issueLabels.index(lower[at:])
		if i < 0 {
			return false
		}
		i += at
		if !ascii.HasPrefixFold(lower[i:], "issued") {
			return true
		}
		at = i + len("issued")
	}
	return false
}
