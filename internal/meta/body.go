package meta

import "strings"

// cleanBody turns a JSON-LD articleBody into plain text: markup that some
// sites leave in it is removed (block ends become line breaks), entities
// are decoded, white space inside lines is collapsed and runs of blank
// lines become one. The result is cut to maxBody bytes.
func cleanBody(s string) string {
	if len(s) > 2*maxBody {
		s = s[:2*maxBody]
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = stripTags(s)
	}
	s = unescape(s)
	var b strings.Builder
	blank := false
	for line := range strings.Lines(s) {
		line = clean(strings.TrimRight(line, "\r\n"), maxBody)
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		if b.Len()+len(line) > maxBody {
			break
		}
		b.WriteString(line)
	}
	return b.String()
}

// stripTags removes HTML tags from s; the ends of blocks and <br> become
// line breaks so that paragraphs stay apart. Text that merely contains a
// "<" (as in "a < b") is kept when no ">" closes it.
func stripTags(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 || i+1 >= len(s) {
			b.WriteString(s)
			return b.String()
		}
		if !isTagStart(s[i+1]) {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			// No later "<" can be closed either.
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		if breaksLine(s[i+1 : i+j]) {
			b.WriteByte('\n')
		}
		s = s[i+j+1:]
	}
}

func isTagStart(c byte) bool {
	return c == '/' || c == '!' || 'a' <= c|0x20 && c|0x20 <= 'z'
}

// breaksLine reports whether the tag (its text between < and >) ends a
// block of text.
func breaksLine(tag string) bool {
	name := strings.TrimPrefix(tag, "/")
	if i := strings.IndexAny(name, " \t\n/"); i >= 0 {
		name = name[:i]
	}
	switch strings.ToLower(name) {
	case "br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article", "ul", "ol", "pre", "figure", "table":
		return true
	}
	return false
}
