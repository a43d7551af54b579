package recognize

import "testing"

// TestDateRange checks that a span of two dates or times of one shape
// (a course's term, a service's hours, an event's days, in several
// languages) is no dateline, while a stamp, a stamp with its time or
// its update, numeric dates and ranges of figures stay what they were.
func TestDateRange(t *testing.T) {
	tests := []struct {
		text string
		want Kind
	}{
		// Spans: the content of a schedule.
		{"1/27/2026 - 3/24/2026", None},
		{"6:15 PM - 8:15 PM", None},
		{"12.01.26 — 10.04.26", None},
		{"Monday — Friday", None},
		{"Sat 7 Mar – Mon 9 Mar", None},
		{"9:00 – 17:30", None},
		{"Lunes – Viernes", None},
		{"3. März – 7. März 2026", None},
		// Stamps: datelines as before.
		{"March 3, 2025", Dateline},
		{"March 3, 2025 — 10:42 AM", Dateline},
		{"August 16, 2019 - Updated July 9, 2025", Dateline},
		{"2019-01-21", Dateline},
		{"19-Dec-2025", Dateline},
		{"2.53.0 2026-02-02", Dateline},
		{"12 janvier 2026", Dateline},
	}
	for _, tt := range tests {
		if got := Text(tt.text); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
