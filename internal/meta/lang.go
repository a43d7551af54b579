package meta

import "strings"

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
	var b strings.Builder
	for i, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' }) {
		if !isAlnum(part) {
			break
		}
		switch {
		case i == 0:
			if len(part) < 2 || len(part) > 3 || !isAlpha(part) {
				return ""
			}
			part = strings.ToLower(part)
			switch part {
			case "und", "zxx", "mul", "mis":
				return ""
			}
		case len(part) == 4 && isAlpha(part) && i == 1: // script
			part = strings.ToUpper(part[:1]) + strings.ToLower(part[1:])
		case len(part) == 2 && isAlpha(part) || len(part) == 3 && !isAlpha(part): // region
			part = strings.ToUpper(part)
		default:
			part = strings.ToLower(part)
		}
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(part)
	}
	return b.String()
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
