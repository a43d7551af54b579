package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// markJSONLDBody sets HintJSONLDBody on blocks whose text occurs in the
// page's JSON-LD articleBody: the publisher's own statement of what the
// article is. It is evidence, not the answer: articleBody is often a
// truncated teaser, so blocks missing from it are not penalised.
func markJSONLDBody(blocks []boilerplate.Block, articleBody string) {
	if len(articleBody) < 200 {
		return
	}
	body := joinFields(articleBody)
	for i := range blocks {
		b := &blocks[i]
		if b.Features.Chars < 40 {
			continue
		}
		probe := b.Text
		if strings.ContainsAny(probe, "\n\t") {
			probe = joinFields(probe)
		}
		if len(probe) > 80 {
			probe = probe[:80]
		}
		if strings.Contains(body, probe) {
			b.Features.Hints |= boilerplate.HintJSONLDBody
		}
	}
}
