package extract

import "bytes"

// codeLine reports whether an inline element inside <pre> is one line of
// a highlighted listing: highlighters (Shiki, and the line plugins of
// others) wrap each line in a span whose class is "line" or ends in
// "-line" ("code-line", "highlight-line") and leave out the newline
// between two lines, which a style sheet puts back by making each span a
// block. Without it the last word of a line runs into the first of the
// next ("my-projectcd my-project").
func codeLine(attrs []attr) bool {
	for _, at := range attrs {
		if string(at.key) != "class" {
			continue
		}
		for name := range bytes.FieldsSeq(at.val) {
			if len(name) >= 4 && string(name[len(name)-4:]) == "line" &&
				(len(name) == 4 || name[len(name)-5] == '-') {
				return true
			}
		}
		return false
	}
	return false
}
