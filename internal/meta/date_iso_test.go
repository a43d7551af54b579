package meta

import (
	"testing"
	"time"
)

// TestISOMayParse checks that every layout isoMayParse turns away fails
// in time.Parse, on dates and times written every way isoLayouts read and
// on some that none reads.
func TestISOMayParse(t *testing.T) {
	values := []string{
		"2024-05-01", "2024-05-01T10:15:30Z", "2024-05-01T10:15:30+02:00", "2024-05-01T10:15:30.123+0200",
		"2024-05-01T10:15:30", "2024-05-01T10:15", "2024-05-01T10:15Z", "2024-05-01T10:15+0200",
		"2024-05-01 10:15:30", "2024-05-01 10:15:30 +0200", "2024-05-01 10:15:30 +0200 CEST", "2024-05-01 10:15",
		"2024-05-01  10:15", "2024-05-01 10:15:30 UTC", "2024-05-01T10:15:30 UTC", "2024-05-01T10:15:30 +02:00",
		"2024-5-1", "2024/5/1", "2024/05/01 10:15", "2024/5/1 10:15:30", "2024.5.1", "2024-05", "2024-05-1",
		"2024-05-01x", "2024-05-01t10:15:30Z", "2024-05-0", "2024-05-", "2024-",
		"2024-05-01T10:15:30.5", "2024-05-01T10:15:30,123", "2024-05-01T10:15:30.123Z", "2024-05-01T9:15:30",
		"2024-05-01T9:15", "2024-05-01T9:15Z", "2024-05-01T10:15:3", "2024-05-01T10:15+02:00", "2024-05-01T10:15:30+02",
		"2024-05-01T10:15:30Z", "2024-05-01 10:15:30.25", "2024-05-01 10:15Z", "2024-05-01T10:1530", "2024-05-01T1015",
		"2024-05-01T10:15:30 MST", "2024-05-01T10:15:30 -0700",
	}
	for _, s := range values {
		for _, layout := range isoLayouts {
			if _, err := time.Parse(layout, s); err == nil && !isoMayParse(layout, s) {
				t.Errorf("isoMayParse(%q, %q) = false, but time.Parse reads it", layout, s)
			}
		}
	}
}

// TestLayoutMayParse checks that every numeric or text layout
// layoutMayParse turns away fails in time.Parse, on dates written every
// way those layouts read and on some that none reads.
func TestLayoutMayParse(t *testing.T) {
	values := []string{
		"1.5.2024 10:15:30", "01.05.2024 10:15", "1.5.2024", "5/1/2024 10:15:30", "5/1/2024 3:04 PM",
		"05/01/2024 10:15", "5/1/2024", "25/1/2024", "1-5-2024", "1 May 2024 10:15", "1 May 2024",
		"01 May 2024 10:15:30 +0200", "1 Sep 2024 10:15", "1 Sep 2024", "1 May, 2024", "123.5.2024",
		"Wed, 01 May 2024 10:15:30 +0200", "Wed, 01 May 2024 10:15:30 CEST", "Wed, 1 May 2024 10:15:30 +0200",
		"Wed, 1 May 2024 10:15:30 GMT", "Wed, 1 May 2024 10:15:30", "Wed, 1 May 2024", "Wed, 01-May-2024 10:15:30 GMT",
		"Wednesday, 01-May-24 10:15:30 UTC", "Wed May  1 10:15:30 UTC 2024", "Wed May 1 10:15:30 2024",
		"Wed May 01 2024 10:15:30 GMT+0200", "May 1, 2024, 3:04 PM EST", "May 1, 2024, 3:04 PM",
		"September 1, 2024 3:04 PM EST", "September 1, 2024 3:04 PM", "May 1, 2024 3:04PM", "May 1, 2024 15:04",
		"May 1, 2024", "May 1 2024", "Sep 1, 2024 3:04 PM", "Sep 1, 2024 15:04", "Sep 1, 2024", "Sep 1 2024",
		"Sep. 1, 2024", "Wednesday, May 1, 2024 3:04 PM", "Wednesday, May 1, 2024", "Wednesday, 1 May 2024 15:04",
		"Wednesday, 1 May 2024", "Wednesday 1 May 2024", "Wed, May 1, 2024", "Wed May 1, 2024", "May 2024",
		"June 2024", "june 1, 2024", "MAY 1, 2024", "Mai 2024", "1er mai 2024", "(May 1, 2024)", "May",
		"12 PM", "Wed", "2 Jan 2006 15:04:05 -0700 x",
	}
	all := append(append([]string{}, numericLayouts[:]...), textLayouts[:]...)
	failing, turnedAway := 0, 0
	for _, s := range values {
		for _, layout := range all {
			_, err := time.Parse(layout, s)
			may := layoutMayParse(layout, s)
			if err == nil && !may {
				t.Errorf("layoutMayParse(%q, %q) = false, but time.Parse reads it", layout, s)
			}
			if err != nil {
				failing++
				if !may {
					turnedAway++
				}
			}
		}
	}
	// The check is there to spare time.Parse most of its failures.
	if 4*turnedAway < 3*failing {
		t.Errorf("layoutMayParse turned away %d of the %d failing parses, want three in four", turnedAway, failing)
	}
}
