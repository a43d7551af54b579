package lang

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// stopwordFiles holds one list a language, one lower-cased word a line.
//
//go:embed stopwords/*.txt
var stopwordFiles embed.FS

// StopwordSet is a set of stopwords of one language. A nil *StopwordSet is
// valid and contains nothing. A set is immutable and safe for concurrent
// use.
type StopwordSet struct {
	words  map[string]struct{}
	maxLen int // bytes of the longest word
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
		e.set = newStopwordSet(strings.Fields(string(data)))
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

func newStopwordSet(words []string) *StopwordSet {
	s := &StopwordSet{words: make(map[string]struct{}, len(words))}
	for _, w := range words {
		w = strings.ToLower(w)
		s.words[w] = struct{}{}
		s.maxLen = max(s.maxLen, len(w))
	}
	return s
}

// Len returns the number of words in the set.
func (s *StopwordSet) Len() int {
	if s == nil {
		return 0
	}
	return len(s.words)
}

// Contains reports whether word, compared without case, is in the set.
func (s *StopwordSet) Contains(word string) bool {
	if s == nil || len(word) > 4*s.maxLen {
		return false
	}
	var buf [maxTokenBytes]byte
	n, ok := lowerInto(&buf, word)
	if !ok {
		return false
	}
	_, found := s.words[string(buf[:n])]
	return found
}

// maxTokenBytes bounds the tokens Count and Contains look up; longer tokens
// are never stopwords.
const maxTokenBytes = 64

// lowerInto writes the lower-cased word into buf and reports whether it fit.
func lowerInto(buf *[maxTokenBytes]byte, word string) (int, bool) {
	n := 0
	for _, r := range word {
		r = toLower(r)
		if n+utf8.RuneLen(r) > len(buf) {
			return 0, false
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return n, true
}

// Count returns how many of the tokens of text are stopwords. A token is a
// run of letters and combining marks, compared without case; in scripts
// written without spaces (Han, Kana) each character is a token, so only
// one-character stopwords count there. Count does not allocate.
func (s *StopwordSet) Count(text string) int {
	if s == nil || len(s.words) == 0 {
		return 0
	}
	var buf [maxTokenBytes]byte
	count, n := 0, 0
	overflow := false
	flush := func() {
		if n > 0 && !overflow {
			if _, ok := s.words[string(buf[:n])]; ok {
				count++
			}
		}
		n, overflow = 0, false
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if !isWordRune(r) {
			flush()
			continue
		}
		single := r >= 0x3040 && (ScriptOf(r) == Han || ScriptOf(r) == Kana)
		if single {
			flush()
		}
		r = toLower(r)
		if l := utf8.RuneLen(r); n+l <= s.maxLen && n+l <= len(buf) {
			n += utf8.EncodeRune(buf[n:], r)
		} else {
			overflow = true
		}
		if single {
			flush()
		}
	}
	flush()
	return count
}

// isWordRune reports whether r belongs to a token: a letter or a mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}
