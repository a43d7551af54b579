package pipeline

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
)

// markdown renders res as Markdown with (*extract.Result).Markdown when the
// extract package has it, else with markdownFallback.
func markdown(res *extract.Result) string {
	if m, ok := any(res).(interface{ Markdown() string }); ok {
		return m.Markdown()
	}
	return markdownFallback(res)
}

// markdownFallback renders the kept blocks of res: a stopgap until
// (*extract.Result).Markdown lands on main, to be removed then.
func markdownFallback(res *extract.Result) string {
	var b strings.Builder
	if res.Title != "" {
		b.WriteString("# " + res.Title + "\n\n")
	}
	if len(res.Blocks) == 0 {
		b.WriteString(res.Text)
		return b.String()
	}
	for _, bl := range res.Blocks {
		if !bl.Kept {
			continue
		}
		switch bl.Kind {
		case boilerplate.KindHeading:
			b.WriteString("## ")
		case boilerplate.KindListItem:
			b.WriteString("- ")
		case boilerplate.KindQuote:
			b.WriteString("> ")
		case boilerplate.KindCode:
			b.WriteString("```\n" + bl.Text + "\n```\n\n")
			continue
		}
		b.WriteString(bl.Text)
		b.WriteString("\n\n")
	}
	return b.String()
}
