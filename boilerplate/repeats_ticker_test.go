package boilerplate

import (
	"slices"
	"testing"
)

// TestMarkRepeatsTickers: a short line printed four times or more in a
// row is a ticker, every copy of it goes; the same line printed apart
// from itself, table cells, and a line printed three times stay.
func TestMarkRepeatsTickers(t *testing.T) {
	const R = ReasonRepeatedInPage
	P, LI, H, TD := KindParagraph, KindListItem, KindHeading, KindTableCell
	rep := func(s string, n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = s
		}
		return out
	}
	cat := func(parts ...[]string) []string { return slices.Concat(parts...) }
	drops := func(n int) []Reason {
		out := make([]Reason, n)
		for i := range out {
			out[i] = R
		}
		return out
	}
	keeps := func(n int) []Reason { return make([]Reason, n) }
	tests := []struct {
		name  string
		kinds []Kind
		texts []string
		want  []Reason
	}{
		{"English call to action in list items, twelve times", []Kind{LI},
			cat([]string{body}, rep("SECURE YOUR PLACE - BOOK NOW", 12), []string{descr1}),
			slices.Concat(keeps(1), drops(12), keeps(1))},
		{"German ticker in paragraphs", []Kind{P},
			cat([]string{body}, rep("Eilmeldung: Bahnstreik ab Montag", 6), []string{descr2}),
			slices.Concat(keeps(1), drops(6), keeps(1))},
		{"Spanish ticker of four", []Kind{P},
			cat(rep("Última hora: cierre de fronteras", 4), []string{caption}),
			slices.Concat(drops(4), keeps(1))},
		{"Japanese ticker", []Kind{P},
			cat([]string{body}, rep("速報 台風が上陸しました", 5)),
			slices.Concat(keeps(1), drops(5))},
		{"three in a row is not a ticker", []Kind{LI},
			cat([]string{body}, rep("Free delivery on all orders", 3), []string{descr1}),
			keeps(5)},
		{"the same heading over each item of a review is kept", []Kind{H, P},
			[]string{"What we like", descr1, "What we like", descr2, "What we like", body, "What we like", caption, "What we like", question},
			keeps(10)},
		{"table cells of one row are data", []Kind{TD},
			rep("Yes (native app)", 5),
			keeps(5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRepeatReasons(t, tt.kinds, tt.texts, tt.want) })
	}
}
