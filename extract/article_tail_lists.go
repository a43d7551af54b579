package extract

import "github.com/winnowtext/winnow/boilerplate"

// tailListMin is the fewest items of a list that closes an article for
// its verdict to be taken as a whole.
const tailListMin = 4

// dropTailLinkList drops the kept items of the list that closes an
// article when most of its items went as links: a list of other stories
// printed after the body ("More stories" and five headlines) is one
// list, and the headlines that carry a word or two more than their link
// ("Could an astronaut use gravity to get around?") are no more the
// article's than their neighbours. Only the list after the last kept
// block that is not a list item counts, its items held by one
// container; a list inside the article, followed by more of its text,
// is judged item by item as before.
func dropTailLinkList(blocks []boilerplate.Block) {
	last := -1
	for i := len(blocks) - 1; i >= 0; i-- {
		if blocks[i].Kept && blocks[i].Kind != boilerplate.KindListItem {
			last = i
			break
		}
	}
	if last < 0 {
		return
	}
	// The first list item after it, and the run of items in its container.
	start := -1
	for i := last + 1; i < len(blocks); i++ {
		if blocks[i].Kind == boilerplate.KindListItem && !blocks[i].Features.Hints.Has(boilerplate.HintHidden) {
			start = i
			break
		}
	}
	if start < 0 {
		return
	}
	box := blocks[start].Features.ContainerID
	if box <= 0 {
		return
	}
	kept, links, end := 0, 0, start
	for ; end < len(blocks); end++ {
		b := &blocks[end]
		if b.Kind != boilerplate.KindListItem || b.Features.ContainerID != box {
			break
		}
		switch {
		case b.Kept:
			kept++
		case densityVerdict(b.Reason):
			links++
		}
	}
	if kept == 0 || kept+links < tailListMin || links <= kept {
		return
	}
	for i := end; i < len(blocks); i++ {
		if blocks[i].Kept {
			return // the article goes on after the list
		}
	}
	for i := start; i < end; i++ {
		if blocks[i].Kept {
			blocks[i].Drop(boilerplate.ReasonLinkList)
		}
	}
}
