package meta

import (
	"testing"
	"time"
)

// Date values that no layout knows are read as a printed dateline is:
// months in the recognisers' languages, weekdays and times around the
// date, slashes month first as the layouts read them.
func TestWrittenDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for no date
	}{
		{"3 mars 2021", "2021-03-03T00:00:00Z"},
		{"3. März 2021, 14:05", "2021-03-03T14:05:00Z"},
		{"3 de marzo de 2021", "2021-03-03T00:00:00Z"},
		{"3 marzo 2021", "2021-03-03T00:00:00Z"},
		{"3 maart 2021", "2021-03-03T00:00:00Z"},
		{"3 marca 2021", "2021-03-03T00:00:00Z"},
		{"3 марта 2021", "2021-03-03T00:00:00Z"},
		{"Wednesday, March 3, 2021 - 10:00", "2021-03-03T10:00:00Z"},
		{"3/4/2021 10:00:00 AM", "2021-03-04T10:00:00Z"},
		{"Mar 3, 2021 10:00 AM EST", "2021-03-03T10:00:00-05:00"},
		{"spring 2021", ""},
		{"3 mars", ""},
		{"1 janvier 0001", ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("parseDate(%q) = %v, want no date", tt.in, got)
			}
			continue
		}
		if !ok || got.Format(time.RFC3339) != tt.want {
			t.Errorf("parseDate(%q) = %v, %v; want %s", tt.in, got.Format(time.RFC3339), ok, tt.want)
		}
	}
}

// A date meta or JSON-LD date written in the page's language is the
// page's date.
func TestWrittenDateInMetadata(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"French meta date", `<meta name="date" content="3 mars 2021">`, "2021-03-03"},
		{"German JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"3. März 2021"}</script>`, "2021-03-03"},
		{"Spanish itemprop", `<span itemprop="datePublished" content="3 de marzo de 2021"></span>`, "2021-03-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			md := collect(tt.doc, "https://gazette.example/news/harbour")
			if got := md.Date.Format(time.DateOnly); got != tt.want {
				t.Errorf("Date = %s, want %s", got, tt.want)
			}
		})
	}
}
