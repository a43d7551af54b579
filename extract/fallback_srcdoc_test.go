package extract

import (
	"html"
	"strings"
	"testing"
)

// TestSrcdocFallBack checks when the document of an <iframe srcdoc> is
// read: on a page whose own document keeps almost nothing, one level
// deep, the largest of the page's frames under srcdocMaxBytes.
func TestSrcdocFallBack(t *testing.T) {
	post := `<p>The ferry to the island runs twice a day from April, leaving the harbour at nine and at four.</p><p>Bicycles travel free on the morning crossing.</p>`
	own := `<div class="post"><h1>Ferry</h1><p>Our own note: the harbour café reopens on Saturday with a new menu and longer hours for the summer.</p></div>`
	frame := func(doc string) string { return `<iframe srcdoc="` + html.EscapeString(doc) + `"></iframe>` }
	page := func(body string) string {
		return `<!DOCTYPE html><html lang="en"><head><title>Ferry</title></head><body>` + body + `</body></html>`
	}
	cases := []struct {
		name string
		page string
		want string // "" for none
		not  string
		fb   string
	}{
		{"post in srcdoc, empty page", page(frame(post)), "Bicycles travel free on the morning crossing.", "", FallbackFrame},
		{"a tagline the page kept goes with the frame read", page(`<p class="tagline">Island news, daily</p>` + frame(post)), "Bicycles travel free on the morning crossing.", "Island news", FallbackFrame},
		{"page with its own text keeps it", page(own + frame(post)), "the harbour café reopens on Saturday", "Bicycles travel free", ""},
		{"the largest of two frames is read", page(frame(post) + frame(`<p>Loading the map.</p>`)), "Bicycles travel free on the morning crossing.", "Loading the map", FallbackFrame},
		{"the largest frame under the bound is read", page(frame(post) + frame(`<p>Loading the map.</p>`+strings.Repeat("<!-- padding -->", srcdocMaxBytes/16))), "Bicycles travel free on the morning crossing.", "", FallbackFrame},
		{"srcdoc in srcdoc is not read", page(frame(frame(post))), "", "Bicycles travel free", ""},
		{"oversized srcdoc is not read", page(frame(post + strings.Repeat("<!-- padding -->", srcdocMaxBytes/16))), "", "Bicycles travel free", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := FromBytes([]byte(c.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if c.want != "" && !strings.Contains(res.Text, c.want) {
				t.Errorf("lost %q: text %q", c.want, res.Text)
			}
			if c.not != "" && strings.Contains(res.Text, c.not) {
				t.Errorf("kept %q: text %q", c.not, res.Text)
			}
			if res.Fallback != c.fb {
				t.Errorf("Fallback %q, want %q", res.Fallback, c.fb)
			}
			marked, err := FromBytes([]byte(c.page), Options{KeepMarkup: true})
			if err != nil {
				t.Fatal(err)
			}
			if marked.Text != res.Text {
				t.Errorf("KeepMarkup changes the text: %q vs %q", marked.Text, res.Text)
			}
			var kept []string
			for _, b := range res.Blocks {
				if b.Kept {
					kept = append(kept, b.Text)
				}
			}
			if got := strings.Join(kept, " "); strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(res.Text), " ") {
				t.Errorf("kept blocks %q are not the text %q", got, res.Text)
			}
		})
	}
}
