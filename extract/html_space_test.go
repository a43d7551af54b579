package extract

import "testing"

// TestIsHTMLSpaceTable checks the table isHTMLSpace reads against the
// five bytes of HTML white space, for every byte value.
func TestIsHTMLSpaceTable(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		want := b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f'
		if got := isHTMLSpace(b); got != want {
			t.Errorf("isHTMLSpace(%#x) = %v, want %v", b, got, want)
		}
	}
}
