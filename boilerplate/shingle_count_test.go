package boilerplate

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// sameAsSeparatePasses checks that shinglesCounting hashes text as shingles
// does and measures it as CountText does.
func sameAsSeparatePasses(t *testing.T, text string) {
	t.Helper()
	var s shingler
	want, wantHashes := s.shingles(text, nil)
	var wantF Features
	CountText(text, &wantF)
	got, gotHashes := s.shinglesCounting(text, nil, new(Features))
	var gotF Features
	s.shinglesCounting(text, nil, &gotF)
	if !slices.Equal(got, want) || gotHashes != wantHashes {
		t.Fatalf("shinglesCounting(%q) hashes differ from shingles", text)
	}
	if gotF != wantF {
		t.Fatalf("shinglesCounting(%q) measured %+v, CountText %+v", text, gotF, wantF)
	}
}

func TestShinglesCountingMatches(t *testing.T) {
	for _, text := range []string{"", "a", "Hello world.", "It costs 3.5 dollars. Don't pay! Really?",
		"snake_case and CamelCase_words, e-mail — “quoted” it’s fine…", "Привет, мир.", "東京は晴れです。",
		"He said: \"Stop.\" Then left", "A 2024-05-01 12:30 UTC (updated)", strings.Repeat("word ", 1000)} {
		sameAsSeparatePasses(t, text)
	}
	pieces := []string{"a", "Z", "q", "word", "Longerwordhere", "_", "0", "7", "-", "'", " ", "  ", ",", ".", "!", "?",
		"\t", "\n", "@", "[", "`", "{", "$", "\"", ")", "\x00", "\x7f", "—", "–", "“", "”", "’", "…", "‚", "é", "д",
		"Я", "ДОМ", "слово", "ß", "É", "\u0301", "北", "京", "カ", "。", "！", "ё", "Ѣ", "٣", "µ", "²", "ﬁ", "\u00a0", "\xff",
		"가", "😀", "Ωμέγα"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 30000 {
		sameAsSeparatePasses(t, randomText(r, pieces, 40))
	}
}

func FuzzShinglesCounting(f *testing.F) {
	for _, s := range []string{"", "Hello world.", "snake_case e-mail — it’s", "Привет, мир.", "3.5 dollars! Really?"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { sameAsSeparatePasses(t, text) })
}
