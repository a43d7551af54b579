package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/internal/golden"
)

// update is the -update flag of both golden tests (one test binary holds
// this internal package and the external one of golden_test.go).
var update = flag.Bool("update", false, "rewrite the golden files of testdata/text and testdata/golden")

// updateGoldens reports whether -update was given.
func updateGoldens() bool { return *update }

// TestFromTextGolden runs FromText on the real page texts of
// testdata/text/*.txt and compares the result with the reviewed output in
// the matching .golden file: metadata, the main text, and every input line
// with its verdict. Run with -update to rewrite the goldens, then review
// the diff.
func TestFromTextGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no inputs in testdata/text: %v", err)
	}
	for _, in := range files {
		t.Run(filepath.Base(in), func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			res, err := FromText(string(raw), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := renderGolden(res)
			goldenPath := strings.TrimSuffix(in, ".txt") + ".golden"
			golden.Check(t, goldenPath, got, updateGoldens())
		})
	}
}

// renderGolden prints a result in the reviewable form of the golden files.
func renderGolden(res *Result) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "title: %s\n", res.Title)
	if !res.Date.IsZero() {
		fmt.Fprintf(&sb, "date: %s\n", res.Date.Format("2006-01-02T15:04Z07:00"))
	}
	fmt.Fprintf(&sb, "language: %s\n", res.Language)
	sb.WriteString("\n== text\n")
	sb.WriteString(res.Text)
	sb.WriteString("\n\n== blocks (line, verdict, text)\n")
	for _, b := range res.Blocks {
		verdict := "kept"
		if !b.Kept {
			verdict = string(b.Reason)
		}
		text := b.Text
		if r := []rune(text); len(r) > 60 {
			text = string(r[:60]) + "…"
		}
		fmt.Fprintf(&sb, "%3d %-18s %s\n", b.Line, verdict, text)
	}
	return sb.String()
}

// firstDiff shows the first line where want and got differ.
