package extract

import (
	"strings"
	"testing"
)

// TestIsRoleWordFolds checks isRoleWord against lower-casing the word
// with strings.ToLower, on ASCII words and others.
func TestIsRoleWordFolds(t *testing.T) {
	ref := func(w string) bool {
		w = strings.ToLower(strings.Trim(w, ",.;:"))
		for _, r := range roleWords {
			if strings.HasPrefix(w, r) {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"Editor", "EDITOR,", "writers", "Jane", "Rédacteur", "RÉDACTEUR", "Redakteur:",
		"Корреспондент", "PhD.", "Ph.D", "記者", "", ",", "Kelvin", "Director-General"} {
		if got, want := isRoleWord(w), ref(w); got != want {
			t.Errorf("isRoleWord(%q) = %v, want %v", w, got, want)
		}
	}
}
