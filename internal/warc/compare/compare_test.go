package compare

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestCorrectness prints, for every case and reader, how many of the whole
// records it read, and fails if internal/warc misses one or returns a
// damaged record as whole.
func TestCorrectness(t *testing.T) {
	var tab strings.Builder
	fmt.Fprintf(&tab, "%-42s", "case")
	for _, r := range readers {
		fmt.Fprintf(&tab, " | %-26s", r.name)
	}
	tab.WriteString("\n")
	for _, c := range cases() {
		fmt.Fprintf(&tab, "%-42s", c.name)
		for i, r := range readers {
			got, wrong := score(r.trace(c.data), c.want)
			cell := fmt.Sprintf("%d/%d", got, len(c.want))
			if wrong > 0 {
				cell += fmt.Sprintf(", %d wrong", wrong)
			}
			fmt.Fprintf(&tab, " | %-26s", cell)
			if i == 0 && (got != len(c.want) || wrong > 0) {
				t.Errorf("%s: internal/warc read %d of %d records, %d wrong", c.name, got, len(c.want), wrong)
			}
		}
		tab.WriteString("\n")
	}
	t.Logf("records read whole, of those the file holds whole:\n%s", tab.String())
}

// BenchmarkReaders reads the HTML payloads of every response record of
// the file named by $WARC.
func BenchmarkReaders(b *testing.B) {
	path := os.Getenv("WARC")
	if path == "" {
		b.Skip("set WARC to a .warc or .warc.gz file")
	}
	for _, r := range readers {
		b.Run(strings.ReplaceAll(r.name, " ", "_"), func(b *testing.B) {
			var pages, size int
			for b.Loop() {
				f, err := os.Open(path)
				if err != nil {
					b.Fatal(err)
				}
				pages, size, err = r.pages(f)
				f.Close()
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(pages), "pages")
			b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
			b.SetBytes(int64(size))
		})
	}
}
