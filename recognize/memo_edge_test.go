package recognize

import (
	"math"
	"strconv"
	"testing"
)

// TestMemoOddSizes: any page size is a valid hint, a huge one costs a
// bounded table, a memo that fills up still answers as Text does, and
// PutMemo ignores nil.
func TestMemoOddSizes(t *testing.T) {
	texts := []string{"Share on Facebook", "Accept all cookies", "The council met on Monday.", "Share on Facebook"}
	for _, n := range []int{math.MinInt, -1, 0, 1, 3, math.MaxInt / 2, math.MaxInt} {
		m := GetMemo(n)
		if len(m.slots) < 16 || len(m.slots) > maxMemoSlots || len(m.slots)&(len(m.slots)-1) != 0 {
			t.Errorf("GetMemo(%d): %d slots", n, len(m.slots))
		}
		for i := range 20 { // more texts than a memo of 16 slots holds
			for _, s := range append(texts, "Page "+strconv.Itoa(i)+" of 20") {
				if got, want := m.Text(s), Text(s); got != want {
					t.Errorf("GetMemo(%d).Text(%q) = %q, want %q", n, s, got, want)
				}
			}
		}
		PutMemo(m)
	}
	PutMemo(nil)
}
