package meta

import (
	"strings"
	"testing"
)

// normLangRef is normLang as it was written first, with a slice of the
// parts and a strings.Builder: TestNormLangRef holds the allocation-free
// version to it.
func normLangRef(s string) string {
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

// normLang gives what normLangRef gives on every combination of a few
// parts and separators, and allocates nothing for a tag in its casing.
func TestNormLangRef(t *testing.T) {
	parts := []string{"", "en", "EN", "eN", "zh", "und", "UND", "Zxx", "x", "eng", "engl", "Hant", "hant",
		"latn", "US", "us", "419", "tw", "1996", "valencia", "a1", "é", "{{lang}}", "english", "en us", "k"}
	seps := []string{"-", "_", "--", "-_", ",", ";", " ", ""}
	var inputs []string
	for _, a := range parts {
		for _, s1 := range seps {
			for _, b := range parts {
				for _, s2 := range seps[:3] {
					for _, c := range parts[:12] {
						inputs = append(inputs, a+s1+b+s2+c, " "+a+s1+b, s1+a+s2)
					}
				}
			}
		}
	}
	inputs = append(inputs, strings.Repeat("a", 40), "en-"+strings.Repeat("b", 32), "de-DE-1996-x-private")
	for _, in := range inputs {
		if got, want := normLang(in), normLangRef(in); got != want {
			t.Fatalf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"en", "en-US", "zh-Hant-TW", "pt-BR"} {
		if n := testing.AllocsPerRun(100, func() { _ = normLang(in) }); n != 0 {
			t.Errorf("normLang(%q) allocates %v times", in, n)
		}
	}
}
