package charset

import (
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// sniffSample bounds the bytes the legacy sniffers read, keeping them cheap
// on huge pages; 64 KB of text settles the question.
const sniffSample = 64 << 10

// mbStats counts how a text splits into the characters of one multi-byte
// encoding: chars multi-byte characters, invalid bytes that fit no
// character, and typical the characters that text in that encoding's
// language is full of (kana for Japanese, hangul for Korean, common hanzi
// for Chinese).
type mbStats struct {
	chars, invalid, typical int
}

// fits reports whether the text is plausibly in the encoding: enough
// multi-byte characters, nearly no invalid byte, and at least minTypical
// percent of them typical.
func (s mbStats) fits(minTypical int) bool {
	return s.chars >= 4 && s.invalid*50 <= s.chars && s.typical*100 >= s.chars*minTypical
}

// sniffCJK guesses among the Japanese, Korean and Chinese multi-byte
// encodings. They overlap heavily (every EUC-KR pair is a valid GBK pair),
// so each candidate must both fit the bytes and show its language's typical
// characters; the order settles the remaining ties: kana is unmistakable,
// hangul fills a narrower range than hanzi.
func sniffCJK(b []byte) (encoding.Encoding, string, bool) {
	switch {
	case scanEUCJP(b).fits(20):
		return japanese.EUCJP, "euc-jp", true
	case scanShiftJIS(b).fits(20):
		return japanese.ShiftJIS, "shift_jis", true
	case scanEUCKR(b).fits(75):
		return korean.EUCKR, "euc-kr", true
	case scanGB18030(b).fits(60):
		return simplifiedchinese.GB18030, "gb18030", true
	case scanBig5(b).fits(50):
		return traditionalchinese.Big5, "big5", true
	}
	return nil, "", false
}

func in(c, lo, hi byte) bool { return lo <= c && c <= hi }

func scanEUCJP(b []byte) (s mbStats) {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c < 0x80:
		case in(c, 0xa1, 0xfe) && i+1 < len(b) && in(b[i+1], 0xa1, 0xfe):
			s.chars++
			if c == 0xa4 || c == 0xa5 { // hiragana, katakana rows
				s.typical++
			}
			i++
		case c == 0x8e && i+1 < len(b) && in(b[i+1], 0xa1, 0xdf): // half-width kana
			s.chars++
			i++
		case c == 0x8f && i+2 < len(b) && in(b[i+1], 0xa1, 0xfe) && in(b[i+2], 0xa1, 0xfe):
			s.chars++
			i += 2
		default:
			s.invalid++
		}
	}
	return s
}

func scanShiftJIS(b []byte) (s mbStats) {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c < 0x80:
		case in(c, 0xa1, 0xdf):
			// Half-width katakana: rare in Japanese text, and what
			// single-byte Cyrillic or EUC text looks like here.
			s.chars++
		case (in(c, 0x81, 0x9f) || in(c, 0xe0, 0xfc)) && i+1 < len(b) &&
			(in(b[i+1], 0x40, 0x7e) || in(b[i+1], 0x80, 0xfc)):
			t := b[i+1]
			s.chars++
			if c == 0x82 && in(t, 0x9f, 0xf1) || c == 0x83 && in(t, 0x40, 0x96) {
				s.typical++
			}
			i++
		default:
			s.invalid++
		}
	}
	return s
}

// scanEUCKR accepts the Unified Hangul Code superset that pages labelled
// EUC-KR really use.
func scanEUCKR(b []byte) (s mbStats) {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c < 0x80:
		case in(c, 0x81, 0xfe) && i+1 < len(b) &&
			(in(b[i+1], 0x41, 0x5a) || in(b[i+1], 0x61, 0x7a) || in(b[i+1], 0x81, 0xfe)):
			t := b[i+1]
			s.chars++
			if in(c, 0xb0, 0xc8) && t >= 0xa1 || c <= 0xc6 && t < 0xa1 {
				s.typical++ // KS X 1001 or UHC extension hangul
			}
			i++
		default:
			s.invalid++
		}
	}
	return s
}

func scanGB18030(b []byte) (s mbStats) {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c < 0x80:
		case in(c, 0x81, 0xfe) && i+1 < len(b) && (in(b[i+1], 0x40, 0x7e) || in(b[i+1], 0x80, 0xfe)):
			s.chars++
			if in(c, 0xb0, 0xf7) && b[i+1] >= 0xa1 { // GB2312 hanzi
				s.typical++
			}
			i++
		case in(c, 0x81, 0xfe) && i+3 < len(b) && in(b[i+1], 0x30, 0x39) &&
			in(b[i+2], 0x81, 0xfe) && in(b[i+3], 0x30, 0x39):
			s.chars++
			i += 3
		default:
			s.invalid++
		}
	}
	return s
}

func scanBig5(b []byte) (s mbStats) {
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c < 0x80:
		case in(c, 0x81, 0xfe) && i+1 < len(b) && (in(b[i+1], 0x40, 0x7e) || in(b[i+1], 0xa1, 0xfe)):
			s.chars++
			if in(c, 0xa4, 0xc6) { // frequent hanzi
				s.typical++
			}
			i++
		default:
			s.invalid++
		}
	}
	return s
}
