package recognize

import "testing"

// CalendarLine tells the days and times a schedule lists from the other
// lines the recogniser reads as datelines: figures with units, scores,
// counts.
func TestCalendarLine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Sunday, September 7, 2025", true},
		{"8:20 PM", true},
		{"7pm", true},
		{"7 pm", true},
		{"19:30", true},
		{"09:00 – 09:30", true},
		{"2025-09-07", true},
		{"07.09.2025", true},
		{"Sa 23.08.", true},
		{"Freitag, 22. August 2025", true},
		{"20h00", true},
		{"vendredi 12 septembre", true},
		{"Lunes 15 de septiembre", true},
		{"12 мая", true},
		{"47.5g", false},
		{"2410kJ/581kcal", false},
		{"3 | 12", false},
		{"125 / 200", false},
		{"1.5 mi", false},
	} {
		if got := CalendarLine(tc.text); got != tc.want {
			t.Errorf("CalendarLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
