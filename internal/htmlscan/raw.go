package htmlscan

import (
	"bytes"

	"github.com/winnowtext/winnow/internal/ascii"
	"golang.org/x/net/html/atom"
)

// rawTagName returns the name of the raw text or RCDATA element a, whose
// content is one text token, and "" for other elements. The strings are
// constants, so setting the Scanner's rawTag does not allocate.
func rawTagName(a atom.Atom) string {
	switch a {
	case atom.Iframe:
		return "iframe"
	case atom.Noembed:
		return "noembed"
	case atom.Noframes:
		return "noframes"
	case atom.Noscript:
		return "noscript"
	case atom.Plaintext:
		return "plaintext"
	case atom.Script:
		return "script"
	case atom.Style:
		return "style"
	case atom.Textarea:
		return "textarea"
	case atom.Title:
		return "title"
	case atom.Xmp:
		return "xmp"
	}
	return ""
}

// nextRaw scans the content of the raw text or RCDATA element s.rawTag as
// one text token. It reports false, leaving s.pos unchanged, when the
// content is empty: then the end tag follows and is scanned normally.
func (s *Scanner) nextRaw() bool {
	tag := s.rawTag
	start := s.pos
	end := len(s.src)
	switch tag {
	case "plaintext":
		// Everything to the end of the page is text, and stays so.
	case "script":
		s.rawTag = ""
		end = s.scriptEnd(start)
	default:
		s.rawTag = ""
		if j := s.rawEndTag(start, tag); j >= 0 {
			end = j
		}
	}
	if end == start {
		return false
	}
	s.tt = s.emitText(start, end)
	// Title and textarea are RCDATA: they may hold character references.
	s.textRaw = tag != "title" && tag != "textarea"
	s.convertNUL = true
	return true
}

// rawEndTag returns the index of the first "</tag" at or after i that is
// followed by whitespace, '/' or '>' (tag compared case-insensitively), or
// -1 if there is none.
func (s *Scanner) rawEndTag(i int, tag string) int {
	src := s.src
	for {
		j := bytes.Index(src[i:], []byte("</"))
		if j < 0 {
			return -1
		}
		lt := i + j
		if nameAt(src, lt+2, tag) {
			return lt
		}
		i = lt + 2
	}
}

// nameAt reports whether src[i:] starts with tag, compared
// case-insensitively, and a byte that ends a tag name: whitespace, '/' or
// '>'. The '<' or "</" before the name has been checked by the caller.
func nameAt(src []byte, i int, tag string) bool {
	k := i + len(tag)
	if k >= len(src) || !ascii.HasPrefixFold(src[i:], tag) {
		return false
	}
	c := src[k]
	return isSpace(c) || c == '/' || c == '>'
}

// Script data states of the HTML5 tokenizer.
const (
	scriptData = iota
	scriptEscaped
	scriptEscapedDash
	scriptEscapedDashDash
	scriptDoubleEscaped
	scriptDoubleEscapedDash
	scriptDoubleEscapedDashDash
)

// scriptEnd returns the index where the content of a script element that
// starts at i ends: the "</script" that closes it, or the end of the page.
// It follows the script data states as x/net/html's readScript does,
// including "<!--" escapes, in which "<script>...</script>" does not close
// the element. Ordinary script is searched with bytes.IndexByte; only
// escaped sections are walked byte by byte.
func (s *Scanner) scriptEnd(i int) int {
	src, n := s.src, len(s.src)
	state := scriptData
	for i < n {
		if state == scriptData {
			j := bytes.IndexByte(src[i:], '<')
			if j < 0 {
				return n
			}
			lt := i + j
			i = lt + 1
			switch {
			case i < n && src[i] == '/':
				if nameAt(src, lt+2, "script") {
					return lt
				}
				i++
			case i+2 < n && src[i] == '!' && src[i+1] == '-' && src[i+2] == '-':
				i += 3
				state = scriptEscapedDashDash
			case i+1 < n && src[i] == '!' && src[i+1] == '-':
				i += 2 // "<!-x": the x is script data again
			case i < n && src[i] == '!':
				i++
			}
			continue
		}
		c := src[i]
		i++
		switch state {
		case scriptEscaped, scriptEscapedDash, scriptEscapedDashDash:
			switch {
			case c == '-':
				state = min(state+1, scriptEscapedDashDash)
			case c == '<':
				state = scriptEscaped
				switch {
				case i < n && src[i] == '/':
					if nameAt(src, i+1, "script") {
						return i - 1
					}
					i++
				case i < n && isLetter(src[i]):
					// "<script" followed by a name end enters the
					// double escaped state, where "</script>" does not
					// close the element.
					if nameAt(src, i, "script") {
						i += 7
						state = scriptDoubleEscaped
					}
				default:
					// x/net/html returns to plain script data here.
					state = scriptData
				}
			case c == '>' && state == scriptEscapedDashDash:
				state = scriptData
			default:
				state = scriptEscaped
			}
		default: // double escaped
			switch {
			case c == '-':
				state = min(state+1, scriptDoubleEscapedDashDash)
			case c == '<':
				state = scriptDoubleEscaped
				if i < n && src[i] == '/' {
					if nameAt(src, i+1, "script") {
						i += len("/script>")
						state = scriptEscaped
					} else {
						i++
					}
				}
			case c == '>' && state == scriptDoubleEscapedDashDash:
				state = scriptData
			default:
				state = scriptDoubleEscaped
			}
		}
	}
	return n
}
