package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// Shape of a thread of posts (see postItems).
const (
	// postRunMin is the least number of posts of one shape that make a
	// thread on a page of any type.
	postRunMin = 3
	// forumRunMin is the least number on a page judged a forum, where a
	// question and its one answer make a thread too.
	forumRunMin = 2
	// postBodyWords is the least length, in words, of a post's body.
	postBodyWords = 5
)

// classShape returns the shape of an element's class: a hash of the
// first name of its class attribute's value, 0 when it has none. Forum
// engines give every post the same first class name ("post", "message",
// "comment") and vary the ones after it (a parity, a state).
func classShape(class []byte) uint32 {
	i := 0
	for i < len(class) && isHTMLSpace(class[i]) {
		i++
	}
	start := i
	for i < len(class) && !isHTMLSpace(class[i]) {
		i++
	}
	if i == start {
		return 0
	}
	return nameShape(class[start:i])
}

// nameShape is the shape of a class whose first name is name, which is
// not empty: its FNV-1a hash, never 0.
func nameShape(name []byte) uint32 {
	h := uint32(2166136261) // FNV-1a
	for _, c := range name {
		h ^= uint32(c)
		h *= 16777619
	}
	return h | 1
}

// signs reports whether element a names who wrote the text around it or
// when (see postItems): a <time>, a class or id that names an author or a
// date (nameMark), an itemprop that does (author, datePublished).
func signs(a atom.Atom, attrs []attr, nameMark markKind, itemprop, authorHref bool) bool {
	if nameMark != 0 || a == atom.Time {
		return true
	}
	if !itemprop {
		return false
	}
	k, _, _ := markOf(a, attrs, 0, authorHref)
	return k != 0
}

// postKey groups the children of one element by their tag and class.
type postKey struct {
	parent int32
	tag    atom.Atom
	shape  uint32
}

// postItems returns, for each node, the post that holds it (the node
// itself or an ancestor), -1 outside posts, and whether the page has
// posts at all. Posts are the children of an element that share their tag
// and the first name of their class when runMin of them or more are
// signed posts: they hold a body (a plain line of a sentence and
// postBodyWords words or more, mostly unlinked, no heading), a line
// besides it (its author's card, its buttons), and a mark of who wrote it
// or when (see signs). The siblings of the same shape are posts too, a
// short "Thanks, that worked" or an answer of code alone. That is the
// structure of a thread whatever the engine that prints it: phpBB's and
// vBulletin's posts, Discourse's and XenForo's, a Q&A site's answers, a
// comment tree, a blog's comments; an article's sections and a roundup's
// product cards sign nothing. A post inside a post (a reply in a comment
// tree, a comment under an answer) belongs to the outermost one.
func postItems(s *segmenter, runMin int) ([]int32, bool) {
	item, _, ok := postItemsParts(s, runMin)
	return item, ok
}

// postItemsParts is postItems that also returns what each node holds,
// its descendants included (see postParts).
func postItemsParts(s *segmenter, runMin int) ([]int32, []postParts, bool) {
	if s.signs < runMin {
		// Each post of a run holds a signed node of its own: a page
		// with fewer marks of authorship has no thread.
		return nil, nil, false
	}
	if !mayHoldRun(s, runMin) {
		return nil, nil, false
	}
	n := len(s.nodes)
	parts := make([]postParts, n)
	kids := make([]int32, n) // element children of each node
	for i := range s.nodes {
		if s.nodes[i].signed {
			parts[i] = partSigned
		}
		if p := s.nodes[i].parent; p >= 0 {
			kids[p]++
		}
	}
	for i := range s.blocks {
		at := s.blockAt[i]
		if at < 0 || int(at) >= n {
			continue
		}
		b := &s.blocks[i]
		f := &b.Features
		if f.Words == 0 || f.Hints.Has(boilerplate.HintHidden) {
			continue
		}
		if parts[at]&partLine == 0 {
			kids[at]++ // text of its own: no bare wrapper (see wrapperOf)
		}
		parts[at] = parts[at].withLine()
		if postBodyLine(b) {
			parts[at] |= partBody
		}
	}
	// Children come after their parents.
	for i := n - 1; i > 0; i-- {
		if p := s.nodes[i].parent; p >= 0 {
			parts[p] = parts[p].with(parts[i])
		}
	}
	var counts map[postKey]int
	runs := false
	for i := 1; i < n; i++ {
		if k, ok := postCandidate(s, i, parts[i], kids); ok {
			if counts == nil {
				counts = make(map[postKey]int)
			}
			counts[k]++
			runs = runs || counts[k] >= runMin
		}
	}
	if !runs {
		return nil, nil, false
	}
	// The parents and tags of the runs: a signed post beside a run, of
	// its tag but of a class of its own, is a post of the thread too
	// (see odd posts below).
	runTags := make(map[postKey]bool)
	for k, c := range counts {
		if c >= runMin {
			runTags[postKey{parent: k.parent, tag: k.tag}] = true
		}
	}
	// A post is the outermost bare wrapper around an element of a run,
	// or around a signed post beside one: the opening post that the
	// engine styles apart ("topic-owner-post", "first-post").
	post := make([]bool, n)
	for i := 1; i < n; i++ {
		if nd := &s.nodes[i]; postShape(nd) != 0 && nd.parent >= 0 {
			w := wrapperOf(s, int32(i), kids)
			k := postKey{parent: s.nodes[w].parent, tag: nd.tag, shape: postShape(nd)}
			if counts[k] >= runMin {
				post[w] = true
			} else if _, ok := postCandidate(s, i, parts[i], kids); ok && runTags[postKey{parent: k.parent, tag: k.tag}] {
				post[w] = true
			}
		}
	}
	item := make([]int32, n)
	for i := range item {
		item[i] = -1
		if p := s.nodes[i].parent; p >= 0 {
			item[i] = item[p]
		}
		if item[i] < 0 && post[i] {
			item[i] = int32(i)
		}
	}
	return item, parts, true
}

// wrapperDepth is the most bare wrappers wrapperOf climbs through.
const wrapperDepth = 3

// wrapperOf returns the outermost bare wrapper around node i, i itself
// when none: an element without a class that holds nothing but i (a table
// row around a post's cell, a <div id="post123"> around a post's table,
// an <li> around a comment). Engines that print each post in one repeat
// their wrappers, not the post's element, side by side. kids counts each
// node's children and lines of its own text.
func wrapperOf(s *segmenter, i int32, kids []int32) int32 {
	for range wrapperDepth {
		p := s.nodes[i].parent
		if p <= 0 || postShape(&s.nodes[p]) != 0 || kids[p] != 1 {
			break
		}
		i = p
	}
	return i
}

// postParts records what an element holds, its descendants included: a
// post's body, a mark of who wrote it or when, and its lines, counted up
// to two.
type postParts uint8

const (
	partBody   postParts = 1 << iota // a plain line of a sentence or more
	partSigned                       // a mark of an author or a date
	partLine                         // one line; two lines set partLines
	partLines
)

// withLine returns p with one more line.
func (p postParts) withLine() postParts {
	if p&partLine != 0 {
		return p | partLines
	}
	return p | partLine
}

// with returns p with the parts of a child c.
func (p postParts) with(c postParts) postParts {
	q := p | c&(partBody|partSigned|partLines)
	if c&partLine != 0 {
		q = q.withLine()
	}
	return q
}

// postCandidate returns the key of node i when it is a signed post: an
// element with a class, a body, a line besides it and a mark of who
// wrote it or when.
func postCandidate(s *segmenter, i int, p postParts, kids []int32) (postKey, bool) {
	const post = partBody | partSigned | partLines
	nd := &s.nodes[i]
	shape := postShape(nd)
	if shape == 0 || nd.parent < 0 || p&post != post {
		return postKey{}, false
	}
	w := wrapperOf(s, int32(i), kids)
	return postKey{parent: s.nodes[w].parent, tag: nd.tag, shape: shape}, true
}
