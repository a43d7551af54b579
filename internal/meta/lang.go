package meta

import (
	"strings"

	"github.com/winnowtext/winnow/internal/ascii"
)

// normLang turns a language declaration into a BCP 47 tag with the usual
// casing: "en_us" and "EN-US" become "en-US", "zh-hant-tw" "zh-Hant-TW".
// Only the first of a list ("en, fr") counts. It returns "" for values
// that are not language tags ("english", "{{lang}}") and for "und" and
// the other codes that name no language.
func normLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	if s == "" || len(s) > 35 {
		return ""
	}
	// The tag is built in place, no longer than s: the usual tag, already
	// in its casing, is s itself and costs no allocation.
	var buf [35]byte
	out := buf[:0]
	i := 0
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '-' || r == '_' }) {
		if !isAlnum(part) {
			break
		}
		if i > 0 {
			out = append(out, '-')
		}
		start := len(out)
		switch {
		case i == 0:
			if len(part) < 2 || len(part) > 3 || !isAlpha(part) {
				return ""
			}
			out = appendLower(out, part)
			switch string(out[start:]) {
			case "und", "zxx", "mul", "mis":
				return ""
			}
		case len(part) == 4 && isAlpha(part) && i == 1: // script
			out = appendLower(append(out, upper(part[0])), part[1:])
		case len(part) == 2 && isAlpha(part) || len(part) == 3 && !isAlpha(part): // region
			for j := range len(part) {
				out = append(out, upper(part[j]))
			}
		default:
			out = appendLower(out, part)
		}
		i++
	}
	if string(out) == s {
		return s
	}
	return string(out)
}

// upper returns c in upper case when it is an ASCII lower-case letter.
func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// appendLower appends s, ASCII, in lower case.
func appendLower(out []byte, s string) []byte {
	for j := range len(s) {
		out = append(out, ascii.Lower(s[j]))
	}
	return out
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z') {
			return false
		}
	}
	return s != ""
}
