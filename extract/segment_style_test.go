package extract

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// hiddenStyleRef is hiddenStyle without mayHide: every style is copied
// without its spaces, in lower case, and searched.
func hiddenStyleRef(style []byte) bool {
	var compact [64]byte
	n := 0
	for _, c := range style {
		if c == ' ' || c == '\t' || c == '\n' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		compact[n] = c
		n++
		if n == len(compact) {
			break
		}
	}
	st := compact[:n]
	return bytes.Contains(st, []byte("display:none")) || bytes.Contains(st, []byte("visibility:hidden"))
}

// mayHide turns away only styles in which hiddenStyle finds nothing: on
// the styles pages write, hidden or not, in any case and spacing, and on
// random ones.
func TestHiddenStyleMatchesRef(t *testing.T) {
	styles := []string{
		"", ":", "display:none", "display: none;", "DISPLAY : NONE", "display:\tnone", "display:\n None",
		"visibility:hidden", "visibility: Hidden !important", "width:100px;display:none", "display:block",
		"overflow:hidden", "font-weight:normal", "color:#fff; background:url(x.png)", "display: flex; gap: 1rem",
		"d i s p l a y : n o n e", "margin:0 auto;padding:0 0 0 0;width:100%;height:100%;max-width:1200px;display:none",
		"display:none" + string(bytes.Repeat([]byte{' '}, 80)), "display\r:none", "display:\fnone",
		"visibility\u00a0:hidden", "--x:none",
	}
	rng := rand.New(rand.NewPCG(17, 4))
	parts := []string{"display", "visibility", ":", "none", "hidden", "NONE", "Hidden", " ", "\t", "\n", ";", "width", "100px", "n", "h", "\r"}
	for range 20000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, parts[rng.IntN(len(parts))]...)
		}
		styles = append(styles, string(b))
	}
	for _, st := range styles {
		if got, want := hiddenStyle([]byte(st)), hiddenStyleRef([]byte(st)); got != want {
			t.Fatalf("hiddenStyle(%q) = %v, want %v", st, got, want)
		}
	}
}
