package htmlscan

import (
	"bytes"
	"strconv"

	"golang.org/x/net/html/atom"
)

// TokenType is the kind of a token. The values mirror golang.org/x/net/html's
// TokenType.
type TokenType uint8

const (
	// ErrorToken means the end of the input: Next returns it for good once
	// the page is consumed. An unterminated tag at the end of the page (such
	// as "<a href=x") is dropped, as in x/net/html.
	ErrorToken TokenType = iota
	// TextToken is character data, including the content of raw text and
	// RCDATA elements such as script and title.
	TextToken
	// StartTagToken is a start tag such as <a href="x">.
	StartTagToken
	// EndTagToken is an end tag such as </a>.
	EndTagToken
	// SelfClosingTagToken is a start tag that ends in "/>", such as <br/>.
	SelfClosingTagToken
	// CommentToken is a comment, a bogus comment (<!x>, <?x>, </ x>, a
	// CDATA section) or the empty "</>".
	CommentToken
	// DoctypeToken is a <!DOCTYPE ...> declaration.
	DoctypeToken
)

// String returns the name x/net/html uses for the token type.
func (t TokenType) String() string {
	switch t {
	case ErrorToken:
		return "Error"
	case TextToken:
		return "Text"
	case StartTagToken:
		return "StartTag"
	case EndTagToken:
		return "EndTag"
	case SelfClosingTagToken:
		return "SelfClosingTag"
	case CommentToken:
		return "Comment"
	case DoctypeToken:
		return "Doctype"
	}
	return "Invalid(" + strconv.Itoa(int(t)) + ")"
}

// span is a half-open byte range [start, end) of the page.
type span struct {
	start, end int
}

// Scanner splits an HTML page held in memory into tokens. Call Next until it
// returns ErrorToken and read each token through the accessors. The slices
// the accessors return point into the page or into buffers of the Scanner:
// do not modify them, and copy what must outlive the next call to Next.
type Scanner struct {
	src []byte
	pos int // first byte not yet tokenized

	tt   TokenType
	raw  span // the whole current token
	data span // its text, or its tag name

	// rawTag is the lower-cased name of the raw text or RCDATA element
	// whose content the next token is, or "".
	rawTag string
	// textRaw is whether the current text is taken literally (raw text
	// elements) rather than unescaped.
	textRaw bool
	// convertNUL is whether NULs in the current text become U+FFFD.
	convertNUL bool
	// allowCDATA is whether "<![CDATA[...]]>" is text; see AllowCDATA.
	allowCDATA bool

	// atom is the atom of the current tag's name (see TagAtom).
	atom atom.Atom

	attrs     []attr
	attrNext  int
	keys      keySet
	atoms     *atomCache // see TagAtom; made by Reset
	nameBuf   []byte
	attrBuf   []byte
	textBuf   []byte
	name      []byte
	text      []byte
	nameReady bool
	textReady bool
}

// New returns a Scanner positioned at the start of src. The Scanner reads
// src in place and never modifies it; src must not change while it is used.
func New(src []byte) *Scanner {
	s := &Scanner{}
	s.Reset(src)
	return s
}

// Reset starts scanning src from the beginning, keeping the buffers grown
// for earlier pages so that steady-state scanning does not allocate.
func (s *Scanner) Reset(src []byte) {
	atoms := s.atoms
	if atoms == nil {
		atoms = new(atomCache)
	}
	*s = Scanner{
		src:     src,
		attrs:   s.attrs[:0],
		keys:    s.keys,
		atoms:   atoms,
		nameBuf: s.nameBuf[:0],
		attrBuf: s.attrBuf[:0],
		textBuf: s.textBuf[:0],
	}
}

// Next scans the next token and returns its type. It returns ErrorToken at
// the end of the page, and from then on.
func (s *Scanner) Next() TokenType {
	s.attrs = s.attrs[:0]
	s.attrNext = 0
	s.attrBuf = s.attrBuf[:0]
	s.nameReady, s.textReady = false, false
	s.textRaw, s.convertNUL = false, false
	// Every path below sets s.raw and s.data.
	if s.rawTag != "" && s.nextRaw() {
		return s.tt
	}
	src, start := s.src, s.pos
	for i := start; ; {
		// Every token after a text token, and most after a tag, start
		// at a '<': it is looked at before a search is set up.
		j := 0
		if i >= len(src) || src[i] != '<' {
			j = bytes.IndexByte(src[i:], '<')
		}
		if j < 0 || i+j+1 >= len(src) {
			break
		}
		lt := i + j
		var tt TokenType
		switch c := src[lt+1]; {
		case isLetter(c):
			tt = StartTagToken
		case c == '/':
			tt = EndTagToken
		case c == '!' || c == '?':
			tt = CommentToken
		default:
			// Not markup: the '<' is text; reconsider the next byte.
			i = lt + 1
			continue
		}
		switch {
		case lt > start:
			tt = s.emitText(start, lt)
		case tt == StartTagToken:
			tt = s.startTag(lt)
		case tt == EndTagToken:
			tt = s.endTag(lt)
		case src[lt+1] == '!':
			tt = s.markupDeclaration(lt)
		default:
			// "<?...>" is a bogus comment that includes the '?'.
			tt = s.untilCloseAngle(lt, lt+1, CommentToken)
		}
		s.tt = tt
		return tt
	}
	s.tt = s.endOfPage(start)
	return s.tt
}

// endOfPage makes the text from start, if any, the last token.
func (s *Scanner) endOfPage(start int) TokenType {
	if start < len(s.src) {
		return s.emitText(start, len(s.src))
	}
	s.raw = span{start, start}
	s.data = s.raw
	return ErrorToken
}

// emitText makes src[start:end] the current text token.
func (s *Scanner) emitText(start, end int) TokenType {
	s.raw = span{start, end}
	s.data = s.raw
	s.pos = end
	return TextToken
}

// eof consumes the rest of the page after an unterminated tag, which
// x/net/html drops, and reports the end.
func (s *Scanner) eof() TokenType {
	s.pos = len(s.src)
	s.raw = span{s.pos, s.pos}
	s.data = s.raw
	return ErrorToken
}

// NextIsNotRawText tells the scanner that the start tag just returned does
// not open raw text or RCDATA, even if its name would in HTML: the caller
// knows it is in foreign content, where "<svg><title/>" or "<svg><style>"
// are plain elements. It has the meaning of x/net/html's Tokenizer method
// of that name.
func (s *Scanner) NextIsNotRawText() { s.rawTag = "" }

// AllowCDATA sets whether a CDATA section ("<![CDATA[x]]>") is the text it
// holds rather than a bogus comment. HTML5 reads it as text only in
// foreign content: the caller, who knows whether the current node is an
// SVG or MathML element, says so before each call to Next. It has the
// meaning of x/net/html's Tokenizer method of that name.
func (s *Scanner) AllowCDATA(allow bool) { s.allowCDATA = allow }

// Raw returns the bytes of the current token exactly as they appear in the
// page. Consecutive tokens' Raw bytes tile the page without gaps, except
// that an unterminated tag at the end of the page yields no token.
func (s *Scanner) Raw() []byte {
	return s.src[s.raw.start:s.raw.end:s.raw.end]
}

// Offset returns the byte offset in the page at which the current token
// starts.
func (s *Scanner) Offset() int {
	return s.raw.start
}

// Text returns the text of a text, comment or doctype token, and nil for
// other tokens. Character references are decoded ("&amp;" -> "&", with the
// full HTML5 table) except in raw text elements such as script and style;
// "\r\n" and "\r" become "\n"; NUL bytes become U+FFFD in raw text, RCDATA
// and comments and stay as they are elsewhere, as in x/net/html.
// The result points into the page when nothing needed changing, otherwise
// into a buffer of the Scanner; it is valid until the next call to Next.
func (s *Scanner) Text() []byte {
	switch s.tt {
	case TextToken, CommentToken, DoctypeToken:
	default:
		return nil
	}
	if !s.textReady {
		mode := decodeMode(0)
		if !s.textRaw {
			mode |= unescape
		}
		if s.convertNUL || s.tt == CommentToken {
			mode |= replaceNUL
		}
		s.text = s.src[s.data.start:s.data.end:s.data.end]
		if first := needsDecode(s.text, mode); first >= 0 {
			s.textBuf, s.text = decodeFrom(s.textBuf[:0], s.text, first, mode)
			s.text = s.text[:len(s.text):len(s.text)]
		}
		s.textReady = true
	}
	return s.text
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isSpace reports whether c is HTML whitespace as the tokenizer sees it.
func isSpace(c byte) bool {
	return tagBytes[c]&byteSpace != 0
}

// Classes of the bytes that end the parts of a tag (see tagBytes).
const (
	byteSpace  = 1 << iota // HTML white space
	byteSlash              // '/'
	byteClose              // '>'
	byteEquals             // '='
	byteFold               // an upper-case ASCII letter or NUL, which keys lose
)

// tagBytes holds the class of each byte: the loops over a tag's name,
// keys and values test a byte with one load, not a comparison for each
// byte that ends them.
var tagBytes = func() (t [256]uint8) {
	for _, c := range []byte(" \n\r\t\f") {
		t[c] = byteSpace
	}
	t['/'], t['>'], t['='] = byteSlash, byteClose, byteEquals
	t[0] = byteFold
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byteFold
	}
	return t
}()

// skipSpace returns the index of the first non-whitespace byte of src at
// or after i, or len(src).
func skipSpace(src []byte, i int) int {
	for i < len(src) && isSpace(src[i]) {
		i++
	}
	return i
}
