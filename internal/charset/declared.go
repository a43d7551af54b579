package charset

import (
	"bytes"
	"github.com/winnowtext/winnow/internal/ascii"
	"mime"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
)

// prescanBytes is how far into the page <meta charset> is looked for.
const prescanBytes = 4096

// declared returns the encoding the page declares: the Content-Type charset
// parameter, else the first <meta> declaration. A header naming
// windows-1252 (or one of its aliases) gives way to a different <meta>
// declaration, since servers send it by default. It returns nil and "" when
// nothing usable is declared.
func declared(raw []byte, contentType string) (encoding.Encoding, string) {
	enc, name := lookup(headerCharset(contentType))
	if enc != nil && name != "windows-1252" {
		return enc, name
	}
	if menc, mname := prescan(raw); menc != nil {
		return menc, mname
	}
	return enc, name
}

// headerCharset returns the charset parameter of an HTTP Content-Type.
func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		// Broken headers are common ("text/html; charset=utf-8;;"); look
		// for the parameter by hand.
		i := indexFold(contentType, "charset=")
		if i < 0 {
			return ""
		}
		v := contentType[i+len("charset="):]
		if j := strings.IndexAny(v, "; \t,"); j >= 0 {
			v = v[:j]
		}
		return strings.Trim(v, `"'`)
	}
	return params["charset"]
}

// lookup maps a charset label to its encoding and WHATWG name. Labels that
// cannot describe an HTML page read as bytes are dropped or mapped as the
// HTML standard says: a declared UTF-16 is UTF-8 (real UTF-16 was already
// recognised by its BOM or zero bytes), x-user-defined is windows-1252, and
// the "replacement" encoding (which would turn the whole page into one
// U+FFFD) is ignored.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return nil, ""
	}
	switch name {
	case "utf-16le", "utf-16be":
		return encoding.Nop, UTF8
	case "x-user-defined":
		return lookup("windows-1252")
	case "replacement":
		return nil, ""
	}
	return enc, name
}

// prescan looks for a charset declaration in the <meta> elements of the
// first prescanBytes of the page, as the HTML standard's prescan does.
func prescan(raw []byte) (encoding.Encoding, string) {
	head := raw
	if len(head) > prescanBytes {
		head = head[:prescanBytes]
	}
	if !containsFold(head, "charset") {
		return nil, "" // no tokenizer work for a page that declares nothing
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return nil, ""
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tag, hasAttr := z.TagName()
		if string(tag) != "meta" {
			continue
		}
		var label, content string
		pragma := false
		for hasAttr {
			var key, val []byte
			key, val, hasAttr = z.TagAttr()
			switch string(key) {
			case "charset":
				if label == "" {
					label = string(val)
				}
			case "http-equiv":
				pragma = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
			case "content":
				if content == "" {
					content = string(val)
				}
			}
		}
		if label == "" && pragma {
			label = charsetFromContent(content)
		}
		if enc, name := lookup(label); enc != nil {
			return enc, name
		}
	}
}

// charsetFromContent extracts the charset from the content attribute of
// <meta http-equiv=content-type>, as in "text/html; charset=koi8-r".
func charsetFromContent(s string) string {
	for {
		i := indexFold(s, "charset")
		if i < 0 {
			return ""
		}
		s = s[i+len("charset"):]
		t := strings.TrimLeft(s, " \t\n\f\r")
		if !strings.HasPrefix(t, "=") {
			continue
		}
		t = strings.TrimLeft(t[1:], " \t\n\f\r")
		if t == "" {
			return ""
		}
		if q := t[0]; q == '"' || q == '\'' {
			t = t[1:]
			if j := strings.IndexByte(t, q); j >= 0 {
				return t[:j]
			}
			return ""
		}
		if j := strings.IndexAny(t, "; \t\n\f\r"); j >= 0 {
			t = t[:j]
		}
		return t
	}
}

// containsFold reports whether b contains word, which is lower-case ASCII
// letters, in any case.
func containsFold(b []byte, word string) bool {
	for i := 0; i+len(word) <= len(b); i++ {
		if ascii.HasPrefixFold(b[i:], word) {
			return true
		}
	}
	return false
}

// indexFold is strings.Index ignoring ASCII case. Unlike a search in
// strings.ToLower(s), its result indexes s even when s is not valid UTF-8.
func indexFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		if ascii.HasPrefixFold(s[i:], word) {
			return i
		}
	}
	return -1
}
