package recognize

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		text string
		want string // RFC 3339 in the zone the text names, else UTC; "" for no date
	}{
		{"February 15, 2022 at 14:34 GMT +00:00 · Published", "2022-02-15T14:34:00Z"},
		{"12:57 GMT 15.02.2022 (Updated: 13:03 GMT 15.02.2022)", "2022-02-15T12:57:00Z"},
		{"15 Feb 2022", "2022-02-15T00:00:00Z"},
		{"2022-02-15T09:30", "2022-02-15T09:30:00Z"},
		{"11/20/2019 01:14 PM", "2019-11-20T13:14:00Z"},
		{"20/11/2019", "2019-11-20T00:00:00Z"},
		{"15 февраля 2022 г., 14:34", "2022-02-15T14:34:00Z"},
		{"15 лютого 2022 року", "2022-02-15T00:00:00Z"},
		{"Mittwoch, 16. Februar 2022, 08:00 Uhr", "2022-02-16T08:00:00Z"},
		{"le 3 mars 2021 à 12:05", "2021-03-03T12:05:00Z"},
		{"3 de marzo de 2021", "2021-03-03T00:00:00Z"},
		{"the 5th of May 2021", "2021-05-05T00:00:00Z"},
		{"Tue Mar 4, 2014 2:43pm EST", "2014-03-04T14:43:00-05:00"},
		// The zone named after the time: US generic names by the season.
		{"March 5, 2019 at 8:30 p.m. ET", "2019-03-05T20:30:00-05:00"},
		{"July 5, 2019 at 8:30 p.m. ET", "2019-07-05T20:30:00-04:00"},
		{"March 9, 2019 10:00 ET", "2019-03-09T10:00:00-05:00"},
		{"March 10, 2019 10:00 ET", "2019-03-10T10:00:00-04:00"},
		{"November 3, 2019 10:00 PT", "2019-11-03T10:00:00-08:00"},
		{"Published 8:30 PM ET Mar 5, 2019", "2019-03-05T20:30:00-05:00"},
		{"Posted: Mar 05, 2019 8:30 PM PDT", "2019-03-05T20:30:00-07:00"},
		{"5. März 2019, 14:34 Uhr MEZ", "2019-03-05T14:34:00+01:00"},
		{"5 mars 2019 à 14:34 CET", "2019-03-05T14:34:00+01:00"},
		{"2019-03-05 10:00 JST", "2019-03-05T10:00:00+09:00"},
		{"5 марта 2019, 14:34 МСК", "2019-03-05T14:34:00+03:00"},
		{"le 5 mars 2019 à 10:00 et mis à jour à 12:00", "2019-03-05T10:00:00Z"},
		{"15 Feb 2022 GMT", "2022-02-15T00:00:00Z"},
		{"Tuesday 4 March 2014 10.15 GMT", "2014-03-04T10:15:00Z"},
		{"Tuesday 4 March 2014 10.15", "2014-03-04T00:00:00Z"},
		{"4.3.2014 10.15 CET", "2014-03-04T10:15:00+01:00"},
		{"March 5, 2019 at 8:30 IST", "2019-03-05T08:30:00Z"}, // IST names three zones: none
		{"March 4, 2014 12:05am", "2014-03-04T00:05:00Z"},
		{"Publié le 04/03/2014 à 10h15", "2014-03-04T10:15:00Z"},
		{"4 de marzo de 2014, 10h15", "2014-03-04T10:15:00Z"},
		{"2014-03-04 10時15分", "2014-03-04T10:15:00Z"},
		{"4 March 2014, 1h", "2014-03-04T00:00:00Z"},
		{"Wednesday, 22 January", ""},
		{"31.02.2022", ""},
		{"no date here", ""},
		{"", ""},
	}
	checkDates(t, "ParseDate", ParseDate, tests)
}

func TestParseDateMonthFirst(t *testing.T) {
	tests := []struct {
		text string
		want string // RFC 3339 in UTC, "" for no date
	}{
		{"Updated 3/4/2025", "2025-03-04T00:00:00Z"},
		{"Posted on 11/05/2019 at 10:30 AM", "2019-11-05T10:30:00Z"},
		{"15/02/2022", "2022-02-15T00:00:00Z"}, // no month 15: day first
		{"03.04.2025", "2025-04-03T00:00:00Z"}, // dots: day first everywhere
		{"03-04-2025", "2025-04-03T00:00:00Z"},
		{"March 4, 2025", "2025-03-04T00:00:00Z"},
		{"2025/03/04", "2025-03-04T00:00:00Z"},
	}
	checkDates(t, "ParseDateMonthFirst", ParseDateMonthFirst, tests)
}

// TestParseDateWeekday checks numeric dates that either order reads, with
// the day's name beside them: the order that gives that weekday is the
// page's, whatever the reader assumes (March 5, 2021 was a Friday, May 3
// a Monday). A name that does not stand beside the date, or that fits
// neither order, changes nothing.
func TestParseDateWeekday(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Fri, 03/05/2021 - 09:12", "2021-03-05T09:12:00Z"}, // a blog engine's default, month first
		{"Friday 05/03/2021", "2021-03-05T00:00:00Z"},
		{"Mon, 03/05/2021", "2021-05-03T00:00:00Z"},
		{"Freitag, 03.05.2021", "2021-03-05T00:00:00Z"},
		{"vendredi 05/03/2021", "2021-03-05T00:00:00Z"},
		{"viernes, 03/05/2021", "2021-03-05T00:00:00Z"},
		{"пятница, 03.05.2021", "2021-03-05T00:00:00Z"},
		{"03/05/2021 (Fri)", "2021-03-05T00:00:00Z"},
		{"di Mario Rossi 03/05/2021", "2021-05-03T00:00:00Z"}, // "di" opens the byline
		{"Wed, 03/05/2021", "2021-05-03T00:00:00Z"},           // neither order is a Wednesday
	}
	checkDates(t, "ParseDate", ParseDate, tests)
	checkDates(t, "ParseDateMonthFirst", ParseDateMonthFirst, []struct{ text, want string }{
		{"Monday 03/05/2021", "2021-05-03T00:00:00Z"},
		{"Fri 03/05/2021", "2021-03-05T00:00:00Z"},
	})
}

// checkDates runs a table of texts and the dates parse must read in them
// (RFC 3339 in UTC, "" for none).
func checkDates(t *testing.T, name string, parse func(string) (time.Time, bool), tests []struct{ text, want string }) {
	t.Helper()
	for _, tt := range tests {
		d, ok := parse(tt.text)
		got := ""
		if ok {
			got = d.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", name, tt.text, got, tt.want)
		}
	}
}

func TestIsDateline(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"NOVEMBER 20, 2019 10:43", true},
		{"Updated: 13:03 GMT 15.02.2022", true},
		{"Wednesday, 22 January", true},
		{"2 days ago at 07:52 am", true},
		{"вчера, 12:30", true},
		// Ages in months and years, as documentation sites and
		// forums print the last change of a page or a post.
		{"Last updated 3 months ago", true},
		{"Posted 2 years ago", true},
		{"vor 3 Monaten", true},
		{"Five years of baking", false},
		{"Top downloads in last 24 hours", false},
		{"Belgium, Brussels", false},
		{"May 2022 be a better year for all of us", false},
		{"Updated", false},
		{"12.01.26 — 10.04.26", true},
		{"1/27/2026 - 3/24/2026", true},
		{"18.00", true},
		// Figures are no dates: the counters of a page's statistics.
		{"60,000+", false},
		{"1,818,598,937", false},
		{"203 2,164,675", false},
		{"99.99%", false},
		{"3.6x", false},
		{"1.14M 1.03k", false},
		// A decimal before a word of time is a quantity; whole numbers
		// and a day with its month are ages and dates.
		{"4.5 day week", false},
		{"2,5 Stunden", false},
		{"1.5 hours", false},
		{"5 days ago", true},
		{"3 hours ago", true},
		{"12.03.2024", true},
		{"Mon 4.5.", true},
		{"4.5. 3 hours ago", true},
		{"18.00 today", true},
	}
	for _, tt := range tests {
		if got := isDateline(tt.text); got != tt.want {
			t.Errorf("isDateline(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
