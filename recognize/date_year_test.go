package recognize

import "testing"

func TestHasYearDigits(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"March 3, 2021", true},
		{"2021-03-03", true},
		{"Posted 12345 days ago", true},
		{"3/4/25", false},
		{"12 34 56 78", false},
		{"", false},
		{"By Jane Doe", false},
	}
	for _, tt := range tests {
		if got := HasYearDigits(tt.text); got != tt.want {
			t.Errorf("HasYearDigits(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestHasYearDigitsBeforeParse checks the promise that HasYearDigits
// makes to the callers that spare a parse: no text that ParseDate or
// ParseDateMonthFirst reads lacks the digits.
func TestHasYearDigitsBeforeParse(t *testing.T) {
	texts := []string{
		"February 15, 2022 at 14:34 GMT", "15.02.2022", "2022-02-15T09:30", "11/20/2019 01:14 PM",
		"15 февраля 2022 г.", "Mittwoch, 16. Februar 2022", "3 de marzo de 2021", "the 5th of May 2021",
		"2014-03-04 10時15分", "2019年3月5日", "Wednesday, 22 January", "3/4/25", "Mar 5 at 10:00",
		"today at 10:00", "5 mars", "12:57 GMT 15.02.22", "１５．０２．２０２２",
	}
	for _, text := range texts {
		_, ok := ParseDate(text)
		_, okUS := ParseDateMonthFirst(text)
		if (ok || okUS) && !HasYearDigits(text) {
			t.Errorf("%q parses as a date without year digits", text)
		}
	}
}
