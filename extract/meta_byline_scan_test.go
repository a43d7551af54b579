package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// nextBylinePartRef is nextBylinePart as a search for each separator in
// turn, which the one-pass scan must match.
func nextBylinePartRef(text string) (part, rest string) {
	cut, size := len(text), 0
	for _, sep := range bylineSeps {
		if i := strings.Index(text[:cut], sep); i >= 0 {
			cut, size = i, len(sep)
		}
	}
	if cut == len(text) {
		return text, ""
	}
	return text[:cut], text[cut+size:]
}

// randomBylineText strings together pieces of bylines, separators and
// digits, overlapping ones ("  - ") among them.
func randomBylineText(r *rand.Rand) string {
	pieces := []string{"By", "Jane", "Doe", " ", "  ", "-", "–", "—", "/", "»", "\u00a0", "\t", "\n", "|", "｜",
		"•", "·", "●", "∙", "⋅", "◦", "▪", "‧", "\u3000", "2019", "２０１９", "年", "記者", ":", "\xef", "\xef\xbc", "\xe2\x80"}
	var b strings.Builder
	for range r.Intn(12) {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

func TestNextBylinePartMatchesSearch(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 200000 {
		text := randomBylineText(r)
		p, q := nextBylinePart(text)
		wp, wq := nextBylinePartRef(text)
		if p != wp || q != wq {
			t.Fatalf("nextBylinePart(%q) = %q, %q; want %q, %q", text, p, q, wp, wq)
		}
	}
}

// leadBeforeDigitRef is leadBeforeDigit read to the end of the text.
func leadBeforeDigitRef(text string, maxRunes int) (string, bool) {
	before := text
	if i := strings.IndexAny(text, "0123456789０１２３４５６７８９"); i >= 0 {
		before = text[:i]
	}
	before = strings.TrimSpace(before)
	if utf8.RuneCountInString(before) > maxRunes {
		return "", false
	}
	return before, true
}

func TestLeadBeforeDigitMatchesReference(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for i := range 200000 {
		text := randomBylineText(r)
		n := 3 + i%10
		got, ok := leadBeforeDigit(text, n)
		want, wantOK := leadBeforeDigitRef(text, n)
		if got != want || ok != wantOK {
			t.Fatalf("leadBeforeDigit(%q, %d) = %q, %v; want %q, %v", text, n, got, ok, want, wantOK)
		}
	}
}

func TestMaxBylineSep(t *testing.T) {
	for _, sep := range bylineSeps {
		if len(sep) > maxBylineSep {
			t.Errorf("separator %q is longer than maxBylineSep", sep)
		}
	}
}
