package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropAfterThread drops, on a forum, what the page prints after the
// elements that hold its posts (see postItems): the reply form, the other
// threads, the foot of a page whose footer no markup names. Only when the
// posts hold half the kept text or more: posts found in a widget of the
// page's frame say nothing of where the thread ends. What the thread's
// own element holds after its last post stays when it is signed: a post
// of another shape (see threadNodes).
// item is postItems' answer for the page.
func dropAfterThread(s *segmenter, item []int32) {
	thread := threadNodes(s, item)
	blocks := s.blocks
	last, inPosts, kept := -1, 0, 0
	for i := range blocks {
		at := s.blockAt[i]
		if at < 0 || int(at) >= len(item) {
			continue
		}
		if thread[at] {
			last = i
		}
		if blocks[i].Kept {
			kept += blocks[i].Features.Words
			if item[at] >= 0 {
				inPosts += blocks[i].Features.Words
			}
		}
	}
	if 2*inPosts < kept {
		return
	}
	for i := last + 1; i < len(blocks); i++ {
		if blocks[i].Kept {
			blocks[i].Drop(boilerplate.ReasonOutsideMain)
		}
	}
}
