package extract

import "testing"

// TestTrimEditLink: the "[edit]" link a wiki prints inside its headings
// and a footnote's mark come off; brackets that are the heading's own
// text, or that hold no link, stay.
func TestTrimEditLink(t *testing.T) {
	tests := []struct {
		text                string
		linkChars, links    int
		want                string
		wantChars, wantLink int
	}{
		{"Creation[edit]", 4, 1, "Creation", 0, 0},
		{"History [edit | edit source]", 15, 2, "History", 0, 0},
		{"Results[1]", 1, 1, "Results", 0, 0},
		{"Linked title[edit]", 16, 2, "Linked title", 12, 1},
		{"Arrays [T; N]", 0, 0, "Arrays [T; N]", 0, 0},
		{"Arrays [T; N]", 1, 1, "Arrays [T; N]", 1, 1}, // one linked byte: the bracket is not a link
		{"[edit]", 4, 1, "[edit]", 4, 1},
		{"Notes [a very long bracketed remark that is text]", 45, 1, "Notes [a very long bracketed remark that is text]", 45, 1},
		{"Plain heading", 0, 0, "Plain heading", 0, 0},
	}
	for _, tt := range tests {
		got, chars, links := trimEditLink([]byte(tt.text), tt.linkChars, tt.links)
		if string(got) != tt.want || chars != tt.wantChars || links != tt.wantLink {
			t.Errorf("trimEditLink(%q, %d, %d) = %q, %d, %d; want %q, %d, %d", tt.text, tt.linkChars, tt.links,
				got, chars, links, tt.want, tt.wantChars, tt.wantLink)
		}
	}
}
