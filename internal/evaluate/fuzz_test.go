package evaluate

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzPageText(f *testing.F) {
	f.Add([]byte(`<html><head><meta charset="koi8-r"></head><body><p>x<br>y</p></body></html>`))
	f.Add([]byte("<table><td>a<td>b</table><script>x</script>"))
	f.Add([]byte("\xef\xbb\xbf<p>bom</p>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		txt := PageText(raw)
		for line := range strings.SplitSeq(txt, "\n") {
			if txt != "" && line == "" || line != strings.TrimSpace(line) || strings.Contains(line, "  ") {
				t.Fatalf("line not collapsed: %q", line)
			}
		}
		if _, err := io.ReadAll(Decode(raw)); err != nil {
			t.Fatalf("Decode: %v", err)
		}
		C4Filter(txt)
	})
}

func FuzzMetrics(f *testing.F) {
	f.Add("a b c d e", "a b c d x", "b c")
	f.Add("", "x", "")
	f.Add("日本語 テキスト", "日本語", " ")
	f.Fuzz(func(t *testing.T, truth, pred, seg string) {
		c := CompareShingles(truth, pred)
		for _, v := range []float64{c.Precision(), c.Recall()} {
			if v < 0 || v > 1 {
				t.Fatalf("score %v out of [0,1] for %+v", v, c)
			}
		}
		if s := c.TP + c.FP + c.FN; s != 0 && (s < 0.999999 || s > 1.000001) {
			t.Fatalf("counts not normalised: %+v", c)
		}
		if CompareShingles(truth, truth).Recall() != 1 {
			t.Fatalf("text against itself is not perfect")
		}
		sc := CompareSegments(pred, []string{seg}, []string{seg})
		if sc.TP != sc.FP || sc.TP+sc.FN != 1 {
			t.Fatalf("segment counts inconsistent: %+v", sc)
		}
		for _, tok := range Tokens(truth) {
			if tok == "" || !utf8.ValidString(tok) && utf8.ValidString(truth) {
				t.Fatalf("bad token %q", tok)
			}
		}
	})
}
