package boilerplate

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/winnowtext/winnow/internal/runeclass"
	"github.com/winnowtext/winnow/internal/swar"
	"github.com/winnowtext/winnow/internal/wyhash"
	"golang.org/x/text/unicode/norm"
)

// shingleWords is the n of the word n-grams (shingles) that blocks are
// compared by. It was chosen by measurement (TestMeasureShingleN, run with
// WINNOW_MEASURE=1 on the 3,623 paragraphs of 6 words or more in the
// ground-truth texts of the evaluation corpus, 133 of which repeat an
// earlier paragraph of their page outright). Under MarkRepeats' near-copy
// rule (from 12 words, at most 3 shingles, or a twentieth, not in the
// original) distinct paragraphs look like copies 16 times more with
// 2-grams, 7 with 3-grams and 6 with 4-grams; a copy of a paragraph of 15
// words or more with one word changed is found always with 2- and 3-grams
// but only a quarter of the time with 4-grams, whose one changed word
// leaves four shingles new. 3-grams are the balance. (Under a plain 60%
// overlap rule 3-grams flagged 54 distinct paragraphs.)
const shingleWords = 3

// The word hash, wyhash's mixer over 8-byte loads, was chosen by
// measurement. Alone (BenchmarkWordHash), FNV-1a, one multiply per byte,
// is the fastest on short words, ahead of packing bytes into a register;
// buffer hashes such as maphash or xxhash.Sum64 need each normalised word
// copied first and are slowest (maphash is also seeded per process, so its
// hashes could not be saved). Inside the shingler, where the class of each
// byte is looked up anyway, reading a word of up to 7 letters in one
// 8-byte load and mixing it once made the whole pass 15% faster than
// FNV-1a per byte (alternating runs of both builds: 520-600 against
// 430-500 MB/s of CPU time on this project's shared test machine). The
// mixer's full avalanche is what the hash tables, indexed by the low bits,
// need (TestHashCollisions).

// asciiClass tells, per byte, how the shingler treats it: 0 separates
// words, 1 is a letter or other word byte (already folded in asciiFold),
// 2 is a digit, 3 joins words (apostrophe, hyphen) when inside one, 4 is
// not ASCII.
var asciiClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = 4
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
			t[c] = 1
		case c >= '0' && c <= '9':
			t[c] = 2
		case c == '\'' || c == '-':
			t[c] = 3
		}
	}
	return t
}()

// asciiLower maps each byte to its lower case.
var asciiLower = func() (t [256]byte) {
	for c := range 256 {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

// unsafeStringBytes returns the bytes of s without copying. The caller
// must not modify them.
func unsafeStringBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// blockHashes is what the shingler learns about one block of text.
type blockHashes struct {
	words int    // word tokens (CJK: one per character)
	whole uint64 // hash of all words, digits folded
	exact uint64 // hash of all words with the digits kept
}

// shingler normalises block text and hashes it into word shingles. The zero
// value is ready to use. It keeps a scratch buffer between calls, so one
// shingler serves one goroutine at a time.
type shingler struct {
	buf []byte // NFKC output for non-ASCII text
}

// result returns the block hashes once the last word has ended.
func result(words int, whole, exact uint64) blockHashes {
	whole = wyhash.Mix(whole, wyhash.K0^uint64(words))
	return blockHashes{words: words, whole: whole, exact: whole ^ exact}
}

// shingles appends to out the hashes of the word shingles of text and
// returns the extended slice with the block's word count and whole-text
// hashes. A block of fewer than shingleWords words has no shingles; its
// whole hash stands for it.
//
// Normalisation: Unicode NFKC, case folded, every run of digits folded to
// one digit so that dates and counters do not break a match, punctuation
// and spacing ignored, apostrophes and hyphens inside a word dropped
// ("don't" = "dont"). Han, Hiragana and Katakana characters are one word
// each, as those scripts do not separate words. ASCII text takes a fast
// path: a word of up to 7 letters followed by a separator is read with one
// 8-byte load and SWAR arithmetic and mixed once; a longer word is read 8
// letters at a time the same way, packed into a register and mixed once
// per 8 bytes; digits, joiners and the byte that ends a word go through a
// table lookup. shinglesCounting is a twin of this loop that also measures
// the text; a change here goes there too (TestShinglesCountingMatches).
func (s *shingler) shingles(text string, out []uint64) ([]uint64, blockHashes) {
	// The state lives in local variables, not in a struct, so that the
	// compiler keeps it in registers; the window is written out for
	// shingleWords == 3 (checked at compile time below).
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var w0, w1, digits, exact uint64
	whole := uint64(wyhash.K0)
	words := 0
	start := len(out)
	for i := 0; i < len(text); {
		cls := asciiClass[text[i]]
		if cls == 0 || cls == 3 {
			i++
			continue
		}
		if cls == 4 && inertPunct(text, i) != 4 {
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
			x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
			y := x | 0x20*ones
			// Carries from bytes with the high bit set only reach the
			// bytes above them, past the first non-letter.
			letters := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ x & highs
			n := uint(bits.TrailingZeros64(^letters&highs)) / 8
			if n-1 < 7 && asciiClass[t[n&7]] == 0 {
				acc, wl = bits.ReverseBytes64(y)>>((64-8*n)&63), uint64(n)
				i += int(n) + 1
				goto word
			}
		}
		for inNum := false; ; {
			if i+8 <= len(text) {
				// The letters among the 8 bytes at i, packed and pushed
				// at once (push's arithmetic for n bytes, written out).
				t := text[i : i+8]
				x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
					uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
				if x&highs == 0 {
					if n := swar.Letters(x); n > 0 {
						acc, h, wl = pushBytes(acc, h, wl, lowerLetters(x, n), n)
						i += int(n)
						inNum = false
						if n == 8 {
							continue
						}
						// text[i] is not an ASCII letter: on to the
						// byte loop.
					}
				}
			}
			if i >= len(text) {
				break
			}
			c := text[i]
			cls = asciiClass[c]
			if cls == 1 {
				inNum = false
				c |= 0x20 // lower case; '_' becomes DEL, which is never a word byte
			} else if cls == 2 {
				digits = wyhash.Mix(digits^uint64(c), wyhash.K0)
				i++
				if inNum {
					continue
				}
				inNum, c = true, '0'
				acc, h, wl = push(acc, h, wl, c)
				continue
			} else if cls == 3 {
				i++
				continue // apostrophe or hyphen inside a word
			} else {
				if cls == 4 {
					// A typographic apostrophe joins, a dash or
					// quote ends the word, as in shinglesUnicode;
					// anything else sends the text there.
					if cls = inertPunct(text, i); cls == 3 {
						i += 3
						continue
					} else if cls == 0 {
						i += 2 // and the separator's last byte below
					}
				}
				if cls == 0 {
					i++ // the separator that ends the word
				}
				break
			}
			acc, h, wl = push(acc, h, wl, c)
			i++
		}
		if cls == 4 {
			// Not ASCII: the Unicode path takes over at this word,
			// with the words before it hashed.
			return s.resume(text, wordStart, hashState{w0, w1, exact, whole, words}, out, start, nil, nil)
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
	return out, result(words, whole, exact)
}

// inertPunct tells how the shingler treats the three bytes at text[i] when
// they encode a General Punctuation mark that NFKC leaves alone (see
// nfkcInert): 3, as an apostrophe, for "’", which joins a word; 0, as a
// separator, for the dashes and other quotes of U+2012 to U+2023. For
// anything else it returns 4.
func inertPunct(text string, i int) uint8 {
	if i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 {
		switch c := text[i+2]; {
		case c == 0x99:
			return 3
		case c >= 0x92 && c <= 0x96, c >= 0x98 && c <= 0xA3:
			return 0
		}
	}
	return 4
}

// The ASCII path of shingles is written for 3-word shingles.
var _ = [1]struct{}{}[shingleWords-3]

// shinglesUnicode is the shingles path for text that is not all ASCII.
// Latin, Cyrillic and common punctuation are decoded and folded inline;
// the first character that NFKC could change sends the whole text through
// golang.org/x/text/unicode/norm once and the pass starts again. It hashes
// exactly as the ASCII path does; the state is in local variables for the
// same reason.
func (s *shingler) shinglesUnicode(text string, out []uint64) ([]uint64, blockHashes) {
	return s.resume(text, 0, hashState{whole: wyhash.K0}, out, len(out), nil, nil)
}

// hashState is the shingler's state between two words: the hashes of the
// last two words, the hashes of the words so far and their number.
type hashState struct {
	w0, w1, exact, whole uint64
	words                int
}

// resume hashes text from text[from], where a word starts, on the Unicode
// path, with st the state after the words before it, whose shingles are
// out[start:]. Text that needs NFKC is normalised and hashed again whole:
// normalisation may join a character to the one before it. Unless m is
// nil, it also measures the text, from m's state at text[from], into f
// (see shinglesCounting); text that needs NFKC is measured by CountText.
func (s *shingler) resume(text string, from int, st hashState, out []uint64, start int, m *measurer, f *Features) ([]uint64, blockHashes) {
	out, hs, ok := hashUnicode(unsafeStringBytes(text), from, st, false, out, m)
	if m != nil {
		if ok {
			m.fill(f, len(text))
		} else {
			CountText(text, f)
		}
	}
	if !ok {
		s.buf = norm.NFKC.AppendString(s.buf[:0], text)
		out, hs, _ = hashUnicode(s.buf, 0, hashState{whole: wyhash.K0}, true, out[:start], nil)
	}
	return out, hs
}

// hashUnicode is the loop of shinglesUnicode, from b[from], where a word
// starts, with st the state after the words before it. Unless normalized,
// it stops and reports false at the first character that NFKC could
// change. Unless m is nil, it measures each rune it reads with m; m's
// counts and state are written back when it reports true.
func hashUnicode(b []byte, from int, st hashState, normalized bool, out []uint64, m *measurer) ([]uint64, blockHashes, bool) {
	var digits, acc, h, wl uint64
	w0, w1, exact, whole, words := st.w0, st.w1, st.exact, st.whole, st.words
	var lanes, state uint64 // m's counts and state, kept in registers
	if m != nil {
		lanes, state = m.lanes, m.state
	}
	inWord, inNum := false, false
	for i := from; i < len(b); {
		// Fast paths for the common bytes of non-ASCII text: an ASCII
		// letter, a separator between words, a Cyrillic letter NFKC
		// leaves alone (folded by cyrillicFold).
		endWord := false
		c := b[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case 1:
				inWord, inNum = true, false
				if m != nil {
					lanes, state = m.stepCounts(lanes, state, smallRuneClasses[c]) // the letters after it add nothing
				}
				if i+8 <= len(b) {
					// The ASCII letters at i, up to eight at once.
					t := b[i : i+8]
					x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
						uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
					if n := swar.Letters(x); n > 0 {
						acc, h, wl = pushBytes(acc, h, wl, lowerLetters(x, n), n)
						i += int(n)
						if n == 8 || asciiClass[b[i]] != 0 {
							continue
						}
						// An ASCII separator, the common end of the
						// word: end it here rather than through the
						// loop's top, as case 0 would.
						if m != nil {
							lanes, state = m.stepCounts(lanes, state, smallRuneClasses[b[i]])
						}
						i++
						endWord = true
						break
					}
				}
				acc, h, wl = push(acc, h, wl, c|0x20)
				i++
				continue
			case 0:
				if m != nil {
					lanes, state = m.stepCounts(lanes, state, smallRuneClasses[c])
				}
				i++
				if !inWord {
					continue
				}
				endWord = true
			}
		} else if c&0xFE == 0xD0 && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			// A run of Cyrillic letters: four at a time while there
			// are, one 8-byte chunk of the word's hash each, then one
			// at a time. The general path below takes U+0460 and
			// above.
			start := i
			for i+8 <= len(b) {
				t := b[i : i+8]
				x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
					uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
				if x&0xC0FEC0FEC0FEC0FE != 0x80D080D080D080D0 {
					break
				}
				f0 := uint64(cyrillicFold[(x&1)<<6|x>>8&0x3F])
				f1 := uint64(cyrillicFold[(x>>16&1)<<6|x>>24&0x3F])
				f2 := uint64(cyrillicFold[(x>>32&1)<<6|x>>40&0x3F])
				f3 := uint64(cyrillicFold[(x>>48&1)<<6|x>>56&0x3F])
				if f0 == 0 || f1 == 0 || f2 == 0 || f3 == 0 {
					break
				}
				v := f0<<48 | f1<<32 | f2<<16 | f3
				r := wl & 7 // bytes already in acc; acc is 0 when r is
				wl += 8
				h = wyhash.Mix(h^(acc<<((64-8*r)&63)|v>>(8*r&63)), wyhash.K1)
				acc = v & (1<<(8*r&63) - 1)
				i += 8
			}
			for i+1 < len(b) && b[i]&0xFE == 0xD0 && b[i+1]&0xC0 == 0x80 {
				v := uint64(cyrillicFold[int(b[i]&1)<<6|int(b[i+1]&0x3F)])
				if v == 0 {
					break
				}
				// push of the two bytes of v, written out.
				r := wl & 7
				wl += 2
				switch {
				case r < 6:
					acc = acc<<16 | v
				case r == 6:
					h, acc = wyhash.Mix(h^(acc<<16|v), wyhash.K1), 0
				default:
					h, acc = wyhash.Mix(h^(acc<<8|v>>8), wyhash.K1), v&0xFF
				}
				i += 2
			}
			if i > start {
				inWord, inNum = true, false
				if m != nil {
					// Letters all: the first may start a word, the
					// others add nothing but their second bytes.
					lanes, state = m.stepCounts(lanes, state, smallRuneClasses[rune(c&0x1F)<<6|rune(b[start+1]&0x3F)])
					m.multi += (i - start) / 2
				}
				if i >= len(b) || b[i] >= utf8.RuneSelf || asciiClass[b[i]] != 0 {
					continue
				}
				// An ASCII separator, the common end of the word:
				// end it here rather than through the loop's top.
				if m != nil {
					lanes, state = m.stepCounts(lanes, state, smallRuneClasses[b[i]])
				}
				i++
				endWord = true
			}
		}
		if !endWord {
			c := b[i]
			var r rune
			size := 1
			switch {
			case c < utf8.RuneSelf:
				r = rune(c)
			case c >= 0xC2 && c < 0xE0 && i+1 < len(b) && b[i+1]&0xC0 == 0x80:
				r, size = rune(c&0x1F)<<6|rune(b[i+1]&0x3F), 2
			default:
				r, size = utf8.DecodeRune(b[i:])
			}
			if !normalized && r >= utf8.RuneSelf && !nfkcInert(r) && !nfkcSeparator(r) {
				return out, blockHashes{}, false
			}
			cjk := false
			k := kindLetter
			if r < 0x400 || r >= 0x460 { // Cyrillic, the common case, is all letters
				k = runeKind(r)
			}
			if m != nil && (k != kindCJK || !inWord) { // else r is read again, below
				lanes, state = m.runeCounts(lanes, state, r, size)
			}
			switch k {
			case kindLetter:
				switch {
				case r < utf8.RuneSelf:
					r |= 0x20 // as the ASCII path folds
				case r >= 0x430 && r < 0x460: // lower-case Cyrillic
				case r >= 0x410 && r < 0x430:
					r += 0x20
				default:
					r = foldRune(r)
				}
			case kindDigit:
				digits = wyhash.Mix(digits^uint64(r), wyhash.K0)
				if inNum {
					i += size
					continue
				}
				inNum, inWord, r = true, true, '0'
			case kindJoin:
				i += size
				continue // inside a word it joins; outside there is no word to end
			case kindCJK:
				if inWord {
					endWord = true // end the word before; come back to r
					size = 0
				} else {
					cjk, endWord = true, true
				}
			default:
				endWord = true
				r = -1
			}
			if !endWord || cjk {
				if k != kindDigit {
					inNum = false
				}
				inWord = true
				// Add the UTF-8 bytes of r, one at a time as the ASCII
				// path does.
				switch {
				case r < utf8.RuneSelf:
					acc, h, wl = push(acc, h, wl, byte(r))
				case r < 0x800:
					acc, h, wl = push(acc, h, wl, byte(0xC0|r>>6))
					acc, h, wl = push(acc, h, wl, byte(0x80|r&0x3F))
				default:
					var enc [utf8.UTFMax]byte
					for _, x := range enc[:utf8.EncodeRune(enc[:], r)] {
						acc, h, wl = push(acc, h, wl, x)
					}
				}
			}
			i += size
		}
		if endWord && inWord {
			wh := wyhash.Mix(h^acc^wyhash.K0, wl^wyhash.K2)
			acc, h, wl, inWord, inNum = 0, 0, 0, false, false
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
	}
	if inWord {
		// The text ends the last word.
		wh := wyhash.Mix(h^acc^wyhash.K0, wl^wyhash.K2)
		words++
		whole = (whole ^ wh) * wyhash.K3
		if digits != 0 {
			exact ^= wyhash.Mix(digits, uint64(words)^wyhash.K1)
		}
		if words >= 3 {
			out = append(out, wyhash.Mix(wyhash.K2^w0^bits.RotateLeft64(w1, 23), wh^wyhash.K3))
		}
	}
	if m != nil {
		m.lanes, m.state = lanes, state
	}
	return out, result(words, whole, exact), true
}

// cyrillicFold maps the last 7 bits of the UTF-8 encoding of U+0400..U+045F
// (lead byte 0xD0 or 0xD1) to the UTF-8 encoding of its case fold, as
// foldRune folds it, or to 0 for U+0460..U+047F, which NFKC may change.
var cyrillicFold = func() (t [128]uint16) {
	for r := rune(0x400); r < 0x460; r++ {
		f := foldRune(r)
		t[(r>>6&1)<<6|r&0x3F] = uint16(0xC0|f>>6)<<8 | uint16(0x80|f&0x3F)
	}
	return t
}()

// lowerLetters returns the first n bytes of x (little endian), 1 to 8
// ASCII letters, lower-cased, in the n low bytes of the result, the first
// in the highest, as pushBytes takes them.
func lowerLetters(x uint64, n uint) uint64 {
	return bits.ReverseBytes64(x|0x2020202020202020) >> ((64 - 8*n) & 63)
}

// pushBytes adds the n low bytes of v, 1 to 8, the first in the highest, to
// a word's hash state: push's arithmetic for n bytes, written out.
func pushBytes(acc, h, wl, v uint64, n uint) (uint64, uint64, uint64) {
	// Shift counts are masked where they are known to be below 64, which
	// spares the compiler's checks for larger ones; acc is 0 when wl&7 is.
	r := uint(wl&7) + n // bytes of the word past the last full chunk
	wl += uint64(n)
	if r < 8 {
		return acc<<(8*n&63) | v, h, wl
	}
	r -= 8 // bytes of v past the chunk it completes
	return v & (1<<(8*r&63) - 1), wyhash.Mix(h^(acc<<(8*(n-r))|v>>(8*r&63)), wyhash.K1), wl
}

// push adds byte x to a word's hash state: acc holds the last bytes, h the
// mix of the full 8-byte chunks, wl the bytes so far.
func push(acc, h, wl uint64, x byte) (uint64, uint64, uint64) {
	acc = acc<<8 | uint64(x)
	wl++
	if wl&7 == 0 {
		h = wyhash.Mix(h^acc, wyhash.K1)
		acc = 0
	}
	return acc, h, wl
}

// Kinds of runes for the shingler.
const (
	kindSep    = iota // ends a word
	kindLetter        // part of a word, case folded
	kindDigit         // part of a word; a run of digits is one '0'
	kindJoin          // apostrophe, hyphen: dropped inside a word
	kindCJK           // a word of its own
)

// runeKind classifies r for the shingler.
func runeKind(r rune) int {
	if r < utf8.RuneSelf {
		switch asciiClass[r] {
		case 1:
			return kindLetter
		case 2:
			return kindDigit
		case 3:
			return kindJoin
		}
		return kindSep
	}
	switch {
	case r >= 0xC0 && r < 0x180 && r != 0xD7 && r != 0xF7, r >= 0x400 && r < 0x460:
		return kindLetter
	case runeclass.GeneralPunct(r):
		if r == '’' {
			return kindJoin
		}
		return kindSep
	case runeclass.HanIdeograph(r):
		return kindCJK
	case runeclass.HangulSyllable(r):
		return kindLetter
	case runeclass.CJK(r):
		if unicode.IsLetter(r) {
			return kindCJK
		}
		return kindSep
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return kindLetter
	case unicode.IsDigit(r):
		return kindDigit
	case r == '’' || r == '\u00ad': // typographic apostrophe, soft hyphen
		return kindJoin
	}
	return kindSep
}

// nfkcInert reports whether r is one of the common non-ASCII characters
// that NFKC leaves alone and that never combine with their neighbours:
// Latin-1 and Latin Extended-A letters, Cyrillic, common punctuation, CJK
// ideographs, kana and Hangul syllables.
// Text made only of these and ASCII is already in NFKC.
func nfkcInert(r rune) bool {
	switch {
	case r >= 0xC0 && r < 0x180:
		switch r {
		case 0x132, 0x133, 0x13F, 0x140, 0x149, 0x17F: // compatibility letters
			return false
		}
		return true
	case r >= 0x400 && r < 0x460:
		return true
	case r >= 0xA1 && r < 0xC0:
		switch r {
		case 0xA8, 0xAA, 0xAF, 0xB2, 0xB3, 0xB4, 0xB5, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE:
			return false
		}
		return true
	case r >= 0x2012 && r <= 0x2016, r >= 0x2018 && r <= 0x2023, r == 0x2039, r == 0x203A, r == 0x20AC,
		r == 0x2212:
		return true
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3:
		// CJK ideographs; precomposed Hangul syllables, which a
		// trailing jamo (not inert) would change.
		return true
	case r >= 0x3001 && r <= 0x3002, r >= 0x3008 && r <= 0x3011, r >= 0x3041 && r <= 0x3096,
		r >= 0x30A1 && r <= 0x30FA, r == 0x30FC:
		// CJK punctuation and brackets, kana (a combining voiced
		// mark, not inert, would change the kana before it).
		return true
	}
	return false
}

// nfkcSeparator reports whether r is a space or a leader NFKC turns into
// ASCII spaces or full stops: the no-break space, the spaces of General
// Punctuation, the ideographic space and the one-, two- and three-dot
// leaders ("…"). The shingler reads r as it reads what NFKC makes of it,
// a separator (runeKind), and neither r nor a space or full stop combines
// with a neighbour, so text holding r need not be normalised for it. The
// no-break space and the ellipsis sent most non-ASCII texts of European
// pages through NFKC.
func nfkcSeparator(r rune) bool {
	switch {
	case r == 0xA0, r >= 0x2000 && r <= 0x200A, r >= 0x2024 && r <= 0x2026, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// foldRune folds the case of r: lower case of the upper case, so that
// final and medial sigma, or the long s and s, fold together.
func foldRune(r rune) rune {
	switch {
	case r >= 0x410 && r < 0x430, r >= 0xC0 && r < 0xDF && r != 0xD7:
		return r + 0x20
	case r >= 0x430 && r < 0x460, r >= 0xDF && r < 0xFF:
		return r
	case r >= 0x400 && r < 0x410:
		return r + 0x50
	case r >= 0x590 && r < 0x10A0, r >= 0x3040 && r < 0x3100, r >= 0x4E00 && r < 0xA000, r >= 0xAC00 && r < 0xD7A4:
		// Hebrew to Myanmar, kana, CJK ideographs, Hangul syllables:
		// scripts without case, where ToUpper and ToLower would search
		// the case tables for nothing.
		return r
	}
	return unicode.ToLower(unicode.ToUpper(r))
}
