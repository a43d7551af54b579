package extract

// headingToggle reports whether the link whose start tag reads link is the
// toggle of an accordion set in a heading: a link that leads nowhere
// (href="#") or says it is a button (role="button"). An FAQ's questions
// are printed so, each over its answer; the heading's words are its own,
// not a link to another page. Counted as a link, the questions read as
// the headlines of teasers, and their answers go with them as a list of
// related stories.
func (s *segmenter) headingToggle(link *linkAttrs) bool {
	return link.toggle && s.inHeading()
}

// inHeading reports whether a heading (h1 to h6) is open, looking as far
// down the stack as onStack does.
func (s *segmenter) inHeading() bool {
	for i := len(s.stack) - 1; i > 0 && len(s.stack)-i < 256; i-- {
		if isHeading(s.stack[i].tag) {
			return true
		}
	}
	return false
}
