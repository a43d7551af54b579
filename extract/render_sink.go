package extract

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// htmlSink receives a document as the renderer writes it: elements of the
// allow-list, the attributes of links and images through their own
// methods, and text. Result.HTML writes into an htmlText; the tests write
// the same calls into a tree and check that the text parses back to it.
type htmlSink interface {
	start(tag atom.Atom)   // an element without attributes
	link(href string)      // <a href>, href already checked by safeURL
	image(src, alt string) // <img src alt>, src already checked by safeURL
	br()                   // <br>
	end(tag atom.Atom)
	writeText(t []byte) // character data: no NUL or carriage return, valid UTF-8
	writeString(s string)
}

// htmlText is the htmlSink that writes HTML text, escaping what it must.
type htmlText struct{ sb strings.Builder }

func (w *htmlText) start(tag atom.Atom) {
	mustAllow(tag, "")
	w.sb.WriteByte('<')
	w.sb.WriteString(tag.String())
	w.sb.WriteByte('>')
}

func (w *htmlText) link(href string) {
	mustAllow(atom.A, "href")
	w.sb.WriteString(`<a href="`)
	w.escape(href, true)
	w.sb.WriteString(`">`)
}

func (w *htmlText) image(src, alt string) {
	mustAllow(atom.Img, "src")
	mustAllow(atom.Img, "alt")
	w.sb.WriteString(`<img src="`)
	w.escape(src, true)
	w.sb.WriteString(`" alt="`)
	w.escape(alt, true)
	w.sb.WriteString(`">`)
}

func (w *htmlText) br() {
	mustAllow(atom.Br, "")
	w.sb.WriteString("<br>")
}

func (w *htmlText) end(tag atom.Atom) {
	w.sb.WriteString("</")
	w.sb.WriteString(tag.String())
	w.sb.WriteByte('>')
}

func (w *htmlText) writeText(t []byte) {
	for len(t) > 0 {
		i := 0
		for i < len(t) && !needsEscape(t[i], false) {
			i++
		}
		w.sb.Write(t[:i])
		if i == len(t) {
			return
		}
		w.sb.WriteString(entity(t[i]))
		t = t[i+1:]
	}
}

func (w *htmlText) writeString(s string) { w.escape(s, false) }

// escape writes s with the characters that could end text or an attribute
// value as character references.
func (w *htmlText) escape(s string, attr bool) {
	for len(s) > 0 {
		i := 0
		for i < len(s) && !needsEscape(s[i], attr) {
			i++
		}
		w.sb.WriteString(s[:i])
		if i == len(s) {
			return
		}
		w.sb.WriteString(entity(s[i]))
		s = s[i+1:]
	}
}

func needsEscape(c byte, attr bool) bool {
	switch c {
	case '&', '<', '>', '\r':
		return true
	case '"', '\'':
		return attr
	}
	return false
}

func entity(c byte) string {
	switch c {
	case '&':
		return "&amp;"
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	case '"':
		return "&#34;"
	case '\'':
		return "&#39;"
	}
	return "&#13;"
}

// mustAllow panics unless the allow-list has tag (and attr): a renderer
// bug, never a property of the input, which only ever chooses among the
// elements the renderer names.
func mustAllow(tag atom.Atom, attr string) {
	if !allowedHTML(tag, attr) {
		panic("extract: the HTML renderer wrote <" + tag.String() + "> " + attr)
	}
}
