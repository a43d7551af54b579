package extract

import "bytes"

// maxEditLinkBytes is the longest bracketed link trimEditLink takes off a
// heading: "[edit]", "[edit | edit source]", "[change]", "[1]".
const maxEditLinkBytes = 24

// trimEditLink takes a bracketed link off the end of a heading's text:
// wikis print "[edit]" (or "[edit | edit source]") inside each section's
// heading, and a footnote's mark "[1]" may end one. linkChars is how many
// bytes of text stand inside links; the bracket's text must be one of
// them, which a heading that ends with brackets of its own ("Arrays
// [T; N]") is not. links is how many links the text holds. It returns the
// text, linkChars and links without the bracket's links, or all three
// unchanged.
func trimEditLink(text []byte, linkChars, links int) ([]byte, int, int) {
	if len(text) < 3 || text[len(text)-1] != ']' || linkChars == 0 {
		return text, linkChars, links
	}
	open := bytes.LastIndexByte(text, '[')
	if open <= 0 || len(text)-open > maxEditLinkBytes {
		return text, linkChars, links
	}
	inner := bytes.TrimSpace(text[open+1 : len(text)-1])
	// The link's words: the brackets and the bars between two links
	// are printed around them.
	linked := len(inner) - bytes.Count(inner, []byte("|")) - bytes.Count(inner, []byte(" "))
	if linked <= 0 || linkChars < linked {
		return text, linkChars, links
	}
	head := bytes.TrimRight(text[:open], " ")
	if !hasLetterOrDigit(head) {
		return text, linkChars, links
	}
	bars := bytes.Count(inner, []byte("|")) // "edit | edit source": two links
	return head, max(linkChars-len(inner), 0), max(links-1-bars, 0)
}
