package lang

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestStopwordsCoverage(t *testing.T) {
	langs := StopwordLanguages()
	if len(langs) < 40 {
		t.Errorf("stopwords for %d languages, want >= 40", len(langs))
	}
	for _, tag := range langs {
		if s := Stopwords(tag); s.Len() < 20 {
			t.Errorf("%v: %d stopwords", tag, s.Len())
		}
	}
	// every detected language of a major script family has a list
	for _, code := range []string{"en", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "be", "bg", "sr", "mk", "pl", "cs", "sk", "sl", "hr", "da", "sv", "nb", "ro", "ca", "zh", "ja", "ko", "ar", "fa", "hi", "tr", "vi", "id"} {
		if Stopwords(language.Make(code)).Len() == 0 {
			t.Errorf("no stopwords for %s", code)
		}
	}
}

func TestStopwordsContains(t *testing.T) {
	for _, tc := range []struct {
		code, word string
		want       bool
	}{
		{"en", "the", true},
		{"en", "The", true},
		{"en", "THE", true},
		{"en", "elephant", false},
		{"en", "", false},
		{"de", "über", true},
		{"de", "ÜBER", true},
		{"ru", "И", true},
		{"ru", "и", true},
		{"fr", "être", true},
		{"nb", "ikke", true},
		{"sr", "је", true},
		{"sr", "između", false},
		{"zh", "的", true},
		{"en", strings.Repeat("a", 1000), false},
	} {
		if got := Stopwords(language.Make(tc.code)).Contains(tc.word); got != tc.want {
			t.Errorf("%s Contains(%.20q) = %v, want %v", tc.code, tc.word, got, tc.want)
		}
	}
}

func TestStopwordsCount(t *testing.T) {
	for _, tc := range []struct {
		code, text string
		want       int
	}{
		{"en", "", 0},
		{"en", "The cat and the dog.", 3}, // the, and, the
		{"en", "THE CAT AND THE DOG", 3},
		{"en", "the,the;the\nthe", 4},
		{"en", "elephants giraffes", 0},
		{"de", "Der Hund und die Katze", 3},        // der, und, die
		{"ru", "Кошка и собака, а также птица", 3}, // и, а, также
		{"zh", "我的书和你的书", 5},                       // 我 的 和 你 的: one-character stopwords
		{"en", strings.Repeat("x", 500) + " the", 1},
	} {
		if got := Stopwords(language.Make(tc.code)).Count(tc.text); got != tc.want {
			t.Errorf("%s Count(%.30q) = %d, want %d", tc.code, tc.text, got, tc.want)
		}
	}
}

func TestNilStopwordSet(t *testing.T) {
	var s *StopwordSet
	if s.Count("the and of") != 0 || s.Contains("the") || s.Len() != 0 {
		t.Error("nil set is not empty")
	}
	if Stopwords(language.Make("xx")) != nil {
		t.Error("Stopwords of an unknown language is not nil")
	}
}

func TestStopwordsCountDoesNotAllocate(t *testing.T) {
	s := Stopwords(language.Russian)
	text := strings.Repeat("Правительство объявило во вторник о новых мерах поддержки семей. ", 10)
	if n := testing.AllocsPerRun(50, func() { s.Count(text); s.Contains("ПРИ") }); n != 0 {
		t.Errorf("Count allocates %.0f times", n)
	}
}

func FuzzStopwordsCount(f *testing.F) {
	f.Add("The cat and the dog")
	f.Add("\xff\xfe the \u0301")
	f.Add("我的书")
	s := Stopwords(language.English)
	z := Stopwords(language.Chinese)
	f.Fuzz(func(t *testing.T, text string) {
		n := s.Count(text) + z.Count(text)
		if n < 0 || n > len(text) {
			t.Fatalf("count %d for %d bytes", n, len(text))
		}
	})
}

// TestListWordsMatchesFields checks that the embedded lists hold no white
// space but ASCII, so that listWords reads them as strings.Fields would.
func TestListWordsMatchesFields(t *testing.T) {
	files, err := stopwordFiles.ReadDir("stopwords")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := stopwordFiles.ReadFile("stopwords/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		if got, want := listWords(string(data)), strings.Fields(string(data)); !slices.Equal(got, want) {
			t.Errorf("%s: listWords differs from strings.Fields", f.Name())
		}
	}
	for _, s := range []string{"", " ", "a", " a\tb\r\nc \n\n", "\va\fb"} {
		if got, want := listWords(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("listWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowTokenRunes checks the table filled from the Unicode ranges
// against tokenRune.
func TestLowTokenRunes(t *testing.T) {
	for r := range rune(len(lowTokenRunes)) {
		if got, want := rune(lowTokenRunes[r]), tokenRune(r); got != want {
			t.Errorf("U+%04X: %#x, want %#x", r, got, want)
		}
	}
}
