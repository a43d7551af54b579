package boilerplate

// The shingler as it was before the SWAR and Cyrillic-table rewrite, kept
// to check that the rewrite hashes every text exactly as before (saved
// Detector states hold these hashes).

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/wyhash"
	"golang.org/x/text/unicode/norm"
)

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
// path: a word of up to 7 letters is read with one 8-byte load (shortWord),
// a longer one in a tight loop of one table lookup per byte, its bytes
// packed into a register and mixed once per 8 bytes.
func (s *shingler) refShingles(text string, out []uint64) ([]uint64, blockHashes) {
	// The state lives in local variables, not in a struct, so that the
	// compiler keeps it in registers; the window is written out for
	// shingleWords == 3 (checked at compile time below).
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
		// A word starts at i.
		var acc, h, wl uint64
		if i+8 <= len(text) {
			// Fast path: a word of up to 7 ASCII letters followed by a
			// separator is read and folded 8 bytes at a time.
			if n, a := refShortWord(text[i:]); n > 0 && asciiClass[text[i+n]] == 0 {
				acc, wl = a, uint64(n)
				i += n
				goto word
			}
		}
		for inNum := false; i < len(text); i++ {
			c := text[i]
			cls = asciiClass[c]
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
				break
			}
			acc = acc<<8 | uint64(c)
			wl++
			if wl&7 == 0 {
				h = wyhash.Mix(h^acc, wyhash.K1)
				acc = 0
			}
		}
		if cls == 4 {
			return s.refShinglesUnicode(text, out[:start])
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

// shortWord reads the ASCII letters at the start of s, which has at least
// 8 bytes, with one 8-byte load and SWAR arithmetic. It returns their
// number n (0 when s does not start with a letter, or when the first 8
// bytes are all letters or not all ASCII) and the letters lower-cased and
// packed as the byte loop packs them, the first in the highest byte.
func refShortWord(s string) (int, uint64) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	_ = s[7] // one bounds check
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	if x&highs != 0 {
		return 0, 0
	}
	y := x | 0x20*ones // lower case; letters are then 'a'..'z'
	// The high bit of each byte of y+(0x80-'a') is set when the byte is at
	// least 'a', of y+(0x80-'z'-1) when it is past 'z'; bytes below 0x80
	// cannot carry into their neighbour.
	letters := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) & highs
	n := bits.TrailingZeros64(^letters&highs) / 8
	if n == 0 || n == 8 {
		return 0, 0
	}
	w := y & (1<<(8*uint(n)) - 1)
	return n, bits.ReverseBytes64(w) >> (64 - 8*uint(n))
}

// The ASCII path of shingles is written for 3-word shingles.

// shinglesUnicode is the shingles path for text that is not all ASCII.
// Latin, Cyrillic and common punctuation are decoded and folded inline;
// the first character that NFKC could change sends the whole text through
// golang.org/x/text/unicode/norm once and the pass starts again. It hashes
// exactly as the ASCII path does; the state is in local variables for the
// same reason.
func (s *shingler) refShinglesUnicode(text string, out []uint64) ([]uint64, blockHashes) {
	start := len(out)
	out, hs, ok := refHashUnicode(unsafeStringBytes(text), false, out)
	if !ok {
		s.buf = norm.NFKC.AppendString(s.buf[:0], text)
		out, hs, _ = refHashUnicode(s.buf, true, out[:start])
	}
	return out, hs
}

// hashUnicode is the loop of shinglesUnicode. Unless normalized, it stops
// and reports false at the first character that NFKC could change.
func refHashUnicode(b []byte, normalized bool, out []uint64) ([]uint64, blockHashes, bool) {
	var w0, w1, digits, exact, acc, h, wl uint64
	whole := uint64(wyhash.K0)
	words := 0
	inWord, inNum := false, false
	for i := 0; ; {
		// Fast path: a basic Cyrillic letter (U+0410..U+044F), the common
		// case of non-ASCII text, is a letter NFKC leaves alone.
		if i+1 < len(b) && b[i]&0xFE == 0xD0 && b[i+1]&0xC0 == 0x80 {
			if r := rune(b[i]&0x1F)<<6 | rune(b[i+1]&0x3F); r >= 0x410 && r < 0x450 {
				if r < 0x430 {
					r += 0x20
				}
				acc, h, wl = refPush(acc, h, wl, byte(0xC0|r>>6))
				acc, h, wl = refPush(acc, h, wl, byte(0x80|r&0x3F))
				inWord, inNum = true, false
				i += 2
				continue
			}
		}
		end := i >= len(b)
		endWord := end
		if !end {
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
			if !normalized && r >= utf8.RuneSelf && !nfkcInert(r) {
				return out, blockHashes{}, false
			}
			cjk := false
			k := kindLetter
			if r < 0x400 || r >= 0x460 { // Cyrillic, the common case, is all letters
				k = runeKind(r)
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
					acc, h, wl = refPush(acc, h, wl, byte(r))
				case r < 0x800:
					acc, h, wl = refPush(acc, h, wl, byte(0xC0|r>>6))
					acc, h, wl = refPush(acc, h, wl, byte(0x80|r&0x3F))
				default:
					var enc [utf8.UTFMax]byte
					for _, x := range enc[:utf8.EncodeRune(enc[:], r)] {
						acc, h, wl = refPush(acc, h, wl, x)
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
		if end {
			break
		}
	}
	return out, result(words, whole, exact), true
}

// push adds byte x to a word's hash state: acc holds the last bytes, h the
// mix of the full 8-byte chunks, wl the bytes so far.
func refPush(acc, h, wl uint64, x byte) (uint64, uint64, uint64) {
	acc = acc<<8 | uint64(x)
	wl++
	if wl&7 == 0 {
		h = wyhash.Mix(h^acc, wyhash.K1)
		acc = 0
	}
	return acc, h, wl
}

// sameAsRef fails t when the shingler and the reference disagree on text.
func sameAsRef(t *testing.T, text string) {
	t.Helper()
	var s, r shingler
	got, hg := s.shingles(text, nil)
	want, hw := r.refShingles(text, nil)
	if !slices.Equal(got, want) || hg != hw {
		t.Fatalf("shingles of %q changed:\n got %x %+v\nwant %x %+v", text, got, hg, want, hw)
	}
}

// TestShinglesMatchReference compares the shingler with the reference on
// synthetic pages and on random text drawn from ASCII, Cyrillic (all of
// U+0400..U+04FF), Latin-1, CJK, combining marks and invalid UTF-8, with
// words of every length so that each way of crossing an 8-byte chunk is
// met.
func TestShinglesMatchReference(t *testing.T) {
	for seed := range uint64(4) {
		for _, b := range benchPage(seed, seed%2 == 1) {
			sameAsRef(t, b.Text)
		}
	}
	pieces := []string{"a", "Z", "q", "_", "0", "7", "-", "'", " ", "  ", ",", ".", "\t", "\n", "@", "[", "`", "{",
		"д", "Д", "Я", "я", "ё", "Ё", "ї", "Ѐ", "Ѡ", "ѡ", "Ґ", "Ӝ", "ԁ", "é", "É", "ß", "ÿ", "Ĳ", "µ", "²", "\u00a0",
		"’", "‘", "“", "”", "−", "›", "中", "가", "か", "\u3099", "\u11a8", "「", "–", "‒", "‣", "\u2017", "…", "\u2011", "\u00ad", "—", "€", "北", "カ", "ﬁ", "Ｈ", "\u0306", "Σ", "ς", "\xff", "\xd0", "\xd1\x80", "\xe2\x80"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 30000 {
		sameAsRef(t, randomText(r, pieces, 80))
	}
}

// randomText joins up to maxPieces pieces drawn by r, mostly from the
// first few pieces: mostly one script per text, as real blocks are, so
// that the fast paths of the code under test are taken often.
func randomText(r *rand.Rand, pieces []string, maxPieces int) string {
	var sb strings.Builder
	pool := pieces[:r.IntN(len(pieces)-1)+1]
	for range r.IntN(maxPieces) {
		p := pool[r.IntN(len(pool))]
		if r.IntN(3) == 0 {
			p = pieces[r.IntN(len(pieces))]
		}
		sb.WriteString(p)
	}
	return sb.String()
}

// FuzzShinglesMatchReference: the shingler hashes every text as the
// reference does.
func FuzzShinglesMatchReference(f *testing.F) {
	for _, s := range []string{"", "hello world foo", "Привет мир, ПРИВЕТ", "ＨＥＬＬＯ", "\xff\xfe", "北约秘书长", "a-'b ’c",
		"internationalisation of longwordsarehere 12:45 don't", "Ѐлка ӜӜ ԁԁ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { sameAsRef(t, text) })
}
