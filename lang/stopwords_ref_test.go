package lang

// Count as it was before the table-driven rewrite, kept to check that the
// rewrite counts every text exactly as before.

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// refCount is the rune-at-a-time Count.
func (s *StopwordSet) refCount(text string) int {
	if s == nil || s.n == 0 {
		return 0
	}
	count := 0
	h, n := uint64(wordSeed), 0
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if 0x300 <= r && r <= 0x36F {
			continue
		}
		sc := ScriptOf(r)
		if sc == ScriptUnknown && (r < 0x1000 || !unicode.IsLetter(r) && !unicode.IsMark(r)) {
			if n > 0 && n <= s.maxRunes && s.has(finish(h)) {
				count++
			}
			h, n = wordSeed, 0
			continue
		}
		if sc == Han || sc == Kana {
			if n > 0 && n <= s.maxRunes && s.has(finish(h)) {
				count++
			}
			if s.has(finish(hashRune(wordSeed, r))) {
				count++
			}
			h, n = wordSeed, 0
			continue
		}
		h = hashRune(h, toLower(r))
		n++
	}
	if n > 0 && n <= s.maxRunes && s.has(finish(h)) {
		count++
	}
	return count
}

// refCountSets are the sets the reference tests count with: scripts with
// and without case, and one without spaces.
var refCountSets = []language.Tag{language.English, language.German, language.Russian, language.Greek,
	language.Arabic, language.Hindi, language.Chinese, language.Japanese, language.Vietnamese}

func sameCountAsRef(t *testing.T, text string) {
	t.Helper()
	for _, tag := range refCountSets {
		s := Stopwords(tag)
		if got, want := s.Count(text), s.refCount(text); got != want {
			t.Fatalf("%v Count(%q) = %d, reference %d", tag, text, got, want)
		}
	}
}

func TestCountMatchesReference(t *testing.T) {
	for _, s := range loadSentences(t) {
		sameCountAsRef(t, s.text)
	}
	pieces := []string{"the", "The", "THE", "and", "a", "of", "der", "Und", "и", "И", "также", "ТАКЖЕ", "και", "Και",
		"في", "और", "的", "の", "và", "Và", "x", "Z", "0", "7", "-", "'", " ", ",", ".", "\t", "\n", "@", "_",
		"é", "É", "ß", "ÿ", "İ", "\u0301", "\u0483", "’", "\u00a0", "—", "€", "北", "カ", "ー", "ﬁ", "Ｈ", "ǅ",
		"\U0001D400", "\xff", "\xc2", "\xd0", "\xe2\x80", "\xc0\x80", "\xed\xa0\x80",
		// Words of eight letters and more, some of them stopwords, for
		// Count's word-at-a-time path.
		"themselves", "Yourselves", "NEVERTHELESS", "abcdefgh", "nichtsdestotrotz", "because", "Between"}
	r := rand.New(rand.NewPCG(5, 6))
	var sb strings.Builder
	for range 20000 {
		sb.Reset()
		for range r.IntN(40) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) == 0 {
				sb.WriteByte(' ')
			}
		}
		sameCountAsRef(t, sb.String())
	}
}

func FuzzCountMatchesReference(f *testing.F) {
	for _, s := range []string{"", "The cat and the dog", "Кошка и собака", "我的书", "\xff\xfe the \u0301", "ǅ İ ﬁ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { sameCountAsRef(t, text) })
}
