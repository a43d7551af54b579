package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hasLabelRef is hasLabel as first written: each label searched for in
// the lower-cased text in turn.
func hasLabelRef(text string, labels []string) bool {
	lower := strings.ToLower(text)
	for _, l := range labels {
		if strings.Contains(lower, l) {
			return true
		}
	}
	return false
}

// A label set finds a label where a search for each label in the
// lower-cased text does: every label in three cases, inside text, cut
// short, and beside letters whose lower case has another length ("İ",
// the Kelvin sign) or invalid UTF-8.
func TestLabelSetMatchesSearch(t *testing.T) {
	lists := map[string][]string{"update": updateWords[:], "profile": profileWords[:], "original": originalWords[:],
		"published": publishedWords[:], "other": otherLabels[:]}
	sets := map[string]*labelSet{"update": updateLabels, "profile": profileLabels, "original": originalLabels,
		"published": publishedLabels, "other": otherLabelSet}
	var texts []string
	for _, list := range lists {
		for _, l := range list {
			for _, v := range []string{l, strings.ToUpper(l), strings.ToUpper(l[:1]) + l[1:], l[:len(l)-1]} {
				texts = append(texts, v, "Last "+v+": 5 March 2019", "x"+v+"y", "İ "+v, "\u212a"+v, "\xff"+v, v+"\xc3")
			}
		}
	}
	texts = append(texts, "", "a", "Published", "PUBLISHED ON", "Pub", "Geändert am", "GEÄNDERT", "ОБНОВЛЕНО 5 марта")
	for name, list := range lists {
		for _, text := range texts {
			if got, want := hasLabel(text, sets[name]), hasLabelRef(text, list); got != want {
				t.Errorf("hasLabel(%q, %s) = %v, want %v", text, name, got, want)
			}
		}
	}
}

func TestHasLabel(t *testing.T) {
	tests := []struct {
		text string
		set  *labelSet
		want bool
	}{
		{"Last Updated: March 5, 2019", updateLabels, true},
		{"Zuletzt GEÄNDERT am 5. März", updateLabels, true},
		{"Posted March 5, 2019", updateLabels, false},
		{"Member since 2017", profileLabels, true},
		{"Originally published on 26 Sep 2019", originalLabels, true},
		{"First seen in 2019", originalLabels, false},
		{"公開日 2019/3/5", publishedLabels, true},
		{"Photo by Jane Doe", otherLabelSet, true},
		{"By Jane Doe", otherLabelSet, false},
	}
	for _, tt := range tests {
		if got := hasLabel(tt.text, tt.set); got != tt.want {
			t.Errorf("hasLabel(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// foldable spares the lower-cased copy of a text whose only capitals are
// ASCII: the label sets then find the same labels at the same places as
// in the lower-cased copy, on random lines of ASCII words, small and
// capital letters beyond ASCII, quotes, dashes, letters whose lower case
// has another length and invalid UTF-8.
func TestFoldableMatchesLower(t *testing.T) {
	pieces := []string{"By ", "by ", "Jane", "DOE", " ", "’", "—", "é", "É", "ü", "Ü", "ç", "ñ", "на ", "Обновлено ",
		"обновлено", "İ", "\u212a", "\xff", "\xc3", "\uFFFD", "Updated ", "UPDATED ", "Published", " von ", " VON ", "geändert",
		"GEÄNDERT", "公開日", " par ", "ß", "ẞ", "ǅ", "Ω", "ω", "2019"}
	sets := []*labelSet{byWordLabels, updateLabels, publishedLabels, issueLabels, profileLabels, originalLabels, otherLabelSet}
	for _, text := range randomJoins(18, 5000, 8, pieces) {
		f, lower := foldable(text), strings.ToLower(text)
		if f != text && f != lower {
			t.Fatalf("foldable(%q) = %q, neither the text nor its lower case", text, f)
		}
		for k, set := range sets {
			if got, want := set.index(f), set.index(lower); got != want {
				t.Errorf("set %d: index(foldable(%q)) = %d, index in the lower case = %d", k, text, got, want)
			}
		}
	}
}

func TestCaselessKeepsCase(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if caseless(r) && (r == utf8.RuneError || unicode.ToLower(r) != r) {
			t.Fatalf("caseless(%U), but unicode.ToLower changes it", r)
		}
	}
}
