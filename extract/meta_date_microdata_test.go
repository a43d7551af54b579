package extract

import "testing"

// TestDateMicrodataTime checks a <time> that microdata marks as the
// publication date with its itemprop before its datetime, as themes write
// it: the datetime is the date, not a later <time> beside it (the
// modification date) nor the day and month its text prints without a
// year.
func TestDateMicrodataTime(t *testing.T) {
	tests := []struct {
		name, lang, header, want string
	}{
		{"published then modified", "en",
			`<p><time itemprop="datePublished" datetime="2021-03-05T09:12:00Z">March 5</time> · <time itemprop="dateModified" datetime="2021-04-01T10:00:00Z">April 1</time></p>`,
			"2021-03-05T09:12"},
		{"day only, German", "de",
			`<p>Veröffentlicht am <time itemprop="datePublished" datetime="2021-03-05">5. März</time>, geändert am <time datetime="2021-04-01">1. April</time></p>`,
			"2021-03-05T00:00"},
		{"class before itemprop", "fr",
			`<p><time class="published" itemprop="datePublished" datetime="2021-03-05T09:12:00+01:00">5 mars</time> <time class="updated" datetime="2021-04-01T10:00:00+01:00">1er avril</time></p>`,
			"2021-03-05T08:12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte("<!DOCTYPE html><html lang=\"" + tt.lang + "\"><head><title>Council agrees to study the harbour park plan</title></head><body>" +
				`<article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">Council agrees to study the harbour park plan</h1>` +
				tt.header + articleBody + "</article></body></html>")
			res, err := FromBytes(raw, Options{URL: "https://gazette.example/news/harbour-park"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Date.UTC().Format("2006-01-02T15:04"); got != tt.want {
				t.Errorf("Date = %s, want %s", got, tt.want)
			}
		})
	}
}
