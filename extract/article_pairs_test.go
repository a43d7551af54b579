package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestKeepPairRows: a review's specifications written as rows of two
// elements (a name and its value) between its paragraphs are kept though
// density dropped each cell; rows whose first cell is a number, rows of
// links, too few rows, rows of three cells and a table after the last
// kept paragraph keep density's verdicts.
func TestKeepPairRows(t *testing.T) {
	const (
		intro = `<p>The Lumen Two gives the most even light of any lamp we tried, and its arm holds its place.</p>`
		outro = `<p>If the Lumen Two is sold out, the Arco Mini gives nearly the same light for less money.</p>`
	)
	row := func(cells ...string) string {
		var b strings.Builder
		b.WriteString(`<div class="spec">`)
		for _, c := range cells {
			b.WriteString(`<div class="cell">` + c + `</div>`)
		}
		b.WriteString(`</div>`)
		return b.String()
	}
	table := func(rows ...string) string {
		return `<div class="specs">` + strings.Join(rows, "") + `</div>`
	}
	specs := table(row("Brightness", "800 lm"), row("Colour range", "2700K to 6500K"),
		row("Sensor / dimmer", "Touch"), row("Weight", "1.2 kg"))
	tests := []struct {
		name, body string
		kept       bool // whether the value "800 lm" is kept
		reason     boilerplate.Reason
	}{
		{"name and value rows", intro + specs + outro, true, ""},
		{"value before name", intro + table(row("800", "lumens at most"), row("2700", "kelvin, warmest"),
			row("10", "watts drawn")) + outro, false, ""},
		{"two rows are no table", intro + table(row("Brightness", "800 lm"), row("Weight", "1.2 kg")) + outro, false, ""},
		{"rows of links", intro + table(row(`<a href="/b">Brightness</a>`, `<a href="/l">800 lm</a>`),
			row(`<a href="/c">Colour range</a>`, `<a href="/k">2700K to 6500K</a>`),
			row(`<a href="/p">Power</a>`, `<a href="/u">USB-C</a>`)) + outro, false, ""},
		{"rows of three cells", intro + table(row("Brightness", "800 lm", "Best"),
			row("Colour range", "2700K to 6500K", "Good"), row("Power", "USB-C", "Fair")) + outro, false, ""},
		{"after the last kept paragraph", intro + outro + specs, false, ""},
		{"a value read as a dateline", intro + specs + outro, true, boilerplate.ReasonDateline},
		{"a value repeated from another table", intro + specs + outro, true, boilerplate.ReasonRepeatedInPage},
		{"a value dropped as a recognised kind", intro + specs + outro, false, boilerplate.ReasonSocial},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segmentedPage(t, `<html><body><article>`+tt.body+`</article></body></html>`)
			mask := make([]bool, len(s.blocks))
			for i := range s.blocks {
				mask[i] = true
				b := &s.blocks[i]
				boilerplate.CountText(b.Text, &b.Features)
				if b.Kind == boilerplate.KindParagraph && b.Features.Words >= 10 {
					b.Keep()
				} else {
					b.Drop(boilerplate.ReasonTooShort)
				}
				if tt.reason != "" && b.Text == "800 lm" {
					b.Reason = tt.reason
				}
			}
			keepPairRows(s, mask)
			found := false
			for _, b := range s.blocks {
				if b.Text == "800 lm" || strings.HasPrefix(b.Text, "800") {
					found = true
					if b.Kept != tt.kept {
						t.Errorf("value kept = %v, want %v", b.Kept, tt.kept)
					}
				}
			}
			if !found {
				t.Fatal("no value block")
			}
		})
	}
}

// TestPairRowsCopied: a table whose every cell repeats text printed
// before (a copy of a box) is not taken back.
func TestPairRowsCopied(t *testing.T) {
	body := `<p>The Lumen Two gives the most even light of any lamp we tried, and its arm holds its place.</p>
<div class="specs"><div class="spec"><div>Brightness</div><div>800 lm</div></div><div class="spec"><div>Power</div><div>USB-C</div></div><div class="spec"><div>Weight</div><div>1.2 kg</div></div></div>
<p>If the Lumen Two is sold out, the Arco Mini gives nearly the same light for less money.</p>`
	s := segmentedPage(t, `<html><body><article>`+body+`</article></body></html>`)
	mask := make([]bool, len(s.blocks))
	for i := range s.blocks {
		mask[i] = true
		b := &s.blocks[i]
		boilerplate.CountText(b.Text, &b.Features)
		if b.Features.Words >= 10 {
			b.Keep()
		} else {
			b.Drop(boilerplate.ReasonRepeatedInPage)
		}
	}
	keepPairRows(s, mask)
	for _, b := range s.blocks {
		if b.Features.Words < 10 && b.Kept {
			t.Errorf("copied cell %q kept", b.Text)
		}
	}
}
