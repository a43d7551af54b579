package evaluate

import (
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// metaWindow is how far into a page Decode looks for a <meta> charset
// declaration that the standard 1024-byte prescan missed.
const metaWindow = 64 << 10

// Decode returns a reader of page raw converted to UTF-8, for the
// whole-page-text mode and for peers that expect UTF-8 input.
//
// charset.NewReader alone is not enough on these corpora: it looks for
// <meta charset> in the first 1024 bytes only and otherwise falls back to
// windows-1252, which garbles every UTF-8 page whose declaration comes
// later (after long inline scripts or comments). So the order here is: a
// BOM or a declaration in the first 1024 bytes (or UTF-8 text there), then
// a page that is valid UTF-8 as a whole, then a declaration further in,
// then windows-1252.
func Decode(raw []byte) io.Reader {
	e, name := DetectCharset(raw)
	if name == "utf-8" {
		return bytes.NewReader(raw)
	}
	return transform.NewReader(bytes.NewReader(raw), e.NewDecoder())
}

// DetectCharset returns the encoding of page raw and its name, as Decode
// decides it.
func DetectCharset(raw []byte) (encoding.Encoding, string) {
	e, name, _ := charset.DetermineEncoding(raw, "")
	if name != "windows-1252" {
		return e, name
	}
	if utf8.Valid(raw) {
		return encoding.Nop, "utf-8"
	}
	if tag := lateMetaCharset(raw); tag != nil {
		// The prescan of the lone tag finds its declaration.
		if le, lname, _ := charset.DetermineEncoding(tag, ""); le != nil {
			return le, lname
		}
	}
	return e, name
}

// lateMetaCharset returns the first <meta ...> tag mentioning a charset
// past the first 1024 bytes and within metaWindow, or nil.
func lateMetaCharset(raw []byte) []byte {
	win := raw[:min(len(raw), metaWindow)]
	for off := 1024; off < len(win); {
		i := indexFold(win[off:], "<meta")
		if i < 0 {
			return nil
		}
		start := off + i
		end := bytes.IndexByte(win[start:], '>')
		if end < 0 {
			return nil
		}
		tag := win[start : start+end+1]
		if indexFold(tag, "charset") >= 0 {
			return tag
		}
		off = start + end
	}
	return nil
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring the
// case of ASCII letters in s.
func indexFold(s []byte, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		j := 0
		for j < len(needle) && lower(s[i+j]) == needle[j] {
			j++
		}
		if j == len(needle) {
			return i
		}
	}
	return -1
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
