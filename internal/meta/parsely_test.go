package meta

import (
	"testing"
	"time"
)

func TestParselyPage(t *testing.T) {
	tests := []struct {
		name, doc           string
		title, author, date string
	}{
		{"object in content", `<meta name="parsely-page" content='{"title": "Budget talks stall", "link": "https://planet.example/budget", "type": "post", "author": "Jane Doe", "post_id": 1234, "pub_date": "2019-03-05T10:00:00Z", "section": "Politics", "tags": ["budget"]}'>`,
			"Budget talks stall", "Jane Doe", "2019-03-05T10:00:00Z"},
		{"object in value, escaped", `<meta name="parsely-page" value="{&quot;title&quot;:&quot;Haushalt: Gespr\u00e4che stocken&quot;,&quot;link&quot;:&quot;https:\/\/planet.example\/haushalt&quot;,&quot;author&quot;:&quot;Max Mustermann&quot;,&quot;pub_date&quot;:&quot;2019-03-05T10:00:00Z&quot;}">`,
			"Haushalt: Gespräche stocken", "Max Mustermann", "2019-03-05T10:00:00Z"},
		{"authors list", `<meta name="parsely-page" content='{"title": "Le budget bloque", "authors": ["Jeanne Dupont", "Paul Martin"], "pub_date": "2019-03-05T10:00:00+01:00"}'>`,
			"Le budget bloque", "Jeanne Dupont, Paul Martin", "2019-03-05T09:00:00Z"},
		{"og and meta author rank first", `<meta property="og:title" content="Budget talks stall, again"><meta name="author" content="John Roe"><meta property="article:published_time" content="2019-03-06T10:00:00Z"><meta name="parsely-page" content='{"title": "Budget talks stall", "author": "Jane Doe", "pub_date": "2019-03-05T10:00:00Z"}'>`,
			"Budget talks stall, again", "John Roe", "2019-03-06T10:00:00Z"},
		{"URL author and broken JSON", `<meta name="parsely-page" content='{"title": "Budget", "author": "https://planet.example/jane"'>`, "", "", ""},
	}
	for _, tt := range tests {
		m := collect(tt.doc, "https://planet.example/news/budget")
		var d string
		if !m.Date.IsZero() {
			d = m.Date.UTC().Format(time.RFC3339)
		}
		if m.Title != tt.title || m.Author != tt.author || d != tt.date {
			t.Errorf("%s: got %q, %q, %q; want %q, %q, %q", tt.name, m.Title, m.Author, d, tt.title, tt.author, tt.date)
		}
	}
}
