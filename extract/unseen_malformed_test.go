package extract

import (
	"strings"
	"testing"
)

// unseenGenPage cuts the page of an unseenCase into the parts that the
// corruptions of TestGeneratedMalformed rewrite: the chrome above the
// content column, the case's body as the post's one paragraph, and the
// side column and footer after it.
func unseenGenPage(c unseenCase) genPage {
	p := c.page
	i := strings.Index(p, "<body>\n") + len("<body>\n")
	j := strings.Index(p, `<div id="content">`+"\n") + len(`<div id="content">`+"\n")
	k := strings.Index(p, "\n</div>\n<div id=\"sidebar\">")
	l := strings.Index(p, "</body>")
	return genPage{name: c.name, prolog: p[:i], top: p[i:j], paras: []string{p[j:k]}, bottom: p[k:l], tail: p[l:],
		paraText: c.want, chrome: c.not}
}

// unseenMalformedGaps are the cases of TestUnseenShapesMalformed that fail
// today, each with why. A gap that closes fails the test too.
var unseenMalformedGaps = map[string]string{}

// TestUnseenShapesMalformed breaks each page of TestUnseenShapes (but its
// known gaps) in each way of TestGeneratedMalformed and checks what
// TestGeneratedMalformed checks: the text a browser shows is kept, and
// where the chrome's markup survives, none of the chrome's phrases.
func TestUnseenShapesMalformed(t *testing.T) {
	for _, c := range unseenCases() {
		if _, gap := unseenGaps[c.name]; gap {
			continue
		}
		g := unseenGenPage(c)
		for _, k := range corruptions() {
			gc := genCase{page: g, with: []corruption{k}}
			problems := checkGenerated(gc)
			gap, known := unseenMalformedGaps[gc.name()]
			switch {
			case known && len(problems) == 0:
				t.Errorf("%s: passes now (known gap: %s); take it off unseenMalformedGaps", gc.name(), gap)
			case !known && len(problems) > 0:
				t.Errorf("%s: %s", gc.name(), strings.Join(problems, "; "))
			}
		}
	}
}
