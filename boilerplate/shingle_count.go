package boilerplate

import (
	"math/bits"

	"github.com/winnowtext/winnow/internal/swar"
)

// shinglesCounting is shingles that also fills the text measurements of f
// as CountText does, in the same pass: plain text has no segmenter that
// measures its blocks, and a second pass over the bytes of a block costs
// most of what the first does, in branches mispredicted at word ends more
// than in instructions. It counts along the ASCII path of shingles (ASCII
// bytes and the punctuation of inertPunct, in text of up to laneMax bytes,
// so that no lane of the counts overflows); for any other text it calls
// CountText and hands the text to the shingler as shingles does.
//
// The loop is the ASCII loop of shingles with a CountText step (countSteps)
// for each byte that may change the counts: the first letter of a run of
// letters, and every other byte. The two loops must hash alike
// (TestShinglesCountingMatches, FuzzShinglesCounting).
func (s *shingler) shinglesCounting(text string, out []uint64, f *Features) ([]uint64, blockHashes) {
	if len(text) > laneMax {
		CountText(text, f)
		return s.shingles(text, out)
	}
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var w0, w1, digits, exact uint64
	whole := uint64(hashK0)
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
		// A word starts at i.
		wordStart := i
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
				// A typographic apostrophe joins, a dash or quote ends
				// the word; anything else sends the text to the Unicode
				// path.
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
				digits = mix(digits^uint64(c), hashK0)
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
			CountText(text, f)
			return s.resume(text, wordStart, hashState{w0, w1, exact, whole, words}, out, start)
		}
	word:
		wh := mix(h^acc^hashK0, wl^hashK2)
		words++
		whole = (whole ^ wh) * hashK3
		if digits != 0 {
			exact ^= mix(digits, uint64(words)^hashK1)
			digits = 0
		}
		if words >= 3 {
			out = append(out, mix(hashK2^w0^bits.RotateLeft64(w1, 23), wh^hashK3))
		}
		w0, w1 = w1, wh
	}
	f.Chars, f.Words, f.Sentences = len(text)-multi, int(lanes>>laneWords&laneMax), int(lanes>>laneSentences&laneMax)
	f.Punct, f.Uppercase, f.Digits = int(lanes>>lanePunct&laneMax), int(lanes>>laneUpper&laneMax), int(lanes>>laneDigits&laneMax)
	if state&csStop != 0 {
		f.Sentences++
	}
	return out, result(words, whole, exact)
}

// countByte is CountText's step for a rune of the given class: the counts
// it adds to lanes and the state after it.
func countByte(lanes, state uint64, class uint8) (uint64, uint64) {
	st := countSteps[class&rcMask][state]
	return lanes + st&^csMask, st & csMask
}
