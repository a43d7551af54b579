package extract

import "time"

// publishedBeside returns the publication date that a dateline labelled
// with an update gives beside the update's date: the date before the
// update's label ("March 3, 2021 · Updated March 5, 2021", "3. März 2021,
// aktualisiert am 5. März 2021"), else the date after a publication label
// that follows it ("Last updated on March 5, 2021 · Published March 3,
// 2021"). A dateline that gives only its update's date gives none.
func publishedBeside(text string, monthFirst bool) (time.Time, bool) {
	lower := foldable(text)
	i := updateLabels.index(lower)
	if i < 0 {
		return time.Time{}, false
	}
	if d, ok := textDate(lower[:i], monthFirst); ok {
		return d, true
	}
	if j := publishedLabels.index(lower[i:]); j >= 0 {
		return textDate(lower[i+j:], monthFirst)
	}
	return time.Time{}, false
}
