package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestAppendFields checks appendFields against strings.Fields, with and
// without a limit.
func TestAppendFields(t *testing.T) {
	for _, s := range []string{"", " ", "By Jane Doe", "  Jane\u00a0Doe \n 3 min read ", "a b c d e f g h"} {
		all := strings.Fields(s)
		var buf [4]string
		if got := appendFields(buf[:0], s, -1); !slices.Equal(got, all) {
			t.Errorf("appendFields(%q, -1) = %q, want %q", s, got, all)
		}
		if got := appendFields(buf[:0], s, 3); !slices.Equal(got, all[:min(3, len(all))]) {
			t.Errorf("appendFields(%q, 3) = %q, want %q", s, got, all[:min(3, len(all))])
		}
	}
}
