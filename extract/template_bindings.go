package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// bindingMaxWords is the longest, in words, a line of a template's
// binding runs: an expression or a shortcode, not prose.
const bindingMaxWords = 12

// dropTemplateBindings drops, whatever the reading, the kept lines that
// are one unrendered binding of a client-side template ("{{
// reply.warning }}") or a shortcode the site's engine left
// ("{{banner="/promo"}}"): what a script or a plugin was to fill in, no
// text of the page. Code keeps its templates: a listing of Jinja or
// Handlebars is text for its readers.
func dropTemplateBindings(blocks []boilerplate.Block) {
	for i := range blocks {
		if b := &blocks[i]; b.Kept && templateBinding(b) {
			b.Drop(boilerplate.ReasonInterface)
		}
	}
}

// templateBinding reports whether b is one binding (see
// dropTemplateBindings): its text opens with "{{", ends with "}}" and
// holds no other pair, and it is no code.
func templateBinding(b *boilerplate.Block) bool {
	if b.Kind == boilerplate.KindCode || b.Features.Words > bindingMaxWords {
		return false
	}
	t := b.Text
	if len(t) < 4 || t[0] != '{' && t[0] > ' ' {
		return false // most lines: no brace opens them
	}
	t = strings.TrimSpace(t)
	if len(t) < 4 || !strings.HasPrefix(t, "{{") || !strings.HasSuffix(t, "}}") {
		return false
	}
	inner := t[2 : len(t)-2]
	return !strings.Contains(inner, "{{") && !strings.Contains(inner, "}}")
}
