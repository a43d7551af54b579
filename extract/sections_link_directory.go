package extract

import "github.com/winnowtext/winnow/boilerplate"

// Thresholds of dropLinkDirectories: the least number of sections of
// links, one right after the other, that make a directory, and how many
// times the directory's words the rest of the page's kept text holds.
const (
	minDirectorySections = 3
	directoryShare       = 3
)

// dropLinkDirectories drops, on a documentation page, the headings of a
// directory, and its kept links: a run of sections of the body that are
// each a heading over a list of links alone, the next heading right after
// the list, with no prose between them. A documentation site prints its topics or its
// commands so ("Setup and Config" over links to its commands, "Branching"
// over links to others) in a menu panel with no markup that names it
// navigation; a reference's own readings sit under one or two headings
// between its prose. A page whose kept text is mostly its sections of
// links is an index (a category's members, a site map) and keeps them.
// keepReferenceLinkLists takes back no list under a dropped heading.
func dropLinkDirectories(blocks []boilerplate.Block, body []bool) {
	total := keptWords(blocks)
	start, count, end := -1, 0, -1
	for i := 0; i < len(blocks); {
		j := linkSectionEnd(blocks, body, i)
		if j < 0 {
			i++
			continue
		}
		if i != end {
			dropDirectory(blocks, start, end, count, total)
			start, count = i, 0
		}
		count++
		end, i = j, j
	}
	dropDirectory(blocks, start, end, count, total)
}

// linkSectionEnd returns, when blocks[i] is a heading of the body over a
// list of the body whose items are each a link alone, the end of that
// list; else -1.
func linkSectionEnd(blocks []boilerplate.Block, body []bool, i int) int {
	if !body[i] || blocks[i].Kind != boilerplate.KindHeading || i+1 >= len(blocks) {
		return -1
	}
	j := listRun(blocks, body, i+1)
	if j == i+1 {
		return -1
	}
	for k := i + 1; k < j; k++ {
		if f := &blocks[k].Features; f.Words == 0 || f.LinkWords < f.Words {
			return -1
		}
	}
	return j
}

// dropDirectory drops the kept headings and items of blocks[start:end]
// when the run holds at least minDirectorySections sections of links and
// the page's other kept text (of total kept words) is at least
// directoryShare times the run's words.
func dropDirectory(blocks []boilerplate.Block, start, end, count, total int) {
	if start < 0 || count < minDirectorySections {
		return
	}
	words := 0
	for k := start; k < end; k++ {
		words += blocks[k].Features.Words
	}
	if total-keptWords(blocks[start:end]) < directoryShare*words {
		return
	}
	for k := start; k < end; k++ {
		if b := &blocks[k]; b.Kept {
			b.Drop(boilerplate.ReasonLinkList)
		}
	}
}
