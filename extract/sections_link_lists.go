package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// keepReferenceLinkLists takes back, on a documentation page, the items of
// a list in the page's body that the density rules drop as links alone:
// a reference points to its other pages in lists under its headings
// ("Using EXPLAIN", "Planner Statistics"). Two shapes are taken back:
//   - a link item of a list whose other items are kept: the list is one
//     list of readings, some annotated ("by Jim Nasby") and some not;
//   - a section made only of a list of links, under a kept heading of the
//     body and over the next one or at the end of the body's kept text:
//     the section's content is its list;
//   - a list made only of links after a kept line of the body that
//     announces it with a colon ("Here are some examples of workload
//     resources:"): the sentence's list is its continuation.
//
// Then keepNestedLinkItems takes back the link items of sublists nested
// between kept items of a list (see there).
//
// Sections of links that follow one another with nothing between them are
// a directory (see dropLinkDirectories), not a reference's readings: they
// stay dropped, and their headings go with them.
func keepReferenceLinkLists(blocks []boilerplate.Block, body []bool) {
	dropLinkDirectories(blocks, body)
	for i := 0; i < len(blocks); {
		j := listRun(blocks, body, i)
		if j == i {
			i++
			continue
		}
		kept, dropped := 0, 0
		for k := i; k < j; k++ {
			switch {
			case blocks[k].Kept:
				kept++
			case densityVerdict(blocks[k].Reason):
				dropped++
			}
		}
		whole := kept > 0
		if kept == 0 && dropped == j-i {
			whole = i > 0 && (keptBodyHeading(blocks, body, i-1) && sectionEnd(blocks, body, j) ||
				announcesList(&blocks[i-1], body[i-1]))
		}
		if whole {
			for k := i; k < j; k++ {
				if b := &blocks[k]; !b.Kept && densityVerdict(b.Reason) {
					b.Keep()
				}
			}
		}
		i = j
	}
	keepNestedLinkItems(blocks, body)
}

// announcesList reports whether b is a kept line of the body, a paragraph
// that is not mostly links, ending with a colon: the line that announces
// the list after it.
func announcesList(b *boilerplate.Block, body bool) bool {
	f := &b.Features
	return body && b.Kept && b.Kind == boilerplate.KindParagraph && 2*f.LinkWords < f.Words &&
		strings.HasSuffix(strings.TrimSpace(b.Text), ":")
}

// keepNestedLinkItems takes back the list items of the body that the
// density rules dropped, in a run that stands between two kept items of
// the body: a reference's outline of its arguments nests each block's
// arguments under it, and the arguments that link to their own sections
// ("condition string") read as a menu's links, while the items around
// them, with a word outside the link, are kept. A menu's items are not
// framed by kept items of the body.
func keepNestedLinkItems(blocks []boilerplate.Block, body []bool) {
	for i := 1; i < len(blocks); i++ {
		if !keptBodyItem(blocks, body, i-1) {
			continue
		}
		j := i
		for j < len(blocks) && body[j] && blocks[j].Tag == "li" && !blocks[j].Kept && densityVerdict(blocks[j].Reason) {
			j++
		}
		if j > i && keptBodyItem(blocks, body, j) {
			for k := i; k < j; k++ {
				blocks[k].Keep()
			}
		}
		if j > i {
			i = j
		}
	}
}

// keptBodyItem reports whether blocks[i] exists and is a kept list item
// of the body.
func keptBodyItem(blocks []boilerplate.Block, body []bool, i int) bool {
	return i < len(blocks) && body[i] && blocks[i].Kept && blocks[i].Tag == "li"
}

// listRun returns the end of the run of list items of the body that
// starts at i and share its container; i when blocks[i] is none.
func listRun(blocks []boilerplate.Block, body []bool, i int) int {
	j := i
	for j < len(blocks) && body[j] && blocks[j].Tag == "li" && blocks[j].Features.ContainerID == blocks[i].Features.ContainerID {
		j++
	}
	return j
}

// keptBodyHeading reports whether blocks[i] is a kept heading of the
// page's body.
func keptBodyHeading(blocks []boilerplate.Block, body []bool, i int) bool {
	return body[i] && blocks[i].Kept && blocks[i].Kind == boilerplate.KindHeading
}

// sectionEnd reports whether a section of the body ends at blocks[j]: the
// next kept block is a heading of the body, or outside the body, or there
// is none.
func sectionEnd(blocks []boilerplate.Block, body []bool, j int) bool {
	for ; j < len(blocks); j++ {
		if blocks[j].Kept {
			return !body[j] || blocks[j].Kind == boilerplate.KindHeading
		}
	}
	return true
}
