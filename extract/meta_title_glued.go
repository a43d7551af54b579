package extract

import "strings"

// gluedHeadline reports whether the h1's text h runs words together that
// the metadata's title and <title> keep apart or do not hold: a word whose
// capital follows four lower-case letters or more ("AlternativesTop",
// "EditionComplete", see gluedWords). An h1 that sets a tagline or the
// lines of an animation in spans that style sheets display as blocks
// reads so when its text is taken without the styles, and the metadata's
// title is then the better headline. A brand written so ("PowerPoint",
// "QuickBooks") is in the metadata's titles too.
func gluedHeadline(h, title, pageTitle string) bool {
	for w := range strings.FieldsSeq(h) {
		w = strings.Trim(w, ".,:;!?()[]\"'“”‘’")
		if gluedWords(w) && !hasFold(title, w) && !hasFold(pageTitle, w) {
			return true
		}
	}
	return false
}

// hasFold reports whether s holds sub, ignoring case.
func hasFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
