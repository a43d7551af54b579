package lang

import (
	"math/bits"

	"github.com/winnowtext/winnow/internal/swar"
)

// packedSet is a set of short ASCII words, each packed into a uint64 in
// lower case with its first letter in the lowest byte (packASCIIWord), so
// that Count can look a word up from one 8-byte load of the text. 0 marks
// an empty slot; a word has a letter, so no key is 0.
type packedSet struct {
	slots []uint64 // power-of-two sized, at most a quarter full
	shift uint     // 64 - log2(len(slots))
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

// home is the first slot of key k: Fibonacci hashing, whose top bits mix
// every byte of the key.
func (p *packedSet) home(k uint64) uint64 { return k * 0x9E3779B97F4A7C15 >> p.shift }

// count returns 1 when k is in the set and 0 otherwise. The common cases,
// k or an empty slot at k's home, take no branch: whether a word is a
// stopword is as unpredictable as a coin toss.
func (p *packedSet) count(k uint64) int {
	i := p.home(k)
	v := p.slots[i]
	if v != 0 && v != k {
		return p.probe(k, i)
	}
	// v is k or 0 here, and keys are below 2^56: v^k-1 has its top bit
	// set only when v is k.
	return int((v ^ k - 1) >> 63)
}

// probe looks k up from slot i on.
func (p *packedSet) probe(k, i uint64) int {
	mask := uint64(len(p.slots) - 1)
	for ; ; i = (i + 1) & mask {
		switch p.slots[i] {
		case k:
			return 1
		case 0:
			return 0
		}
	}
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

// lowerPacked returns the first k bytes of x, 1 to 7 ASCII letters,
// lower-cased, and the others cleared: the packASCIIWord key of the word.
func lowerPacked(x uint64, k uint) uint64 {
	return (x | 0x2020202020202020) & (1<<(8*k) - 1)
}

// asciiWordEnd returns the end of the run of ASCII letters that goes on at
// text[i], and false when a byte that is not ASCII follows the run: it may
// be a letter of the same token.
func asciiWordEnd(text string, i int) (int, bool) {
	for i+8 <= len(text) {
		k := swar.Letters(swar.Load(text[i:]))
		i += int(k)
		if k < 8 {
			return i, text[i] < 0x80
		}
	}
	for i < len(text) && (text[i]|0x20)-'a' <= 'z'-'a' {
		i++
	}
	return i, i == len(text) || text[i] < 0x80
}

// hashASCII is the word hash of a run of ASCII letters.
func hashASCII(w string) uint64 {
	h := uint64(wordSeed)
	for i := 0; i < len(w); i++ {
		h = hashRune(h, rune(w[i]|0x20))
	}
	return h
}
