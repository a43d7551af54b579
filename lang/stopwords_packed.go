package lang

import "github.com/winnowtext/winnow/internal/swar"

// packedSet is a set of short ASCII words, each packed into a uint64 in
// lower case with its first letter in the lowest byte (packASCIIWord), so
// that Count can look a word up from one 8-byte load of the text. 0 marks
// an empty slot; a word has a letter, so no key is 0.
type packedSet struct {
	slots []uint64 // power-of-two sized, at most a quarter full
	shift uint     // 64 - log2(len(slots))
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
