package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// dropStateData drops, on a product's page, the kept blocks whose text is
// a JSON object or a list of them ({"price": 15.49, ...}): the state a
// shop's scripts read, printed into an element that a class of the
// site's own style sheet hides. A shopper never sees it, and no
// product's description is written as JSON.
func dropStateData(blocks []boilerplate.Block) {
	for i := range blocks {
		if b := &blocks[i]; b.Kept && jsonShaped(b.Text) {
			b.Drop(boilerplate.ReasonHidden)
		}
	}
}

// jsonShaped reports whether text is shaped as a JSON object or a list of
// objects: it opens with `{"` or `[{"`, closes with `}` or `]`, and
// names a member (`":`).
func jsonShaped(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) < 8 {
		return false
	}
	if !strings.HasPrefix(t, `{"`) && !strings.HasPrefix(t, `[{"`) {
		return false
	}
	if last := t[len(t)-1]; last != '}' && last != ']' {
		return false
	}
	return strings.Contains(t, `":`)
}
