package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// Markdown renders the kept blocks as Markdown: the title as a level-1
// heading, headings, list items, quotes, fenced code and tables (cells of
// one row share a container), other blocks as paragraphs.
func (r *Result) Markdown() string {
	var sb strings.Builder
	if r.Title != "" {
		sb.WriteString("# ")
		sb.WriteString(oneLine(r.Title))
		sb.WriteString("\n\n")
	}
	blocks := r.Blocks
	for i := 0; i < len(blocks); i++ {
		b := &blocks[i]
		if !b.Kept {
			continue
		}
		switch b.Kind {
		case boilerplate.KindHeading:
			sb.WriteString("## ")
			sb.WriteString(oneLine(b.Text))
			sb.WriteString("\n\n")
		case boilerplate.KindListItem:
			// Consecutive items form one list.
			for ; i < len(blocks) && (!blocks[i].Kept || blocks[i].Kind == boilerplate.KindListItem); i++ {
				if blocks[i].Kept {
					sb.WriteString("- ")
					sb.WriteString(oneLine(blocks[i].Text))
					sb.WriteByte('\n')
				}
			}
			i--
			sb.WriteByte('\n')
		case boilerplate.KindQuote:
			for _, line := range strings.Split(b.Text, "\n") {
				sb.WriteString("> ")
				sb.WriteString(line)
				sb.WriteByte('\n')
			}
			sb.WriteByte('\n')
		case boilerplate.KindCode:
			fence := "```"
			for strings.Contains(b.Text, fence) {
				fence += "`"
			}
			sb.WriteString(fence + "\n" + b.Text + "\n" + fence + "\n\n")
		case boilerplate.KindTableCell:
			i = writeTable(&sb, blocks, i) - 1
		default:
			sb.WriteString(escapeParagraph(b.Text))
			sb.WriteString("\n\n")
		}
	}
	return strings.TrimRight(sb.String(), "\n") + "\n"
}

// writeTable writes the run of kept table cells that starts at blocks[i]
// as a Markdown table and returns the index after the run. A change of
// container starts a new row; the first row is the header.
func writeTable(sb *strings.Builder, blocks []boilerplate.Block, i int) int {
	var rows [][]string
	row := -2
	for ; i < len(blocks) && (!blocks[i].Kept || blocks[i].Kind == boilerplate.KindTableCell); i++ {
		b := &blocks[i]
		if !b.Kept {
			continue
		}
		if b.Features.ContainerID != row || len(rows) == 0 {
			rows = append(rows, nil)
			row = b.Features.ContainerID
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], strings.ReplaceAll(oneLine(b.Text), "|", `\|`))
	}
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	for n, r := range rows {
		sb.WriteString("|")
		for c := range cols {
			cell := ""
			if c < len(r) {
				cell = r[c]
			}
			sb.WriteString(" " + cell + " |")
		}
		sb.WriteByte('\n')
		if n == 0 {
			sb.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
		}
	}
	sb.WriteByte('\n')
	return i
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// escapeParagraph keeps a paragraph from being read as other Markdown: a
// leading '#', '>', '-', '+', '*' or "1." would make it a heading, quote or
// list.
func escapeParagraph(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '>', '-', '+', '*', '=', '|':
		return `\` + s
	}
	if i := strings.IndexByte(s, '.'); i > 0 && i < 10 && strings.Trim(s[:i], "0123456789") == "" {
		return s[:i] + `\` + s[i:]
	}
	return s
}
