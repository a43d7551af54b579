package extract

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestLimits checks that each limit is honoured by each entry point it
// applies to.
func TestLimits(t *testing.T) {
	page := "<div><div><div><p>" + strings.Repeat("déjà vu ", 40) + "</p></div></div></div>" + strings.Repeat("<p>one more paragraph</p>", 50)
	text := strings.Repeat("déjà vu ", 40) + "\n" + strings.Repeat("one more line\n", 50)
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	entries := []struct {
		name string
		run  func(Limits) (*Result, error)
	}{
		{"FromBytes", func(l Limits) (*Result, error) { return FromBytes([]byte(page), Options{Limits: l}) }},
		{"FromReader", func(l Limits) (*Result, error) { return FromReader(strings.NewReader(page), Options{Limits: l}) }},
		{"FromNode", func(l Limits) (*Result, error) { return FromNode(doc, Options{Limits: l}) }},
		{"FromText", func(l Limits) (*Result, error) { return FromText(text, Options{Limits: l}) }},
	}
	for _, e := range entries {
		t.Run(e.name, func(t *testing.T) {
			if e.name != "FromNode" {
				if _, err := e.run(Limits{MaxInputBytes: 100}); !errors.Is(err, ErrTooLarge) {
					t.Errorf("MaxInputBytes 100: got %v, want ErrTooLarge", err)
				}
			}
			lim := Limits{MaxBlocks: 7, MaxBlockChars: 22} // 22 bytes end inside the second "é"
			res, err := e.run(lim)
			checkResult(t, res, err, lim)
			if len(res.Blocks) != 7 {
				t.Errorf("MaxBlocks 7: %d blocks", len(res.Blocks))
			}
			if got := res.Blocks[0].Text; got != "déjà vu déjà vu d" {
				t.Errorf("MaxBlockChars 22: first block %q", got)
			}
			if e.name == "FromText" {
				return
			}
			res, err = e.run(Limits{MaxDepth: 2})
			checkResult(t, res, err, Limits{})
			if d := res.Blocks[0].Features.Depth; d > 2 {
				t.Errorf("MaxDepth 2: first block at depth %d", d)
			}
			if !strings.Contains(res.Blocks[0].Text, "déjà vu") {
				t.Errorf("MaxDepth 2: the deep text is lost: %q", res.Blocks[0].Text)
			}
		})
	}
}
