package htmlscan

import (
	"bytes"
	"github.com/winnowtext/winnow/internal/ascii"
)

// markupDeclaration scans a token that starts with "<!" at lt: a comment,
// a doctype or a bogus comment (which includes CDATA sections).
func (s *Scanner) markupDeclaration(lt int) TokenType {
	src := s.src
	i := lt + 2
	switch rest := len(src) - i; {
	case rest == 0:
		return s.bogusAtEOF(lt, i, i)
	case rest == 1:
		// "<!x" at the end of the page; "<!>" has no data.
		if src[i] == '>' {
			return s.bogusAtEOF(lt, i, i)
		}
		return s.bogusAtEOF(lt, i, len(src))
	}
	if src[i] == '-' && src[i+1] == '-' {
		return s.comment(lt, i+2)
	}
	if ascii.HasPrefixFold(src[i:], "doctype") {
		j := skipSpace(src, i+len("doctype"))
		if j >= len(src) {
			s.pos = len(src)
			s.raw = span{lt, s.pos}
			s.data = span{s.pos, s.pos}
			return DoctypeToken
		}
		return s.untilCloseAngle(lt, j, DoctypeToken)
	}
	if s.allowCDATA && bytes.HasPrefix(src[i:], []byte("[CDATA[")) {
		return s.cdata(lt, i+len("[CDATA["))
	}
	return s.untilCloseAngle(lt, i, CommentToken)
}

// cdata scans a CDATA section whose text starts at start, after
// "<![CDATA[" at lt: a text token up to the first "]]>", or to the end of
// the page. As in x/net/html, its character references are decoded and its
// NULs become U+FFFD.
func (s *Scanner) cdata(lt, start int) TokenType {
	end, next := len(s.src), len(s.src)
	if j := bytes.Index(s.src[start:], []byte("]]>")); j >= 0 {
		end, next = start+j, start+j+len("]]>")
	}
	s.pos = next
	s.raw = span{lt, next}
	s.data = span{start, end}
	s.convertNUL = true
	return TextToken
}

// bogusAtEOF makes the rest of the page, from lt, a comment with data
// src[start:end].
func (s *Scanner) bogusAtEOF(lt, start, end int) TokenType {
	s.pos = len(s.src)
	s.raw = span{lt, s.pos}
	s.data = span{start, end}
	return CommentToken
}

// untilCloseAngle makes the token from lt to the next '>' at or after
// start (or to the end of the page) a token of type tt whose data starts at
// start.
func (s *Scanner) untilCloseAngle(lt, start int, tt TokenType) TokenType {
	end := len(s.src)
	s.pos = end
	if j := bytes.IndexByte(s.src[start:], '>'); j >= 0 {
		end = start + j
		s.pos = end + 1
	}
	s.raw = span{lt, s.pos}
	s.data = span{start, end}
	return tt
}

// comment scans a comment whose data starts at start, after "<!--" at lt.
// It ends at the first "-->" or "--!>", or at "<!-->" and "<!--->", or
// at the end of the page, where trailing "-", "--" and "--!" are not data.
// These are the HTML5 comment states as x/net/html implements them, found
// with a search for '>' instead of a byte-by-byte state machine: a dash
// run is always the bytes just before the '>', because every other byte
// resets it.
func (s *Scanner) comment(lt, start int) TokenType {
	src := s.src
	for i := start; ; {
		j := bytes.IndexByte(src[i:], '>')
		if j < 0 {
			break
		}
		g := i + j
		end := -1
		switch {
		case g == start || g == start+1 && src[start] == '-':
			end = start // "<!-->" or "<!--->"
		case g-2 >= start && src[g-1] == '-' && src[g-2] == '-':
			end = g - 2
		case g-3 >= start && src[g-1] == '!' && src[g-2] == '-' && src[g-3] == '-':
			end = g - 3
		}
		if end >= 0 {
			s.pos = g + 1
			s.raw = span{lt, s.pos}
			s.data = span{start, end}
			return CommentToken
		}
		i = g + 1
	}
	end := len(src)
	tail := src[start:]
	switch {
	case bytes.HasSuffix(tail, []byte("--!")):
		end -= 3
	case bytes.HasSuffix(tail, []byte("--")):
		end -= 2
	case bytes.HasSuffix(tail, []byte("-")):
		end--
	}
	return s.bogusAtEOF(lt, start, max(end, start))
}
