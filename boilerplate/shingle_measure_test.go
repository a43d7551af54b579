package boilerplate

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// evalDir is where the evaluation corpora live (never copied into the
// repository); WINNOW_EVAL overrides it.
func evalDir() string {
	if d := os.Getenv("WINNOW_EVAL"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "eval")
}

// measureTokens is a plain tokenizer for measurement: lower-cased runs of
// letters and digits, digit runs folded. It is independent of the shingler
// so that n can vary.
func measureTokens(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range f {
		var b strings.Builder
		inNum := false
		for _, r := range w {
			if unicode.IsDigit(r) {
				if !inNum {
					b.WriteByte('0')
				}
				inNum = true
				continue
			}
			inNum = false
			b.WriteRune(r)
		}
		f[i] = b.String()
	}
	return f
}

// hit applies a containment threshold, or MarkRepeats' rule when th is 0:
// exact under inPageNearMinWords words, nearEnough from there.
func hit(c float64, m int, th float64) bool {
	if th == 0 {
		if m+shingleWords-1 < inPageNearMinWords {
			return c >= 1 // short blocks must match exactly
		}
		return nearEnough(int(c*float64(m)+0.5), m)
	}
	return c >= th
}

func ngramSet(tok []string, n int) []string {
	var out []string
	for i := 0; i+n <= len(tok); i++ {
		out = append(out, strings.Join(tok[i:i+n], " "))
	}
	return out
}

// containment is the share of the n-grams of b found in a.
func containment(a, b []string, n int) float64 {
	ga, gb := ngramSet(a, n), ngramSet(b, n)
	if len(gb) == 0 {
		return 0
	}
	set := make(map[string]bool, len(ga))
	for _, g := range ga {
		set[g] = true
	}
	hit := 0
	for _, g := range gb {
		if set[g] {
			hit++
		}
	}
	return float64(hit) / float64(len(gb))
}

// TestMeasureShingleN measures, for n-grams of 2 to 5 words and a few
// overlap thresholds, how often distinct paragraphs of one article look
// like copies (false drops) and how often near copies are found, on the
// ground-truth article texts of the evaluation corpus. It only reports;
// run it with WINNOW_MEASURE=1 -v.
func TestMeasureShingleN(t *testing.T) {
	if os.Getenv("WINNOW_MEASURE") == "" {
		t.Skip("set WINNOW_MEASURE=1 to measure")
	}
	raw, err := os.ReadFile(filepath.Join(evalDir(), "scrapinghub", "ground-truth.json"))
	if err != nil {
		t.Skip(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	var pages [][][]string
	for _, p := range gt {
		var paras [][]string
		for _, line := range strings.Split(p.ArticleBody, "\n") {
			if tok := measureTokens(line); len(tok) >= 6 {
				paras = append(paras, tok)
			}
		}
		pages = append(pages, paras)
	}
	r := rand.New(rand.NewPCG(1, 2))
	thresholds := []float64{0, 0.5, 0.6, 0.7, 0.8, 0.99} // 0: the nearEnough rule
	for n := 2; n <= 4; n++ {
		fp := make([]int, len(thresholds))
		nearHit := map[string][]int{}
		paras, short := 0, 0
		for _, pg := range pages {
			for j, p := range pg {
				paras++
				best := 0.0
				for i := 0; i < j; i++ {
					best = max(best, containment(pg[i], p, n))
				}
				m := len(ngramSet(p, n))
				for k, th := range thresholds {
					if hit(best, m, th) {
						fp[k]++
					}
				}
				// Near copies of p.
				changed := append([]string(nil), p...)
				changed[r.IntN(len(changed))] = "zzword"
				glued := append([]string{"credit" + p[0]}, p[1:]...)
				bucket := "long"
				if len(p) < 15 {
					bucket = "short"
					short++
				}
				for name, v := range map[string][]string{"changed-" + bucket: changed, "glued-" + bucket: glued} {
					c := containment(p, v, n)
					if nearHit[name] == nil {
						nearHit[name] = make([]int, len(thresholds))
					}
					for k, th := range thresholds {
						if hit(c, len(ngramSet(v, n)), th) {
							nearHit[name][k]++
						}
					}
				}
			}
		}
		for k, th := range thresholds {
			t.Logf("n=%d th=%.1f: distinct paragraphs flagged %d/%d (%.3f%%); near copies found: changed-short %.3f changed-long %.3f glued-short %.3f glued-long %.3f",
				n, th, fp[k], paras, 100*float64(fp[k])/float64(paras),
				float64(nearHit["changed-short"][k])/float64(short), float64(nearHit["changed-long"][k])/float64(paras-short),
				float64(nearHit["glued-short"][k])/float64(short), float64(nearHit["glued-long"][k])/float64(paras-short))
		}
	}
	fmt.Fprintln(os.Stderr)
}
