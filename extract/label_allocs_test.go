package extract

import "testing"

// TestLabelChecksDoNotAllocate keeps the checks that run on every short
// block or name free of allocations: they lower their text on the stack
// (internal/lower), not with strings.ToLower, and cut words into an
// array the caller owns.
func TestLabelChecksDoNotAllocate(t *testing.T) {
	tests := []struct {
		name string
		f    func()
	}{
		{"sortMenuLabel", func() { sortMenuLabel("Sortieren nach:") }},
		{"sortBarLine", func() { sortBarLine("Sort by: Price, low to high") }},
		{"resultCountLine", func() { resultCountLine("Showing 1 - 24 of 193 results") }},
		{"offerLine", func() { offerLine("or 4 interest-free payments of $12.50") }},
		{"isPersonName", func() { isPersonName("Jane Doe Smith") }},
		{"isDateConnector", func() { isDateConnector("Veröffentlicht:") }},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(20, tt.f); n != 0 {
			t.Errorf("%s allocates %v times", tt.name, n)
		}
	}
}
