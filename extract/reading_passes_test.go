package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestReadingPasses checks that the listing and service readings run the
// passes written for them, on a whole page rather than on blocks made by
// hand: each case fails when its pass is taken out of the reading, which
// the passes' unit tests would not notice. count is how often each line
// of want must appear.
func TestReadingPasses(t *testing.T) {
	intro := strings.Join(articleParagraphs[:2], "</p><p>")
	outro := articleParagraphs[2]
	var listing strings.Builder
	listing.WriteString(`<!doctype html><html lang="en"><head><title>Studio headphones</title></head><body>` + pageHeader +
		`<main><h1>Studio headphones</h1><ul class="grid">`)
	for i := range 6 {
		fmt.Fprintf(&listing, `<li class="item"><h3><a href="/p/%d">Closed studio headphones model %d</a></h3>`+
			`<p>Closed back headphones for tracking and mixing in small rooms, model %d.</p><div class="stars">%d</div></li>`, i, i, i, 1000+37*i)
	}
	listing.WriteString(`</ul></main>` + pageFooter + `</body></html>`)
	service := `<!doctype html><html lang="en"><head><title>Garden design</title></head><body>` + pageHeader +
		`<main><h1>Garden design</h1><p>` + intro + `</p>` +
		fieldDump("service_tier_one:", "$180 for a first visit", "banner_bg_colour:", "#202020", "form_id_main:", "4471",
			"Area:", "Gardens of any size") +
		`<p>` + outro + `</p></main>` + pageFooter + `</body></html>`
	tests := []struct {
		name, page string
		reading    PageType
		want       []string
		count      int
		unwanted   []string
	}{
		{"a listing's bare counts (dropItemCounters)", listing.String(), PageListing,
			[]string{"tracking and mixing in small rooms, model 3."}, 1, []string{"1111", "1185"}},
		{"a service page's field dump (dropFieldDumps)", service, PageService,
			[]string{"Gardens of any size"}, 1, []string{"service_tier_one:", "$180 for a first visit", "#202020"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{URL: "https://shop.example/page", reading: tt.reading})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if got := strings.Count(res.Text, w); got != tt.count {
					t.Errorf("%q printed %d times, want %d", w, got, tt.count)
				}
			}
			for _, w := range tt.unwanted {
				if strings.Contains(res.Text, w) {
					t.Errorf("text holds %q", w)
				}
			}
			if t.Failed() {
				t.Logf("text:\n%s", res.Text)
			}
		})
	}
}
