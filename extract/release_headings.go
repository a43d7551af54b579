package extract

import "github.com/winnowtext/winnow/boilerplate"

// keepReleaseHeadings keeps the headings of a changelog's releases
// ("2.4.0 2024-05-02", "[1.10.3] - 2024-05-02") over kept text: the
// recogniser reads a number and a date as a page's dateline, though the
// heading names the release whose changes follow, and a reader view shows
// it. The heading must hold a version number (see hasVersion), which no
// date line does, and the block after it must be kept.
func keepReleaseHeadings(blocks []boilerplate.Block) {
	for i := 0; i+1 < len(blocks); i++ {
		b := &blocks[i]
		if b.Kind == boilerplate.KindHeading && b.Reason == boilerplate.ReasonDateline && blocks[i+1].Kept &&
			hasVersion(b.Text) {
			b.Keep()
		}
	}
}

// hasVersion reports whether text holds a version number: three numbers
// or more joined by dots whose third or a later part has one or three
// digits ("2.4.0", "1.10.100"), which no day, month or year of a dotted
// date ("12.3.2024", "03.05.24") has.
func hasVersion(text string) bool {
	parts, digits := 0, 0 // parts of the dotted run so far, digits of the current one
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] >= '0' && text[i] <= '9' {
			digits++
			continue
		}
		if digits > 0 {
			parts++
			if parts >= 3 && (digits == 1 || digits == 3) {
				return true
			}
		}
		if i == len(text) || text[i] != '.' || digits == 0 {
			parts = 0
		}
		digits = 0
	}
	return false
}
