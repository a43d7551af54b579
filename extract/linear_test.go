package extract

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// linearSizes are the multiples of the base page that the linearity
// benchmark and test compare.
var linearSizes = []int{1, 4, 16}

// linearBase is how many article chunks make the 1x page (about 240 KB):
// big enough that the 1x run does not fit in a CPU cache that the 16x run
// outgrows, which would make a linear algorithm look superlinear.
const linearBase = 260

// textPage returns plain text of n article chunks, as FromText gets it
// from a crawl's extracted text.
func textPage(n int) string {
	chunk := "Home World Sport\nWe use cookies to give you the best experience. Accept\n" +
		"Work on the new harbour wall began on Monday, three years after the project was first approved by the regional council, and the first stones were laid at dawn.\n" +
		"The contractor said that the wall would protect the old quays from winter storms, which have flooded the fish market twice in the last decade.\n" +
		"© 2024 Coast Courier. All rights reserved.\n"
	return strings.Repeat(chunk, n)
}

// BenchmarkLinear extracts pages of 1x, 4x and 16x the base size; ns/byte
// (reported as ns/B) should stay flat if the time is linear in the input.
//
//	go test -run '^$' -bench Linear -benchtime 3x ./extract
func BenchmarkLinear(b *testing.B) {
	for _, k := range linearSizes {
		page := articlePage(k * linearBase)
		b.Run(fmt.Sprintf("html-%dx", k), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				if _, err := FromBytes(page, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(page)), "ns/B")
		})
	}
	for _, k := range linearSizes {
		text := textPage(2 * k * linearBase)
		b.Run(fmt.Sprintf("text-%dx", k), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := FromText(text, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/B")
		})
	}
}

// fastest returns the quickest of n runs of f, in CPU time (see spent):
// the least disturbed by other work on the machine.
func fastest(n int, f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range n {
		start := spent()
		f()
		best = min(best, spent()-start)
	}
	return best
}

// TestLinearTime asserts that a 16x larger input takes less than 40x the
// time: generous enough for a noisy machine, tight enough to catch
// quadratic work (which would take 256x).
func TestLinearTime(t *testing.T) {
	if testing.Short() || slowdown > 1 {
		t.Skip("times several extractions; meaningless under the race detector")
	}
	small, large := articlePage(linearBase), articlePage(16*linearBase)
	smallText, largeText := textPage(2*linearBase), textPage(32*linearBase)
	deep := func(n int) []byte {
		return []byte(strings.Repeat("<div><p>x", n) + strings.Repeat("</div>", n))
	}
	cases := []struct {
		name         string
		small, large func()
		size         [2]int
	}{
		{"html article", func() { FromBytes(small, Options{}) }, func() { FromBytes(large, Options{}) }, [2]int{len(small), len(large)}},
		{"text article", func() { FromText(smallText, Options{}) }, func() { FromText(largeText, Options{}) }, [2]int{len(smallText), len(largeText)}},
		{"html nesting", func() { FromBytes(deep(16000), Options{}) }, func() { FromBytes(deep(256000), Options{}) }, [2]int{len(deep(16000)), len(deep(256000))}},
		{"html attributes", func() { FromBytes(manyAttrs(3000), Options{}) }, func() { FromBytes(manyAttrs(48000), Options{}) }, [2]int{len(manyAttrs(3000)), len(manyAttrs(48000))}},
		{"text bar rows", func() { FromText(wideRows(2000, " | "), Options{}) }, func() { FromText(wideRows(32000, " | "), Options{}) }, [2]int{len(wideRows(2000, " | ")), len(wideRows(32000, " | "))}},
		{"text ranked list", func() { FromText(rankedLines(2000), Options{}) }, func() { FromText(rankedLines(32000), Options{}) }, [2]int{len(rankedLines(2000)), len(rankedLines(32000))}},
		{"text tab rows", func() { FromText(wideRows(2000, "\t"), Options{}) }, func() { FromText(wideRows(32000, "\t"), Options{}) }, [2]int{len(wideRows(2000, "\t")), len(wideRows(32000, "\t"))}},
	}
	for _, c := range cases {
		c.small() // warm pools and one-time tables
		sizeRatio := float64(c.size[1]) / float64(c.size[0])
		// A busy machine can slow one run down by several times: a case
		// fails only if three attempts all exceed the bound, which
		// quadratic work (256x) always would.
		var ratio float64
		for range 3 {
			ts := fastest(5, c.small)
			tl := fastest(3, c.large)
			ratio = float64(tl) / float64(ts)
			t.Logf("%-16s %8d B %9v (%5.1f ns/B)   %8d B %9v (%5.1f ns/B)   time x%.1f for size x%.1f",
				c.name, c.size[0], ts, float64(ts.Nanoseconds())/float64(c.size[0]),
				c.size[1], tl, float64(tl.Nanoseconds())/float64(c.size[1]), ratio, sizeRatio)
			if ratio <= 2.5*sizeRatio {
				break
			}
		}
		if ratio > 2.5*sizeRatio {
			t.Errorf("%s: %.0fx the input took %.1fx the time", c.name, sizeRatio, ratio)
		}
	}
}

// wideRows returns text with a few table rows of n cells each, the cells
// parted by sep: rows of thousands of cells, none of them a figure, made
// the table reader read every cell from the row's start (quadratic).
func wideRows(n int, sep string) string {
	row := strings.Repeat("ab"+sep, n) + "x\n"
	return "The results of the survey were read out at the meeting on Monday evening.\n\n" + strings.Repeat(row, 4)
}

// rankedLines returns text with a ranked list of n items printed a line
// for the name and a line for its rank: a column of numbers that counts
// the rows, which the table reader once read again from every line.
func rankedLines(n int) string {
	var b strings.Builder
	b.WriteString("The most read stories of the week, as counted by our readers on Sunday.\n\n")
	for i := range n {
		fmt.Fprintf(&b, "Story\n%d\n", i+1)
	}
	return b.String()
}

// manyAttrs returns a page of n elements with a few attributes each.
func manyAttrs(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, `<div class="c%d" id="i%d" data-x="%d"><p>word %d and more words.</p></div>`, i, i, i, i)
	}
	return b.Bytes()
}
