package extract

import (
	"strings"
	"testing"
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
