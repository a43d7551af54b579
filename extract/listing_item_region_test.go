package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestItemRegionFallBack: a listing whose tiles are short linked lines
// and dates, which the sections drop one by one, falls back to its grid,
// whether one bare link wraps each tile or each line is linked apart;
// a button every tile prints stays out, and a listing that kept its
// items keeps its reading.
func TestItemRegionFallBack(t *testing.T) {
	days := []string{"Sat 3 May", "Sun 4 May", "Mon 5 May", "Tue 6 May", "Wed 7 May", "Thu 8 May", "Fri 9 May", "Sat 10 May", "Sun 11 May"}
	cases := []struct {
		name, tile string
		fallback   string
		kept, gone []string
	}{
		{"linked tiles of a date, a name and a place",
			`<a class="tile" href="/e/%[4]d"><div class="d">%[1]s</div><div class="t">%[2]s</div><div class="v">%[3]s</div></a>`,
			FallbackItems, []string{"Sat 3 May", "Morning yoga", "Garden lawn", "Harbour wall"}, nil},
		{"a button on every tile",
			`<a class="tile" href="/e/%[4]d"><div class="d">%[1]s</div><div class="t">%[2]s</div></a><div><a href="/book/%[4]d">Book now</a></div>`,
			FallbackItems, []string{"Sun 4 May", "Opening parade"}, []string{"Book now"}},
		{"tiles of a linked date, name and place",
			`<div class="tile"><div class="d"><a href="/e/%[4]d">%[1]s</a></div><div class="t"><a href="/e/%[4]d">%[2]s</a></div><div class="v"><a href="/p/%[4]d">%[3]s</a></div></div>`,
			FallbackItems, []string{"Sat 3 May", "Morning yoga", "Garden lawn", "Harbour wall"}, nil},
		{"tiles of linked lines and a button",
			`<div class="tile"><div class="d"><a href="/e/%[4]d">%[1]s</a></div><div class="t"><a href="/e/%[4]d">%[2]s</a></div><div><a href="/book/%[4]d">Book now</a></div></div>`,
			FallbackItems, []string{"Sun 4 May", "Opening parade"}, []string{"Book now"}},
		{"tiles with a summary keep the reading",
			`<div class="tile"><h3><a href="/e/%[4]d">%[2]s</a></h3><p>%[1]s at the %[3]s, open to everyone who brings a friend and a blanket.</p></div>`,
			"", []string{"Morning yoga"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<h1>What's on</h1><div class="grid">`)
			for i, s := range scheduleSlots {
				fmt.Fprintf(&b, c.tile, days[i], s[1], s[2], i)
			}
			b.WriteString(`</div>`)
			res, err := FromBytes([]byte(synthPage(`<title>What's on | Example</title>`, b.String())), Options{reading: PageListing})
			if err != nil {
				t.Fatal(err)
			}
			if res.Fallback != c.fallback {
				t.Errorf("fallback %q, want %q", res.Fallback, c.fallback)
			}
			for _, w := range c.kept {
				if !keptLine(res, w) && !strings.Contains(res.Text, w) {
					t.Errorf("%q dropped:\n%s", w, res.Text)
				}
			}
			for _, w := range c.gone {
				if strings.Contains(res.Text, w) {
					t.Errorf("%q kept:\n%s", w, res.Text)
				}
			}
		})
	}
}
