package lang

// The source of stopwords.img: the stopword lists and the code that builds
// a StopwordSet from them, used only by the tests (TestStopwordImage
// checks the image against them and rewrites it with
// -write-stopword-image), by the image's encoder and by the model's
// (stopwordBuilders).

import (
	"embed"
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// stopwordFiles holds one list a language, one lower-cased word a line.
//
//go:embed stopwords/*.txt
var stopwordFiles embed.FS

// sourceStopwordList is one language's list and the codes that name it.
type sourceStopwordList struct {
	codes []string // the file's code first
	set   *StopwordSet
}

// sourceStopwordLists builds the set of every list, in the order of
// their files, once.
var sourceStopwordLists = sync.OnceValues(func() ([]sourceStopwordList, error) {
	files, err := stopwordFiles.ReadDir("stopwords")
	if err != nil {
		return nil, err
	}
	var out []sourceStopwordList
	for _, f := range files {
		data, err := stopwordFiles.ReadFile("stopwords/" + f.Name())
		if err != nil {
			return nil, err
		}
		code := strings.TrimSuffix(f.Name(), ".txt")
		out = append(out, sourceStopwordList{codes: stopwordCodes(code), set: newStopwordSet(listWords(string(data)))})
	}
	return out, nil
})

// stopwordCodes returns the codes Stopwords finds the list of file code
// under: the code, its canonical form (tl is canonically fil), and for
// Norwegian both written standards (one list serves Bokmål and Nynorsk).
func stopwordCodes(code string) []string {
	codes := []string{code}
	if b, conf := language.Make(code).Base(); conf == language.Exact && !slices.Contains(codes, b.String()) {
		codes = append(codes, b.String())
	}
	if code == "no" {
		codes = append(codes, "nb", "nn")
	}
	return codes
}

// sourceStopwords returns the set built from the list of tag's base
// language, as Stopwords returns it from the image, or nil.
func sourceStopwords(tag language.Tag) *StopwordSet {
	b, conf := tag.Base()
	if conf != language.Exact {
		return nil
	}
	lists, err := sourceStopwordLists()
	if err != nil {
		panic(err)
	}
	for _, l := range lists {
		if slices.Contains(l.codes, b.String()) {
			return l.set
		}
	}
	return nil
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

func newPackedSet(keys []uint64) packedSet {
	size := 16
	for size < 4*len(keys) {
		size *= 2
	}
	p := packedSet{slots: make([]uint64, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	for _, k := range keys {
		i := p.home(k)
		for p.slots[i] != 0 && p.slots[i] != k {
			i = (i + 1) & uint64(size-1)
		}
		p.slots[i] = k
	}
	return p
}

// packASCIIWord packs w, lower-cased, when it is one to seven ASCII
// letters.
func packASCIIWord(w string) (uint64, bool) {
	if len(w) == 0 || len(w) > 7 {
		return 0, false
	}
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return 0, false
		}
		k = k<<8 | uint64(c)
	}
	return k, true
}

// encodeStopwordImage writes the image decodeStopwordDirectory and
// decodeStopwordSet read: magic, the number of sets, the text of all
// codes, for each set the lengths of its codes and of its body, then the
// bodies (see appendStopwordSet).
func encodeStopwordImage(lists []sourceStopwordList) []byte {
	var codes []byte
	for _, l := range lists {
		for _, c := range l.codes {
			codes = append(codes, c...)
		}
	}
	b := []byte(stopwordMagic)
	b = binary.AppendUvarint(b, uint64(len(lists)))
	b = binary.AppendUvarint(b, uint64(len(codes)))
	b = append(b, codes...)
	var bodies []byte
	for _, l := range lists {
		b = binary.AppendUvarint(b, uint64(len(l.codes)))
		for _, c := range l.codes {
			b = binary.AppendUvarint(b, uint64(len(c)))
		}
		n := len(bodies)
		bodies = appendStopwordSet(bodies, l.set)
		b = binary.AppendUvarint(b, uint64(len(bodies)-n))
	}
	return append(b, bodies...)
}

// appendStopwordSet appends the body of s: its longest word in runes,
// then its hash table and its packed words (see appendSlots).
func appendStopwordSet(b []byte, s *StopwordSet) []byte {
	b = binary.AppendUvarint(b, uint64(s.maxRunes))
	b = appendSlots(b, s.table)
	return appendSlots(b, s.short.slots)
}

// appendSlots appends an open-addressing table: the number of slots, a
// bitmap of the slots in use, 64 slots a little-endian word, and the
// content of each slot in use in slot order, 8 bytes little-endian.
func appendSlots(b []byte, slots []uint64) []byte {
	b = binary.AppendUvarint(b, uint64(len(slots)))
	for w := 0; w < len(slots); w += 64 {
		var x uint64
		for i, v := range slots[w:min(w+64, len(slots))] {
			if v != 0 {
				x |= 1 << i
			}
		}
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	for _, v := range slots {
		if v != 0 {
			b = binary.LittleEndian.AppendUint64(b, v)
		}
	}
	return b
}
