package recognize

import (
	"strings"
	"testing"
)

func TestRecognizeMemo(t *testing.T) {
	texts := []string{
		"Home", "Share", "We use cookies to improve your experience. Accept cookies", "Home",
		"Subscribe to our newsletter", "Share", "", "Home", "The council met on Tuesday to discuss the budget.",
		strings.Repeat("long text ", 20), strings.Repeat("long text ", 20), "Subscribe to our newsletter",
	}
	for i := range 20 {
		// More short texts than half the smallest memo's slots.
		texts = append(texts, "Menu item "+strings.Repeat("x", i))
	}
	for _, n := range []int{0, 1, len(texts)} {
		// n below the number of texts: the memo fills and must still
		// answer, from Text.
		m := GetMemo(n)
		for round := range 3 {
			for _, text := range texts {
				if got, want := m.Text(text), Text(text); got != want {
					t.Fatalf("memo of %d, round %d: m.Text(%q) = %v, Text = %v", n, round, text, got, want)
				}
			}
		}
		if 2*m.used > len(m.slots) {
			t.Errorf("memo of %d: %d of %d slots used, more than half", n, m.used, len(m.slots))
		}
		PutMemo(m)
	}
}

// TestRecognizeNilMemo: a nil memo answers as Text does.
func TestRecognizeNilMemo(t *testing.T) {
	var m *Memo
	for _, text := range []string{"", "Share", "Subscribe to our newsletter", "The council met on Tuesday."} {
		if got, want := m.Text(text), Text(text); got != want {
			t.Errorf("nil memo: Text(%q) = %v, want %v", text, got, want)
		}
	}
}
