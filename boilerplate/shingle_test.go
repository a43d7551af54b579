package boilerplate

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/wyhash"
	"golang.org/x/text/unicode/norm"
)

func shingleAll(text string) ([]uint64, blockHashes) {
	var s shingler
	return s.shingles(text, nil)
}

func TestShingleNormalisation(t *testing.T) {
	tests := []struct {
		name      string
		a, b      string
		sameWhole bool // equal after normalisation, digits folded
		sameExact bool // equal with the digits kept
	}{
		{"punctuation and case", "Hello, World! How are you?", "hello world how are you", true, true},
		{"spacing", "  hello \t world\n how  ", "hello world how", true, true},
		{"dates fold", "Posted on 12.03.2022 at 10:45", "Posted on 3.4.2021 at 9:05", true, false},
		{"counters fold", "Comments (9)", "Comments (10)", true, false},
		{"steps differ exactly", "Step 1", "Step 2", true, false},
		{"full width", "ＨＥＬＬＯ world", "hello world", true, true},
		{"ligature", "ﬁnal offer", "final offer", true, true},
		{"cyrillic case", "Подписывайтесь на наш Телеграм-канал", "подписывайтесь на наш телеграмканал", true, true},
		{"greek sigma", "ΟΔΟΣ", "οδος", true, true},
		{"apostrophes", "don't stop", "dont stop", true, true},
		{"typographic apostrophe", "don’t stop", "don't stop", true, true},
		{"nbsp", "hello\u00a0world", "hello world", true, true},
		{"one word changed", "the cat sat on the mat", "the dog sat on the mat", false, false},
		{"glued words", "THYSNATO chief", "THYS NATO chief", false, false},
		{"cjk per character", "北约秘书长", "北 约 秘 书 长", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ha := shingleAll(tt.a)
			_, hb := shingleAll(tt.b)
			if got := ha.whole == hb.whole; got != tt.sameWhole {
				t.Errorf("whole equal = %v, want %v", got, tt.sameWhole)
			}
			if got := ha.exact == hb.exact; got != tt.sameExact {
				t.Errorf("exact equal = %v, want %v", got, tt.sameExact)
			}
		})
	}
}

func TestShingleCounts(t *testing.T) {
	tests := []struct {
		text     string
		words    int
		shingles int
	}{
		{"", 0, 0},
		{"...", 0, 0},
		{"one", 1, 0},
		{"one two", 2, 0},
		{"one two three", 3, 1},
		{"one two three four five", 5, 3},
		{"Stoltenberg05:21 said", 3, 1},
		{"раз два три четыре", 4, 2},
	}
	for _, tt := range tests {
		sh, h := shingleAll(tt.text)
		if h.words != tt.words || len(sh) != tt.shingles {
			t.Errorf("%q: words %d shingles %d, want %d and %d", tt.text, h.words, len(sh), tt.words, tt.shingles)
		}
	}
}

// TestShingleASCIIPathAgrees checks that the ASCII fast path and the
// Unicode path hash the same words the same way.
func TestShingleASCIIPathAgrees(t *testing.T) {
	text := "The Quick brown fox, jumped over 12 lazy dogs; don't-stop at 10:45 Well-Known"
	var s shingler
	fast, hf := s.shingles(text, nil)
	slow, hs := s.shinglesUnicode(text, nil)
	if !slices.Equal(fast, slow) || hf != hs {
		t.Fatalf("paths disagree:\n%x %+v\n%x %+v", fast, hf, slow, hs)
	}
	// A non-ASCII byte at the end sends the rest of the block down the
	// Unicode path; the shingles before it must not change.
	withUnicode, _ := s.shingles(text+" é", nil)
	if !slices.Equal(withUnicode[:len(fast)], fast) {
		t.Fatal("non-ASCII suffix changed the shingles of the ASCII prefix")
	}
	// The Unicode path takes over mid-text, at the word that holds the
	// first non-ASCII byte, or starts again from the top when a later
	// character needs NFKC, which may join it to the character before.
	for _, tail := range []string{" café au lait", " naïve 12 Ёлка", "é", " cafe\u0301 ok", " <\u0338 b c",
		" ＦＵＬＬ ｗｉｄｔｈ", " “quoted” — dash", " x’s y"} {
		mixed := text + tail
		fast, hf := s.shingles(mixed, nil)
		slow, hs := s.shinglesUnicode(mixed, nil)
		if !slices.Equal(fast, slow) || hf != hs {
			t.Errorf("paths disagree on %q", mixed)
		}
	}
}

func TestShingleNoAllocs(t *testing.T) {
	var s shingler
	out := make([]uint64, 0, 1024)
	en := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 10)
	ru := strings.Repeat("Съешь же ещё этих мягких французских булок, да выпей чаю. ", 10)
	for _, text := range []string{en, ru} {
		s.shingles(text, out) // warm the NFKC buffer
		if n := testing.AllocsPerRun(100, func() { s.shingles(text, out[:0]) }); n != 0 {
			t.Errorf("%.20q: %v allocations per block, want 0", text, n)
		}
	}
}

func FuzzShingles(f *testing.F) {
	for _, s := range []string{"", "hello world foo", "Привет мир", "ＨＥＬＬＯ", "\xff\xfe", "北约秘书长", "a-'b ’c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var s shingler
		sh, h := s.shingles(text, nil)
		// Both paths hash the same text the same way.
		if slow, hs := s.shinglesUnicode(text, nil); !slices.Equal(sh, slow) || h != hs {
			t.Fatalf("ASCII and Unicode paths disagree on %q", text)
		}
		if h.words < shingleWords && len(sh) != 0 || h.words >= shingleWords && len(sh) != h.words-shingleWords+1 {
			t.Fatalf("%d words, %d shingles", h.words, len(sh))
		}
	})
}

// TestFoldRuneFastCases checks the inline case folding of Latin-1 and
// Cyrillic against the unicode package.
func TestFoldRuneFastCases(t *testing.T) {
	for r := rune(0x80); r < 0x500; r++ {
		if got, want := foldRune(r), unicode.ToLower(unicode.ToUpper(r)); got != want {
			t.Errorf("foldRune(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestNFKCInert checks that the characters the Unicode path does not send
// through NFKC are indeed left alone by it, alone and after a Latin letter,
// a Hangul syllable or a kana.
func TestNFKCInert(t *testing.T) {
	for r := rune(0x80); r < 0x10000; r++ {
		if !nfkcInert(r) {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r), string(r) + "a", "가" + string(r), "か" + string(r)} {
			if !norm.NFKC.IsNormalString(s) {
				t.Errorf("%U is marked inert but %q is not in NFKC", r, s)
			}
		}
	}
}

// TestShinglePathsAgreeRandom compares the fast path (SWAR words, byte
// loop) with the Unicode path on random ASCII text.
func TestShinglePathsAgreeRandom(t *testing.T) {
	const alphabet = "abcXYZ qrstuvwQ  09-'_.,!\t\n@[`{"
	r := rand.New(rand.NewPCG(1, 1))
	var s shingler
	buf := make([]byte, 0, 64)
	for range 20000 {
		buf = buf[:0]
		for range r.IntN(60) {
			buf = append(buf, alphabet[r.IntN(len(alphabet))])
		}
		text := string(buf)
		fast, hf := s.shingles(text, nil)
		slow, hs := s.shinglesUnicode(text, nil)
		if !slices.Equal(fast, slow) || hf != hs {
			t.Fatalf("paths disagree on %q", text)
		}
	}
}

// TestShingleCyrillicPaths: the inline path for basic Cyrillic and the
// general path (Ё, combining marks sent through NFKC) hash alike.
func TestShingleCyrillicPaths(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Ёлка в лесу стоит", "ёлка в лесу стоит"},
		{"ПРИВЕТ МИР 2024", "привет мир 1999"},
		{"й и\u0306", "Й Й"}, // decomposed short i goes through NFKC
		{"Москва-Сити", "москвасити"},
	}
	for _, tt := range tests {
		_, ha := shingleAll(tt.a)
		_, hb := shingleAll(tt.b)
		if ha.whole != hb.whole {
			t.Errorf("%q and %q hash differently", tt.a, tt.b)
		}
	}
}

// TestFoldRuneAll: foldRune, with its fast paths, is the lower case of
// the upper case for every rune.
func TestFoldRuneAll(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := foldRune(r), unicode.ToLower(unicode.ToUpper(r)); got != want {
			t.Fatalf("foldRune(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestNFKCSeparator checks that what NFKC makes of each rune nfkcSeparator
// accepts is ASCII separators only, and that the shingler reads the rune
// itself as a separator: text holding it hashes as its NFKC form does.
func TestNFKCSeparator(t *testing.T) {
	for r := rune(0x80); r < 0x10000; r++ {
		if !nfkcSeparator(r) {
			continue
		}
		n := norm.NFKC.String(string(r))
		for i := 0; i < len(n); i++ {
			if n[i] >= utf8.RuneSelf || asciiClass[n[i]] != 0 {
				t.Errorf("NFKC turns %U into %q, not separators", r, n)
			}
		}
		if runeKind(r) != kindSep {
			t.Errorf("runeKind(%U) = %d, want kindSep", r, runeKind(r))
		}
	}
}

// TestShingleSeparatorsWithoutNFKC: text with a no-break space, a thin
// space or an ellipsis between words is hashed without a pass through
// NFKC, and as its NFKC form is, in several languages and next to digits;
// text with a character NFKC does change still takes that pass.
func TestShingleSeparatorsWithoutNFKC(t *testing.T) {
	tests := []struct {
		text string
		nfkc bool // whether the text needs its pass through NFKC
	}{
		{"Le prix\u00a0: 12\u00a0€ par mois, TVA comprise\u00a0!", false},
		{"Er sagte\u2009– und dann… ging er. 3\u00a0000 Besucher", false},
		{"Цена\u00a0100\u00a0руб. Подробнее…", false},
		{"東京\u3000大阪\u3000名古屋の天気…", false},
		{"wait\u2026what\u2025now\u2024ok \u202fand\u205fmore\u2000x\u200ay", false},
		{"\u00a0leading and trailing\u00a0", false},
		{"1\u00a02\u20263 a\u00a0b\u2026c", false},
		{"ﬁne print\u00a0… ＨＥＬＬＯ\u00a0world", true}, // a ligature and full-width letters
		{"x\u00a0\u0301 y", true},                   // a combining mark after the space
	}
	var s shingler
	for _, tt := range tests {
		_, _, ok := hashUnicode([]byte(tt.text), 0, hashState{whole: wyhash.K0}, false, nil, nil)
		if ok == tt.nfkc {
			t.Errorf("%q: NFKC pass %v, want %v", tt.text, !ok, tt.nfkc)
		}
		got, hg := s.shingles(tt.text, nil)
		want, hw := s.shingles(norm.NFKC.String(tt.text), nil)
		if !slices.Equal(got, want) || hg != hw {
			t.Errorf("%q hashes unlike its NFKC form", tt.text)
		}
		sameAsRef(t, tt.text)
	}
}
