package extract

// describesWord reports whether a lower-case word of a class or id names
// what an author box says of its author besides the name: the
// description, role or position under it ("author-description",
// "byline-role", "author-position", "author-jobtitle"). Such an element
// holds a job title or a sentence, never the name, though its name
// opens with "author" or "byline" (see nameHints).
func describesWord(w []byte) bool {
	switch w[0] {
	case 'd':
		return string(w) == "description" || string(w) == "desc"
	case 'r':
		return string(w) == "role"
	case 'p':
		return string(w) == "position"
	case 'j':
		return string(w) == "jobtitle"
	}
	return false
}
