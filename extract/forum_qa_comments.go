package extract

import (
	"bytes"

	"github.com/winnowtext/winnow/boilerplate"
)

// itemKind is the kind of schema.org item an element's itemtype names,
// as far as qaComments tells them apart.
type itemKind uint8

const (
	itemNone    itemKind = iota
	itemPost             // a Question or an Answer
	itemComment          // a Comment
)

// itemKindOf returns the kind of item the itemtype among attrs names,
// read by the last segment of its URL ("https://schema.org/Answer").
func itemKindOf(attrs []attr) itemKind {
	for i := range attrs {
		if attrs[i].kind != attrItemtype {
			continue
		}
		t := bytes.TrimSpace(attrs[i].val)
		if j := bytes.LastIndexByte(t, '/'); j >= 0 {
			t = t[j+1:]
		}
		switch {
		case bytes.EqualFold(t, []byte("Question")), bytes.EqualFold(t, []byte("Answer")):
			return itemPost
		case bytes.EqualFold(t, []byte("Comment")):
			return itemComment
		}
		return itemNone
	}
	return itemNone
}

// dropQAComments drops the comments that a question-and-answer page
// prints under a question or an answer: schema.org Comment items inside a
// Question or Answer item. They are remarks on a post ("Nor memory
// errors, which is why you need ECC."), not posts of the thread, which the
// answers are; a forum's replies, typed Comment inside the thread's
// DiscussionForumPosting, are not inside a Question or Answer and stay.
func dropQAComments(s *segmenter) {
	if !s.qaPosts {
		return
	}
	// Parents come before their children: one forward pass carries
	// "inside a post" and "inside a comment of a post" down the tree.
	var state []uint8 // 1: inside a post, 2: inside a comment of one
	for n := range s.nodes {
		var st uint8
		if p := s.nodes[n].parent; p >= 0 && state != nil {
			st = state[p]
		}
		switch s.nodes[n].item {
		case itemPost:
			if st == 0 {
				st = 1
			}
		case itemComment:
			if st == 1 {
				st = 2
			}
		}
		if st != 0 && state == nil {
			state = make([]uint8, len(s.nodes))
		}
		if state != nil {
			state[n] = st
		}
	}
	if state == nil {
		return
	}
	for i := range s.blocks {
		if b := &s.blocks[i]; state[s.blockAt[i]] == 2 && !b.Dropped() {
			b.Features.Hints |= boilerplate.HintComment
			b.Drop(boilerplate.ReasonComments)
		}
	}
}
