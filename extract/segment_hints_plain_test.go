package extract

import (
	"math/rand/v2"
	"testing"
)

// add's shortcut for plain words leaves what addWord, which compares every
// word with every name, leaves: for every pair of a first and a second
// byte, alone and before the endings that matter (infix stems, "user",
// "name"), for every triple of letters and digits, for every name add
// looks for with its prefixes and letters around it, and after words that
// start a run ("user", "of", "cookie").
func TestAddMatchesAddWord(t *testing.T) {
	stems := hintTableNames()
	stems = append(stems, "none", "form", "of", "contents", "name", "embed", "social", "tweet", "review",
		"description", "desc", "role", "position", "jobtitle", "consent", "cookie", "cookies", "gdpr", "onetrust",
		"optanon", "didomi", "usercentrics", "user", "username", "banner", "notice", "bar", "law", "cookiebot")
	ends := []string{"", "x", "9", "ab", "user", "name", "username", "navigation", "xcomment", "caption", "kommentar",
		"wrapperitem"}
	var words []string
	for _, n := range stems {
		for i := 1; i <= len(n); i++ {
			words = append(words, n[:i], n[:i]+"s", "a"+n[:i], "big"+n[:i], n[:i]+"7", "9"+n[:i], "xq"+n[:i]+"list")
		}
	}
	chars := "abcdefghijklmnopqrstuvwxyz0123456789"
	for _, n := range stems {
		for _, e := range ends {
			words = append(words, n+e)
		}
	}
	for _, a := range chars {
		words = append(words, string(a))
		for _, b := range chars {
			for _, e := range ends {
				words = append(words, string(a)+string(b)+e)
			}
		}
	}
	// Every triple of letters and digits, which wordTriples looks up
	// (a name's first three bytes only by their hash).
	for _, a := range chars {
		for _, b := range chars {
			for _, c := range chars {
				words = append(words, string(a)+string(b)+string(c), string(a)+string(b)+string(c)+"x")
			}
		}
	}
	var before []nameWords
	for _, w := range []string{"", "user", "of", "cookie", "cookies", "postuser", "bar", "social", "embed"} {
		var nh nameWords
		if w != "" {
			nh.addWord([]byte(w))
		}
		before = append(before, nh)
	}
	for _, b := range before {
		for _, w := range words {
			got, want := b, b
			got.add([]byte(w))
			want.addWord([]byte(w))
			if got != want {
				t.Fatalf("%q after %+v: add gives %+v, addWord %+v", w, b, got, want)
			}
		}
	}
}

// add's shortcut leaves what addWord leaves for random words of the bytes
// that names are made of, drawn mostly from the letters of the names add
// looks for so that many share their first bytes with one, after random
// words that may start a run.
func TestAddMatchesAddWordRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 2))
	letters := "abcdefghijklmnopqrstuvwxyz0123456789"
	names := addNames()
	word := func() []byte {
		var w []byte
		if rng.IntN(2) == 0 {
			n := names[rng.IntN(len(names))]
			w = append(w, n[:1+rng.IntN(len(n))]...)
		}
		for range rng.IntN(10) {
			w = append(w, letters[rng.IntN(len(letters))])
		}
		if rng.IntN(8) == 0 {
			w = append(w, []string{"user", "name", "s", "navigation", "caption"}[rng.IntN(5)]...)
		}
		return w
	}
	for range 200000 {
		var got nameWords
		if rng.IntN(3) == 0 {
			got.addWord(word())
		}
		want := got
		w := word()
		got.add(w)
		want.addWord(w)
		if got != want {
			t.Fatalf("%q: add gives %+v, addWord %+v", w, got, want)
		}
	}
}
