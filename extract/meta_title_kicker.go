package extract

import "strings"

// kickerAt returns the text of the kicker marked in the heading of block
// at (see kickerNames), "" when none is.
func kickerAt(marks []bodyMark, at int) string {
	for i := range marks {
		if m := &marks[i]; m.kind&markKicker != 0 && int(m.block) == at {
			return strings.TrimSpace(m.text)
		}
	}
	return ""
}

// kickerSeps are what stands between a kicker and the headline in a
// heading's text: the colon or dash a screen reader is given, spaces.
const kickerSeps = " :|-–—·•\u00a0"

// cutKicker returns the headline title without the kicker that opens it:
// news sites set a topic or a label in the headline's element, in a span
// of its own that a class names ("<span class="kicker">Genetik</span>
// <span class="sr-only">: </span><span>Das Geheimnis ...</span>"), shown
// above the headline; the headline is the rest, when two words or more
// remain.
func cutKicker(title, kicker string) string {
	if kicker == "" || !strings.HasPrefix(title, kicker) {
		return title
	}
	rest := strings.TrimLeft(title[len(kicker):], kickerSeps)
	if wordCount(rest) < 2 {
		return title
	}
	return rest
}
