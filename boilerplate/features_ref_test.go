package boilerplate

// CountText as it was before the table-driven rewrite, kept to check that
// the rewrite measures every text exactly as before.

import (
	"math/rand/v2"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/runeclass"
)

// refCountText is the rune-at-a-time CountText.
func refCountText(text string, f *Features) {
	var chars, words, sentences, punct, upper, digits, cjkRun int
	inWord := false
	prevSentenceEnd := false
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		chars++
		if prevSentenceEnd {
			if r == ' ' || r == '\n' || r == '"' || r == '\'' || r == ')' || r == '”' || r == '»' || r == '’' {
				sentences++
			}
			prevSentenceEnd = false
		}
		switch {
		case c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			if !inWord {
				words++
				inWord = true
				if c <= 'Z' {
					upper++
				}
			}
			cjkRun = flushCJK(&words, cjkRun)
		case c >= '0' && c <= '9':
			digits++
			if !inWord {
				words++
				inWord = true
			}
			cjkRun = flushCJK(&words, cjkRun)
		case c < utf8.RuneSelf:
			cjkRun = flushCJK(&words, cjkRun)
			if inWord && (c == '\'' || c == '-') {
				continue
			}
			inWord = false
			switch c {
			case '.', '!', '?':
				punct++
				prevSentenceEnd = true
			case ',', ';', ':', '"', '(', ')', '[', ']', '{', '}', '/', '|', '*', '#', '&', '%', '@', '+', '=', '<', '>', '~', '^', '`', '\\', '_', '-', '\'':
				punct++
			}
		case runeclass.CJK(r):
			inWord = false
			cjkRun++
			if r == '。' || r == '！' || r == '？' {
				punct++
				sentences++
			}
		case unicode.IsLetter(r) || unicode.IsMark(r):
			cjkRun = flushCJK(&words, cjkRun)
			if !inWord {
				words++
				inWord = true
				if unicode.IsUpper(r) {
					upper++
				}
			}
		case unicode.IsDigit(r):
			cjkRun = flushCJK(&words, cjkRun)
			digits++
			if !inWord {
				words++
				inWord = true
			}
		default:
			cjkRun = flushCJK(&words, cjkRun)
			if inWord && r == '’' {
				continue
			}
			inWord = false
			if unicode.IsPunct(r) {
				punct++
				switch r {
				case '…', '。', '！', '？', '؟', '।':
					prevSentenceEnd = true
				}
			}
		}
	}
	flushCJK(&words, cjkRun)
	if prevSentenceEnd {
		sentences++
	}
	f.Chars, f.Words, f.Sentences, f.Punct, f.Uppercase, f.Digits = chars, words, sentences, punct, upper, digits
}

func sameCountTextAsRef(t *testing.T, text string) {
	t.Helper()
	var got, gotBytes, want Features
	CountText(text, &got)
	CountText([]byte(text), &gotBytes)
	refCountText(text, &want)
	if got != want || gotBytes != want {
		t.Fatalf("CountText(%q) = %+v ([]byte: %+v), reference %+v", text, got, gotBytes, want)
	}
}

func TestCountTextMatchesReference(t *testing.T) {
	for seed := range uint64(4) {
		for _, b := range benchPage(seed, seed%2 == 1) {
			sameCountTextAsRef(t, b.Text)
		}
	}
	pieces := []string{"a", "Z", "q", "word", "Longerwordhere", "_", "0", "7", "-", "'", " ", "  ", ",", ".", "!", "?",
		"\t", "\n", "@", "[", "`", "{", "$", "\"", ")", "\x00", "\x7f", "д", "Я", "é", "É", "ß", "µ", "²", "\u00a0",
		"’", "”", "»", "…", "。", "！", "北", "カ", "\u0301", "٣", "؟", "।", "\xff", "\xd0", "\xe2\x80"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 30000 {
		sameCountTextAsRef(t, randomText(r, pieces, 60))
	}
}

func FuzzCountTextMatchesReference(f *testing.F) {
	for _, s := range []string{"", "Hello world.", "It costs 3.5 dollars. Don't pay! Really?", "Привет, мир.", "東京は晴れです。",
		"He said: \"Stop.\" Then left", "\xff\xfe abcdefghijklmnop"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { sameCountTextAsRef(t, text) })
}
