package boilerplate

import (
	"strings"
	"testing"
)

// TestOuterWordsCountFields checks outerWords and countFields against
// strings.Fields.
func TestOuterWordsCountFields(t *testing.T) {
	for _, s := range []string{"", "  ", "Jane", " Jane  Doe ", "Jane\tvan der\nDoe", "a b c d e f g"} {
		words := strings.Fields(s)
		first, last := outerWords(s)
		if len(words) == 0 && (first != "" || last != "") ||
			len(words) > 0 && (first != words[0] || last != words[len(words)-1]) {
			t.Errorf("outerWords(%q) = %q, %q; fields %q", s, first, last, words)
		}
		if got, want := countFields(s, 5), min(len(words), 5); got != want {
			t.Errorf("countFields(%q, 5) = %d, want %d", s, got, want)
		}
	}
}
