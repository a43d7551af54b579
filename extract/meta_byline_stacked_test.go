package extract

import (
	"strings"
	"testing"
)

// TestStackedBylineUnderHeadline checks that a name and a date set on
// lines of their own under the headline give the author, in several
// languages, and that names or labels that only look like it do not.
func TestStackedBylineUnderHeadline(t *testing.T) {
	tests := []struct {
		name, header, body, want string
	}{
		{"name over date", `<p>Jane Doe</p><p>Feb 16, 2026</p>`, articleBody, "Jane Doe"},
		{"a job title and a link between", `<p>Jane Doe</p><p>Harbour reporter, M.A. Urban Studies</p>` +
			`<p><a href="/about">How we report</a></p><p>April 2, 2024</p>`, articleBody, "Jane Doe"},
		{"after a standfirst", `<p class="intro">What the council decided on Tuesday and what it means for the old harbour.</p>` +
			`<div><span>Jane Doe</span></div><div><span>3 March 2021</span></div>`, articleBody, "Jane Doe"},
		{"German", `<p>Anna Schmidt</p><p>16. Februar 2026</p>`, articleBody, "Anna Schmidt"},
		{"French", `<p>Jeanne Dupont</p><p>3 mars 2021</p>`, articleBody, "Jeanne Dupont"},
		{"Spanish", `<p>Juan Pérez</p><p>3 de marzo de 2021</p>`, articleBody, "Juan Pérez"},
		{"one word is a section", `<p>Politics</p><p>Feb 16, 2026</p>`, articleBody, ""},
		{"no date under the name", `<p>Jane Doe</p><p>Harbour reporter</p>`, articleBody, ""},
		{"date too far below", `<p>Jane Doe</p><p>Harbour reporter</p><p>Staff</p><p>Newsroom</p><p>Feb 16, 2026</p>`, articleBody, ""},
		{"tags set as a list", `<p>Harbour•</p><p>Federal Harbour Programme•</p><p>Rivers and Banks</p><p>13.01.2022</p>`, articleBody, ""},
		{"links run together", `<p>Digital OrganizationOfficePapers</p><p>Feb 16, 2026</p>`, articleBody, ""},
		{"a brand with a capital inside", `<p>HarbourHQ Team</p><p>Feb 16, 2026</p>`, articleBody, "HarbourHQ Team"},
		{"a sign-off after the text", "", articleBody + `<p>Weekly Address</p><p>Harbour Hall</p><p>December 24, 2016</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page("", tt.header, tt.body), Options{URL: "https://gazette.example/news/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}

// TestStackedBylineNotInTeasers checks that a name over a date in another
// story's teaser, far below the headline, names no one.
func TestStackedBylineNotInTeasers(t *testing.T) {
	long := strings.Repeat(articleBody, 6)
	teaser := `<section><h3><a href="/other">Another harbour story</a></h3><p>Jane Doe</p><p>Feb 16, 2026</p></section>`
	res, err := FromBytes(page("", "", long+teaser), Options{URL: "https://gazette.example/news/harbour"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Author != "" {
		t.Errorf("Author = %q, want none", res.Author)
	}
}

// TestStackedBylineWithoutHeadline checks a page whose headline is no
// heading: the name and date stand above the text's first block.
func TestStackedBylineWithoutHeadline(t *testing.T) {
	for _, tt := range []struct{ byline, want string }{
		{`<div>HarbourHQ Team</div><div>Feb 16, 2026</div>`, "HarbourHQ Team"},
		{`<div>Erika Musterfrau</div><div>16. Februar 2026</div>`, "Erika Musterfrau"},
		{`<div>Harbour Plans</div><div>Old Town</div>`, ""},
	} {
		raw := `<!DOCTYPE html><html><head><title>Harbour park plan</title></head><body>` +
			`<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav><main>` +
			`<div class="headline">What the council decided</div>` + tt.byline + articleBody + `</main></body></html>`
		res, err := FromBytes([]byte(raw), Options{URL: "https://gazette.example/news/harbour"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Author != tt.want {
			t.Errorf("%s: Author = %q, want %q", tt.byline, res.Author, tt.want)
		}
	}
}
