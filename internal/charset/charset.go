// Package charset turns the raw bytes of a web page into UTF-8 text.
//
// Decode decides the encoding in this order; the first rule that applies
// wins:
//
//  1. A byte order mark (UTF-8, UTF-16LE, UTF-16BE).
//  2. UTF-16 without a BOM, recognised by its pattern of zero bytes
//     (markup is ASCII, so every other byte is zero). No ASCII-compatible
//     declaration can describe such bytes, so this comes before them.
//  3. Bytes that are valid UTF-8 and contain non-ASCII text are UTF-8 even
//     when a legacy charset is declared: legacy text is practically never
//     valid UTF-8 by chance, while wrong declarations are common.
//  4. The charset parameter of the HTTP Content-Type. A header of
//     iso-8859-1/windows-1252 is often only a server default, so a
//     different <meta> charset in the page overrides it.
//  5. <meta charset> or <meta http-equiv=content-type> in the first 4 KB
//     (many pages declare it after a large <head> preamble, beyond the 1024
//     bytes the HTML standard's prescan looks at).
//  6. Bytes that are mostly UTF-8 (valid multi-byte sequences outnumber the
//     invalid bytes) are UTF-8 with U+FFFD for the invalid bytes, whatever
//     is declared; a utf-8 declaration is trusted more (see mostlyUTF8).
//  7. Otherwise a declared legacy encoding decodes the page. A declared
//     utf-8 that does not fit the bytes gives way to the <meta>
//     declaration, if it names another encoding.
//  8. A sniff of the legacy encodings: the Japanese, Korean and Chinese
//     multi-byte encodings when nearly every byte pair fits one and its
//     typical characters dominate; else the single-byte encoding whose
//     reading gives the most frequent letters: Cyrillic (windows-1251,
//     koi8-r, ibm866), Greek, Hebrew, Arabic or Thai when whole words are
//     non-ASCII, windows-1250/iso-8859-2 when Central European letters
//     clearly dominate, windows-1252 otherwise.
//
// Decode never stops on invalid bytes: what no rule explains becomes U+FFFD.
// Valid UTF-8 input is returned as is, without a copy.
package charset

import (
	"bytes"
	"encoding/binary"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names returned by Decode, as the WHATWG Encoding Standard spells
// them.
const (
	UTF8    = "utf-8"
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
)

// Decode returns raw as UTF-8 and the name of the encoding it was decoded
// from (a WHATWG name such as "utf-8", "windows-1251" or "shift_jis").
// contentType is the HTTP Content-Type header, or "" when unknown. When raw
// is already valid UTF-8 it is returned itself, not a copy. The error is
// always nil today; it is there so that a stricter mode can be added.
func Decode(raw []byte, contentType string) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(raw, bomUTF8):
		body := raw[len(bomUTF8):]
		if utf8.Valid(body) {
			return body, UTF8, nil
		}
		return bytes.ToValidUTF8(body, replacement), UTF8, nil
	case bytes.HasPrefix(raw, bomUTF16BE):
		return decodeUTF16(raw[2:], unicode.BigEndian), UTF16BE, nil
	case bytes.HasPrefix(raw, bomUTF16LE):
		return decodeUTF16(raw[2:], unicode.LittleEndian), UTF16LE, nil
	}
	if order, ok := sniffUTF16(raw); ok {
		if order == unicode.BigEndian {
			return decodeUTF16(raw, order), UTF16BE, nil
		}
		return decodeUTF16(raw, order), UTF16LE, nil
	}

	valid := utf8.Valid(raw)
	if valid && hasNonASCII(raw) {
		return raw, UTF8, nil
	}
	enc, name := declared(raw, contentType)
	if valid {
		if enc == nil || name == UTF8 {
			return raw, UTF8, nil
		}
		// Pure ASCII reads the same in every ASCII-compatible encoding;
		// only ISO-2022-JP shifts into other characters with escapes.
		if name == "iso-2022-jp" && bytes.IndexByte(raw, 0x1b) >= 0 {
			return decodeWith(enc, raw), name, nil
		}
		return raw, name, nil
	}

	if mostlyUTF8(raw, name == UTF8) {
		return bytes.ToValidUTF8(raw, replacement), UTF8, nil
	}
	if name == UTF8 {
		// A wrong utf-8 header: the page's own <meta> may know better.
		enc, name = prescan(raw)
	}
	if enc == nil || name == UTF8 {
		enc, name = sniffLegacy(raw)
	}
	return decodeWith(enc, raw), name, nil
}

var (
	bomUTF8     = []byte{0xef, 0xbb, 0xbf}
	bomUTF16BE  = []byte{0xfe, 0xff}
	bomUTF16LE  = []byte{0xff, 0xfe}
	replacement = []byte("\uFFFD")
)

func decodeUTF16(b []byte, order unicode.Endianness) []byte {
	return decodeWith(unicode.UTF16(order, unicode.IgnoreBOM), b)
}

// decodeWith decodes b, falling back to windows-1252 (which maps every
// byte) should a decoder ever report an error.
func decodeWith(enc encoding.Encoding, b []byte) []byte {
	if cm, ok := enc.(*charmap.Charmap); ok {
		return decodeCharmap(cm, b) // valid UTF-8: a charmap maps every byte
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		out, _ = charmap.Windows1252.NewDecoder().Bytes(b)
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, replacement)
	}
	return out
}

// hasNonASCII reports whether b holds a byte from 0x80 up. Pages are
// mostly ASCII markup: it reads 32 bytes at a time, in four 64-bit words.
func hasNonASCII(b []byte) bool {
	const highs = 0x8080808080808080
	le := binary.LittleEndian
	i := 0
	for ; i+32 <= len(b); i += 32 {
		if (le.Uint64(b[i:])|le.Uint64(b[i+8:])|le.Uint64(b[i+16:])|le.Uint64(b[i+24:]))&highs != 0 {
			return true
		}
	}
	for _, c := range b[i:] {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// mostlyUTF8 reports whether invalid UTF-8 is better read as UTF-8 with
// replacement characters than as a legacy encoding: a UTF-8 page with a
// stray byte (a truncated sequence, one pasted windows-1252 quote) should
// not turn into mojibake. With a utf-8 declaration the valid multi-byte
// sequences only need to match the invalid bytes; without one they must
// outnumber them eight to one, because legacy text sometimes forms short
// valid sequences by chance.
func mostlyUTF8(b []byte, declaredUTF8 bool) bool {
	multi, invalid := 0, 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			// ASCII markup, most of a page, eight bytes at a time.
			if i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 == 0 {
				i += 8
			} else {
				i++
			}
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			multi++
		}
		i += size
	}
	if multi == 0 {
		return false
	}
	if declaredUTF8 {
		return multi >= invalid
	}
	return multi >= 8*invalid
}
