package lang

import (
	"embed"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/runetab"
	"github.com/winnowtext/winnow/internal/swar"
	"golang.org/x/text/language"
)

// stopwordFiles holds one list a language, one lower-cased word a line.
//
//go:embed stopwords/*.txt
var stopwordFiles embed.FS

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

// stopwordEntry loads one language's set on first use.
type stopwordEntry struct {
	once sync.Once
	set  *StopwordSet
	file string
}

// stopwordEntries maps base language codes to their lists; built once at
// package initialisation, never changed (each entry loads lazily).
var stopwordEntries = func() map[string]*stopwordEntry {
	m := map[string]*stopwordEntry{}
	files, _ := stopwordFiles.ReadDir("stopwords")
	for _, f := range files {
		code := strings.TrimSuffix(f.Name(), ".txt")
		e := &stopwordEntry{file: "stopwords/" + f.Name()}
		m[code] = e
		// also under the canonical code (tl is canonically fil)
		if b, conf := language.Make(code).Base(); conf == language.Exact {
			m[b.String()] = e
		}
	}
	// Norwegian: one list serves Bokmål and Nynorsk.
	if e := m["no"]; e != nil {
		m["nb"], m["nn"] = e, e
	}
	return m
}()

// Stopwords returns the stopword set of tag's base language, or nil when
// there is none. A nil *StopwordSet is valid and contains nothing.
func Stopwords(tag language.Tag) *StopwordSet {
	b, conf := tag.Base()
	if conf != language.Exact {
		return nil // und, or a base only guessed from a script or region
	}
	e := stopwordEntries[b.String()]
	if e == nil {
		return nil
	}
	e.once.Do(func() {
		data, err := stopwordFiles.ReadFile(e.file)
		if err != nil {
			return
		}
		e.set = newStopwordSet(listWords(string(data)))
	})
	return e.set
}

// StopwordLanguages returns the languages Stopwords has a set for.
func StopwordLanguages() []language.Tag {
	var out []language.Tag
	seen := map[*stopwordEntry]bool{}
	for code, e := range stopwordEntries {
		if t, err := language.Parse(code); err == nil && !seen[e] {
			seen[e] = true
			out = append(out, t)
		}
	}
	return out
}

// listWords returns the words of a stopword list, one a line. It splits
// at ASCII white space only, which the lists hold alone
// (TestListWordsMatchesFields): strings.Fields checks every rune of the
// non-ASCII lists against the Unicode spaces, which was a third of the
// time of loading the lists of all languages.
func listWords(data string) []string {
	words := make([]string, 0, strings.Count(data, "\n")+1)
	for start, i := -1, 0; i <= len(data); i++ {
		if i < len(data) && !asciiSpace(data[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = append(words, data[start:i])
			start = -1
		}
	}
	return words
}

// asciiSpace reports the bytes strings.Fields takes for space in ASCII.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

func newStopwordSet(words []string) *StopwordSet {
	size := 1 << bits.Len(uint(2*len(words)))
	s := &StopwordSet{table: make([]uint64, size)}
	for _, w := range words {
		h := uint64(wordSeed)
		n := 0
		for _, r := range w {
			h = hashRune(h, toLower(r))
			n++
		}
		if s.insert(finish(h)) {
			s.n++
			s.maxRunes = max(s.maxRunes, n)
		}
	}
	var short []uint64
	for _, w := range words {
		if k, ok := packASCIIWord(w); ok {
			short = append(short, k)
		}
	}
	s.short = newPackedSet(short)
	return s
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

func (s *StopwordSet) insert(h uint64) bool {
	mask := uint64(len(s.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.table[i] {
		case 0:
			s.table[i] = h
			return true
		case h:
			return false
		}
	}
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
