package boilerplate

import (
	"math/bits"

	"github.com/winnowtext/winnow/internal/runeclass"
	"github.com/winnowtext/winnow/internal/swar"
	"github.com/winnowtext/winnow/internal/wyhash"
)

// shinglesCounting is shingles that also fills the text measurements of f
// as CountText does, in the same pass: plain text has no segmenter that
// measures its blocks, and a second pass over the bytes of a block costs
// most of what the first does, in branches mispredicted at word ends more
// than in instructions. It counts along both paths of shingles, in text of
// up to laneMax bytes, so that no lane of the counts overflows; longer
// text, and text that needs NFKC, are measured by CountText.
//
// The loop is the ASCII loop of shingles with a CountText step (countSteps)
// for each byte that may change the counts: the first letter of a run of
// letters, and every other byte; at the first other byte hashUnicode takes
// over the word, with a measurer. The two loops must hash alike and measure
// as CountText does (TestShinglesCountingMatches, FuzzShinglesCounting).
func (s *shingler) shinglesCounting(text string, out []uint64, f *Features) ([]uint64, blockHashes) {
	if len(text) > laneMax {
		CountText(text, f)
		return s.shingles(text, out)
	}
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var w0, w1, digits, exact uint64
	whole := uint64(wyhash.K0)
	words := 0
	start := len(out)
	var lanes, state uint64 // CountText's counts and state
	multi := 0              // bytes of the inert punctuation past its first
	for i := 0; i < len(text); {
		c := text[i]
		cls := asciiClass[c]
		if cls == 0 || cls == 3 {
			lanes, state = countByte(lanes, state, smallRuneClasses[c])
			i++
			continue
		}
		if cls == 4 && inertPunct(text, i) != 4 {
			lanes, state = countByte(lanes, state, punctRuneClasses[text[i+2]&0x3F])
			multi += 2
			i += 3 // a dash or quote between words
			continue
		}
		if cls == 4 && isNBSP(text, i) {
			lanes, state = countByte(lanes, state, smallRuneClasses[0xA0])
			multi++
			i += 2 // a no-break space between words
			continue
		}
		// A word starts at i.
		wordStart := i
		wLanes, wState, wMulti := lanes, state, multi // the counts before it
		var acc, h, wl uint64
		if i+8 <= len(text) {
			// Fast path: a word of up to 7 ASCII letters followed by a
			// separator, read with one 8-byte load.
			t := text[i : i+8]
			x := swar.Load(t)
			y := x | 0x20*ones
			letters := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ x & highs
			n := uint(bits.TrailingZeros64(^letters&highs)) / 8
			if n-1 < 7 && asciiClass[t[n&7]] == 0 {
				lanes, state = countByte(lanes, state, smallRuneClasses[t[0]])
				lanes, state = countByte(lanes, state, smallRuneClasses[t[n&7]])
				acc, wl = bits.ReverseBytes64(y)>>((64-8*n)&63), uint64(n)
				i += int(n) + 1
				goto word
			}
		}
		for inNum := false; ; {
			if i+8 <= len(text) {
				// The letters among the 8 bytes at i, packed and pushed
				// at once; only the first may change the counts.
				x := swar.Load(text[i:])
				if x&highs == 0 {
					if n := swar.Letters(x); n > 0 {
						lanes, state = countByte(lanes, state, smallRuneClasses[text[i]])
						acc, h, wl = pushBytes(acc, h, wl, lowerLetters(x, n), n)
						i += int(n)
						inNum = false
						if n == 8 {
							continue
						}
					}
				}
			}
			if i >= len(text) {
				break
			}
			c := text[i]
			cls = asciiClass[c]
			if cls == 4 {
				// A typographic apostrophe joins, a dash, quote or
				// no-break space ends the word; anything else sends the
				// text to the Unicode path.
				if isNBSP(text, i) {
					lanes, state = countByte(lanes, state, smallRuneClasses[0xA0])
					multi++
					i += 2
					cls = 0
					break
				}
				if cls = inertPunct(text, i); cls == 4 {
					break
				}
				lanes, state = countByte(lanes, state, punctRuneClasses[text[i+2]&0x3F])
				multi += 2
				if i += 3; cls == 3 {
					continue
				}
				break
			}
			lanes, state = countByte(lanes, state, smallRuneClasses[c])
			i++
			if cls == 1 {
				inNum = false
				c |= 0x20 // lower case; '_' becomes DEL, which is never a word byte
			} else if cls == 2 {
				digits = wyhash.Mix(digits^uint64(c), wyhash.K0)
				if inNum {
					continue
				}
				inNum, c = true, '0'
			} else if cls == 3 {
				continue // apostrophe or hyphen inside a word
			} else {
				break // the separator that ends the word
			}
			acc, h, wl = push(acc, h, wl, c)
		}
		if cls == 4 {
			// Not ASCII: the Unicode path takes over at this word,
			// with the words before it hashed and measured.
			m := measurer{lanes: wLanes, state: wState, multi: wMulti}
			return s.resume(text, wordStart, hashState{w0, w1, exact, whole, words}, out, start, &m, f)
		}
	word:
		wh := wyhash.Mix(h^acc^wyhash.K0, wl^wyhash.K2)
		words++
		whole = (whole ^ wh) * wyhash.K3
		if digits != 0 {
			exact ^= wyhash.Mix(digits, uint64(words)^wyhash.K1)
			digits = 0
		}
		if words >= 3 {
			out = append(out, wyhash.Mix(wyhash.K2^w0^bits.RotateLeft64(w1, 23), wh^wyhash.K3))
		}
		w0, w1 = w1, wh
	}
	setCounts(f, len(text)-multi, lanes, state)
	return out, result(words, whole, exact)
}

// isNBSP reports whether text[i:] opens with U+00A0 NO-BREAK SPACE, which
// the pages' "&nbsp;" leaves in many blocks of ASCII text: it separates
// words as a space does, and hashUnicode reads it as one (NFKC makes it a
// space), so the ASCII loop steps over it rather than handing the rest of
// the text to the Unicode path.
func isNBSP(text string, i int) bool {
	return i+1 < len(text) && text[i] == 0xC2 && text[i+1] == 0xA0
}

// setCounts sets the measurements of f from the counts in lanes and the
// state after the last rune, for a text of chars runes.
func setCounts(f *Features, chars int, lanes, state uint64) {
	f.Chars, f.Words, f.Sentences = chars, int(lanes>>laneWords&laneMax), int(lanes>>laneSentences&laneMax)
	f.Punct, f.Uppercase, f.Digits = int(lanes>>lanePunct&laneMax), int(lanes>>laneUpper&laneMax), int(lanes>>laneDigits&laneMax)
	if state&csStop != 0 {
		f.Sentences++
	}
}

// countByte is CountText's step for a rune of the given class: the counts
// it adds to lanes and the state after it.
func countByte(lanes, state uint64, class uint8) (uint64, uint64) {
	st := countSteps[class&rcMask][state]
	return lanes + st&^csMask, st & csMask
}

// measurer is CountText's state in a pass that measures text while it
// hashes it: hashUnicode measures on behalf of shinglesCounting.
type measurer struct {
	lanes, state uint64 // counts and state, as CountText keeps them
	multi        int    // bytes of multi-byte runes past their first
	cjkRun       int    // CJK characters since the last other rune
	cjkWords     int    // words of the finished runs of CJK characters
	cjkStops     int    // CJK sentence marks, punctuation that ends a sentence
}

// stepCounts measures a rune of class, which is not rcCJK, with the counts
// and state of m in lanes and state, where a hot loop keeps them: it
// returns them after the rune.
func (m *measurer) stepCounts(lanes, state uint64, class uint8) (uint64, uint64) {
	if m.cjkRun > 0 {
		m.cjkWords += (m.cjkRun + 1) / 2
		m.cjkRun = 0
	}
	return countByte(lanes, state, class)
}

// runeCounts measures rune r, of size bytes in the text, as CountText
// does, with the counts and state of m in lanes and state as stepCounts
// has them.
func (m *measurer) runeCounts(lanes, state uint64, r rune, size int) (uint64, uint64) {
	m.multi += size - 1
	var class uint8
	switch {
	case r < rune(len(smallRuneClasses)):
		class = smallRuneClasses[r]
	case runeclass.GeneralPunct(r):
		class = punctRuneClasses[r-0x2000]
	default:
		class = wideRuneClass(r)
	}
	if class != rcCJK {
		return m.stepCounts(lanes, state, class)
	}
	// Han and Kana: words are counted by run length.
	m.cjkRun++
	if r == '。' || r == '！' || r == '？' {
		m.cjkStops++
	}
	return lanes, 0
}

// fill writes the measurements of a text of n bytes into f.
func (m *measurer) fill(f *Features, n int) {
	setCounts(f, n-m.multi, m.lanes, m.state)
	f.Words += m.cjkWords + (m.cjkRun+1)/2
	f.Sentences += m.cjkStops
	f.Punct += m.cjkStops
}
