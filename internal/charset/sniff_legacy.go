package charset

import (
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// sniffLegacy guesses the legacy encoding of text that is not UTF-8: a
// CJK multi-byte encoding when one fits (see sniffCJK), else the
// single-byte encoding whose reading of the non-ASCII bytes gives the most
// frequent letters of its language (see sniffSingleByte).
func sniffLegacy(raw []byte) (encoding.Encoding, string) {
	sample := raw
	if len(sample) > sniffSample {
		sample = sample[:sniffSample]
		// Cut after an ASCII byte so that no character is split.
		for i := len(sample) - 1; i > 0; i-- {
			if sample[i] < 0x80 {
				sample = sample[:i+1]
				break
			}
		}
	}
	if enc, name, ok := sniffCJK(sample); ok {
		return enc, name
	}
	return sniffSingleByte(sample)
}

// singleByteScript is a single-byte encoding with the most frequent
// non-ASCII letters of the languages written in it. For the Latin
// encodings only the letters that tell them apart are listed.
type singleByteScript struct {
	cm      *charmap.Charmap
	name    string
	latin   bool
	letters string
}

// singleByteScripts is read-only. windows-1252 comes first: it is the
// default, which another Latin encoding must clearly beat.
var singleByteScripts = [...]singleByteScript{
	{charmap.Windows1252, "windows-1252", true, "éèàçüöäñóíáêß"},
	{charmap.Windows1250, "windows-1250", true, "ąęłśżźćńěščřžůő"},
	{charmap.ISO8859_2, "iso-8859-2", true, "ąęłśżźćńěščřžůő"},
	{charmap.Windows1251, "windows-1251", false, "оеаинтсрвлкм"},
	{charmap.KOI8R, "koi8-r", false, "оеаинтсрвлкм"},
	{charmap.CodePage866, "ibm866", false, "оеаинтсрвлкм"},
	{charmap.Windows1253, "windows-1253", false, "αοιετσνηυρκπάέίόής"},
	{charmap.Windows1255, "windows-1255", false, "יוהלארתבמשנ"},
	{charmap.Windows1256, "windows-1256", false, "اليمونهرتبع"},
	{charmap.Windows874, "windows-874", false, "านอรเกมงยิ่ดท"},
}

// sniffSingleByte first tells Latin text from text in another script: in
// Latin text the non-ASCII letters are accents among ASCII letters, in
// Cyrillic, Greek, Hebrew, Arabic or Thai whole words are non-ASCII, so
// most non-ASCII bytes have a non-ASCII neighbour. Then it scores each
// encoding of that kind by how many of the non-ASCII bytes it reads as
// frequent letters of its language: Russian read as windows-1251 is mostly
// "о", "е", "а"; read as koi8-r the same bytes are upper-case rarities.
func sniffSingleByte(b []byte) (encoding.Encoding, string) {
	var counts [128]int
	high, paired := 0, 0
	for i, c := range b {
		if c < 0x80 {
			continue
		}
		counts[c-0x80]++
		high++
		if i > 0 && b[i-1] >= 0x80 || i+1 < len(b) && b[i+1] >= 0x80 {
			paired++
		}
	}
	latin := high == 0 || paired*4 < high*3
	var best *singleByteScript
	bestScore := 0
	for i := range singleByteScripts {
		s := &singleByteScripts[i]
		if s.latin != latin {
			continue
		}
		score := scriptScore(s, &counts)
		switch {
		case best == nil:
			best, bestScore = s, score
		case best == &singleByteScripts[0]:
			// Beating the windows-1252 default takes a clear margin.
			if score > bestScore*3/2+1 {
				best, bestScore = s, score
			}
		case score > bestScore:
			best, bestScore = s, score
		}
	}
	return best.cm, best.name
}

func scriptScore(s *singleByteScript, counts *[128]int) int {
	score := 0
	for i, n := range counts {
		if n == 0 {
			continue
		}
		// No case folding: running text is mostly lower case, and the
		// upper-case half of one script is often the lower-case half of
		// another (koi8-r against windows-1251).
		if strings.ContainsRune(s.letters, s.cm.DecodeByte(byte(i+0x80))) {
			score += n
		}
	}
	return score
}
