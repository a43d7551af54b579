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
	}
	for _, s := range values {
		for _, layout := range isoLayouts {
			if _, err := time.Parse(layout, s); err == nil && !isoMayParse(layout, s) {
				t.Errorf("isoMayParse(%q, %q) = false, but time.Parse reads it", layout, s)
			}
		}
	}
}
