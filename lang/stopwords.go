package lang

import (
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/runetab"
	"github.com/winnowtext/winnow/internal/swar"
	"golang.org/x/text/language"
)

// StopwordSet is a set of stopwords of one language. A nil *StopwordSet is
// valid and contains nothing. A set is immutable and safe for concurrent
// use.
//
// Words are kept as 64-bit hashes of their lower-cased runes in an
// open-addressing table, so that Count hashes each token while it reads it
// and looks it up once, without copying it; two different words share a
// hash with a probability of about 2^-64.
type StopwordSet struct {
	table    []uint64  // power-of-two sized; 0 marks an empty slot
	n        int       // words in the set
	maxRunes int       // runes of the longest word
	short    packedSet // the words of one to seven ASCII letters, packed
}

// Stopwords returns the stopword set of tag's base language, or nil when
// there is none. A nil *StopwordSet is valid and contains nothing. The
// first call for a language reads its set from the embedded image
// (stopwordImage).
func Stopwords(tag language.Tag) *StopwordSet {
	b, conf := tag.Base()
	if conf != language.Exact {
		return nil // und, or a base only guessed from a script or region
	}
	e := stopwordDirectory().byCode[b.String()]
	if e == nil {
		return nil
	}
	e.once.Do(func() {
		s, err := decodeStopwordSet(e.body)
		if err != nil {
			panic("lang: corrupt embedded stopword image: " + err.Error())
		}
		e.set = s
	})
	return e.set
}

// StopwordLanguages returns the languages Stopwords has a set for.
func StopwordLanguages() []language.Tag {
	var out []language.Tag
	d := stopwordDirectory()
	for i := range d.entries {
		if t, err := language.Parse(d.entries[i].code); err == nil {
			out = append(out, t)
		}
	}
	return out
}

// The word hash: FNV-1a over runes, then a final mix; 0 is reserved for
// empty slots.
const (
	wordSeed  = 0xcbf29ce484222325
	wordPrime = 0x100000001b3
)

func hashRune(h uint64, r rune) uint64 { return (h ^ uint64(r)) * wordPrime }

func finish(h uint64) uint64 {
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	return h | 1
}

func (s *StopwordSet) has(h uint64) bool {
	mask := uint64(len(s.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.table[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// Len returns the number of words in the set.
func (s *StopwordSet) Len() int {
	if s == nil {
		return 0
	}
	return s.n
}

// Contains reports whether word, compared without case, is in the set.
func (s *StopwordSet) Contains(word string) bool {
	if s == nil || s.n == 0 {
		return false
	}
	h := uint64(wordSeed)
	n := 0
	for _, r := range word {
		if n++; n > s.maxRunes {
			return false
		}
		h = hashRune(h, toLower(r))
	}
	return n > 0 && s.has(finish(h))
}

// Count returns how many of the tokens of text are stopwords. A token is a
// run of letters and combining marks, compared without case; in scripts
// written without spaces (Han, Kana) each character is a token, so only
// one-character stopwords count there. Count does not allocate.
//
// Count reads a word of ASCII letters followed by an ASCII byte, most words
// of text in Latin script, eight bytes at a time and looks a word of up to
// seven letters up by its packed bytes (StopwordSet.short), without a
// branch per letter or on the answer: on real text, where word ends and
// stopwords are unpredictable, such branches cost more than the
// arithmetic. Other tokens are read a rune at a time.
func (s *StopwordSet) Count(text string) int {
	if s == nil || s.n == 0 {
		return 0
	}
	count := 0
	for i := 0; i < len(text); {
		// A token starts at i. Words of ASCII letters, whole.
		for i+8 <= len(text) && (text[i]|0x20)-'a' <= 'z'-'a' {
			x := swar.Load(text[i:])
			if k := swar.Letters(x); k < 8 {
				e := i + int(k)
				if text[e] >= utf8.RuneSelf {
					break // a letter of the word may follow
				}
				count += s.short.count(lowerPacked(x, k))
				i = e + 1 // text[e] is not a letter: it ends the token
				continue
			}
			e, ok := asciiWordEnd(text, i+8)
			if !ok {
				break
			}
			if e-i <= s.maxRunes && s.has(finish(hashASCII(text[i:e]))) {
				count++
			}
			i = e
		}
		// Any other token, a rune at a time, with the rune that ends it.
		h, n := uint64(wordSeed), 0 // hash and runes of the token
		for i < len(text) {
			// Below U+0800, the common case, one table lookup tells
			// what a rune is to a token.
			var t rune
			if c := text[i]; c < utf8.RuneSelf {
				t = rune(lowTokenRunes[c])
				i++
			} else if c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				t = rune(lowTokenRunes[rune(c&0x1F)<<6|rune(text[i+1]&0x3F)])
				i += 2
			} else {
				r, size := utf8.DecodeRuneInString(text[i:])
				i += size
				t = tokenRune(r)
			}
			if t > tokenEnd {
				if t != tokenSkip {
					h = hashRune(h, t)
					n++
				}
				continue
			}
			// A Han or Kana character is a token of its own.
			if t < 0 && s.has(finish(hashRune(wordSeed, -t))) {
				count++
			}
			break
		}
		if n > 0 && n <= s.maxRunes && s.has(finish(h)) {
			count++
		}
	}
	return count
}

// What tokenRune returns besides lower-cased letters.
const (
	tokenEnd  = 0      // not part of a token: ends one
	tokenSkip = 0xFFFF // a decomposed accent, skipped
)

// tokenRune tells what Count does with r: the lower case of a letter or
// mark of a known script, which goes on the current token; tokenSkip for a
// decomposed accent (stopword lists are composed, NFC); -r for a Han or Kana
// character, a token of its own; tokenEnd for anything else.
func tokenRune(r rune) rune {
	switch {
	case 0x300 <= r && r <= 0x36F:
		return tokenSkip
	case 0x2000 <= r && r <= 0x206F:
		return tokenEnd // General Punctuation, common in text: quotes, dashes
	}
	switch sc := ScriptOf(r); {
	case sc == Han || sc == Kana:
		return -r
	case sc != ScriptUnknown || r >= 0x1000 && (unicode.IsLetter(r) || unicode.IsMark(r)):
		return toLower(r)
	}
	return tokenEnd
}

// lowTokenRunes caches tokenRune below U+0800, where no rune is Han or
// Kana, filled with the lower case of the Unicode tables' ranges
// (TestLowTokenRunes): tokenRune itself searches them for the cased
// letters, which cost some 300,000 instructions at the start of every
// process.
var lowTokenRunes = func() (t [0x800]uint16) {
	var lower [len(t)]rune
	runetab.Lower(lower[:])
	for r := range rune(len(t)) {
		switch {
		case 0x300 <= r && r <= 0x36F:
			t[r] = tokenSkip
		case ScriptOf(r) != ScriptUnknown:
			t[r] = uint16(lower[r])
		}
	}
	return t
}()
