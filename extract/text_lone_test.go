package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestLoneLines(t *testing.T) {
	para1 := "The council voted on Tuesday to extend the riverside park by\n" +
		"two hectares after a year of meetings with the residents of\nthe town."
	para2 := "Residents asked for shade, benches and a path that stays dry\n" +
		"in winter, and the work is to start once permits are granted"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"ad label between paragraphs", strings.Join([]string{"Advertisement", para1, "Advertisement", para2,
			"Advertisement", "by the region."}, "\n"),
			[]string{"Advertisement",
				"The council voted on Tuesday to extend the riverside park by two hectares after a year of meetings with the residents of the town.",
				"Advertisement",
				"Residents asked for shade, benches and a path that stays dry in winter, and the work is to start once permits are granted",
				"Advertisement", "by the region."}},
		// The last line of a copied paragraph follows a full line each
		// time: it never stood alone.
		{"copied paragraph", para1 + "\n" + para1,
			[]string{"The council voted on Tuesday to extend the riverside park by two hectares after a year of meetings with the residents of the town.",
				"The council voted on Tuesday to extend the riverside park by two hectares after a year of meetings with the residents of the town."}},
		// A label printed once is joined as any line is.
		{"label once", para2 + "\nAdvertisement",
			[]string{"Residents asked for shade, benches and a path that stays dry in winter, and the work is to start once permits are granted Advertisement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := getWrapShape(100)
			defer putWrapShape(s)
			measureWrap(tt.text, lineBound(tt.text), s)
			blocks, _ := splitRecs(s.recs, 100, 60, 10)
			var got []string
			for _, b := range blocks {
				got = append(got, b.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("blocks:\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
