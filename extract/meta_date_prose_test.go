package extract

import (
	"testing"
	"time"
)

func TestProseDatesAreNotDatelines(t *testing.T) {
	// The kicker above the headline gives the date; the first paragraph
	// under it names another day in a sentence.
	const kicker = `<p class="kicker">News · <time datetime="2025-11-24T14:30:00Z">24 Nov</time></p>`
	tests := []struct {
		name, above, below, want string
	}{
		{"English sentence", kicker, `<p>The campaign offers half off and is valid until December 3, 2025.</p>`, "2025-11-24"},
		{"German sentence", kicker, `<p>Das Angebot gilt für alle Kunden bis zum 3. Dezember 2025!</p>`, "2025-11-24"},
		{"French sentence", kicker, `<p>Les inscriptions restent ouvertes pour tous jusqu'au 3 décembre 2025.</p>`, "2025-11-24"},
		{"a sentence gives no date of its own", "", `<p>Fast forward two days to Sunday, November 9, 2025, I went back to the harbour.</p>`, "0001-01-01"},
		{"a short dateline with a full stop", kicker, `<p>Published on December 3, 2025.</p>`, "2025-12-03"},
		{"a long byline ending in p.m.", kicker, `<p>By Jane Doe and John Roe, published December 3, 2025 at 10:44 p.m.</p>`, "2025-12-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte("<!DOCTYPE html><html><head></head><body><article>" + tt.above +
				"<h1>Council agrees to study the harbour park plan</h1>" + tt.below + articleBody + "</article></body></html>")
			res, err := FromBytes(raw, Options{URL: "https://gazette.example/news/harbour-park"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Date.Format(time.DateOnly); got != tt.want {
				t.Errorf("Date = %s, want %s", got, tt.want)
			}
		})
	}
}
