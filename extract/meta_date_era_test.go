package extract

import "testing"

// Japanese era years are read as Gregorian ones, in a dateline's text
// and on their own; other text and impossible era years stay.
func TestGregorianEras(t *testing.T) {
	tests := []struct{ in, want string }{
		{"令和3年3月15日", "2021年3月15日"},
		{"公開日：令和元年5月1日", "公開日：2019年5月1日"},
		{"平成31年4月30日", "2019年4月30日"},
		{"2021年3月15日", "2021年3月15日"},
		{"令和の時代", "令和の時代"},
		{"令和99年1月1日", "令和99年1月1日"},
	}
	for _, tt := range tests {
		if got := gregorianEras(tt.in); got != tt.want {
			t.Errorf("gregorianEras(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, line := range []string{"令和3年3月15日", "令和3年3月15日（月）"} {
		h := headlineOf("ja")
		res, err := FromBytes(sourcePage("ja", h, "", "<h1>"+h+"</h1>", `<div class="meta"><span class="date">`+line+`</span></div>`), Options{URL: sourceURL})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Date.Format("2006-01-02"); got != sourceDate {
			t.Errorf("%q: Date = %q, want %q", line, got, sourceDate)
		}
	}
}
