package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// dropBeforeThread drops, on a forum, what the page prints before the
// first of its posts (see postItems): the thread's title bar and its
// buttons, a notice to guests, an app's install prompt, a summary box, the
// sidebar an engine prints first. A reader of a thread reads its posts;
// the thread's title is the page's title, not a line of its text. What
// stands before the first post in a post of another shape stays: the
// question a Q&A page prints apart from its answers, an article whose
// comments make the thread. That is an element beside the ones that hold
// the first post that holds a post's parts (a body, a mark of who wrote it
// or when, a line besides, see postParts) and either a mark of the same
// shape as the posts' own (the "asked" line beside the "answered" ones)
// or a line of prose (see threadProse): a sidebar's rules and its
// "submitted on" line are neither. Only when the posts hold half the kept
// text or more (see postsHoldHalf), or when no line of prose stands
// before them (see proseBeforeThread): the reading calls it so.
// item and parts are postItemsParts' answer for the page, title its
// title (see openingPost).
func dropBeforeThread(s *segmenter, item []int32, parts []postParts, title string) {
	first := -1
	for i := range item {
		if item[i] == int32(i) {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	// The marks of authorship the posts print, by tag and class.
	marks := make(map[postKey]bool)
	for i := first; i < len(item); i++ {
		if nd := &s.nodes[i]; nd.signed && item[i] >= 0 {
			marks[postKey{tag: nd.tag, shape: nd.shape}] = true
		}
	}
	// The first post and the elements that hold it.
	onPath := make([]bool, first+1)
	for a := int32(first); a >= 0; a = s.nodes[a].parent {
		onPath[a] = true
	}
	// top is, for each node before the first post, the element beside
	// one that holds the post that holds it, -1 for those that hold it;
	// kind says what each such element holds.
	top := make([]int32, first)
	kind := make([]beforeKind, first)
	for i := range top {
		p := s.nodes[i].parent
		switch {
		case onPath[i]:
			top[i] = -1
		case p < 0 || onPath[p]:
			top[i] = int32(i)
		default:
			top[i] = top[p]
		}
		if t := top[i]; t >= 0 && s.nodes[i].signed && marks[postKey{tag: s.nodes[i].tag, shape: s.nodes[i].shape}] {
			kind[t] |= beforeMarked
		}
	}
	end := 0 // the blocks before the thread
	for ; end < len(s.blocks); end++ {
		at := s.blockAt[end]
		if at >= 0 && int(at) >= first {
			break // nodes come in the page's order: the thread has begun
		}
		if at >= 0 && top[at] >= 0 && threadProse(&s.blocks[end]) {
			kind[top[at]] |= beforeProse
		}
	}
	const post = partBody | partSigned | partLines
	opening := openingPost(s, top, parts, end, title)
	for i := range end {
		at := s.blockAt[i]
		b := &s.blocks[i]
		if at < 0 || !b.Kept {
			continue
		}
		if t := top[at]; t >= 0 && parts[t]&post == post && (kind[t] != 0 || t == opening) {
			continue // a post of another shape
		}
		b.Drop(boilerplate.ReasonOutsideMain)
	}
}

// openingPost returns the element before a thread that holds its opening
// post, -1 when none does: the first element beside the ones that hold
// the thread (top, see dropBeforeThread) to hold a post's parts at or
// after the heading that prints the page's title, among the first end
// blocks. Engines print the opening post under the thread's title and
// apart from the replies, which they wrap in a shape of their own, and
// may sign it in classes of its own: its marks then match none of the
// replies'. What an engine prints before the title (a notice, a prompt,
// a sidebar) is not it, nor what follows a heading that names the board
// rather than the thread.
func openingPost(s *segmenter, top []int32, parts []postParts, end int, title string) int32 {
	const post = partBody | partSigned | partLines
	head := -1
	if nt := normTitle(title); nt != "" {
		for i := range end {
			if b := &s.blocks[i]; b.Reason == boilerplate.ReasonTitle && b.Features.Hints.Has(boilerplate.HintTitle) {
				if nh := normTitle(b.Text); strings.Contains(nh, nt) {
					head = i
				}
				break
			}
		}
	}
	if head < 0 {
		return -1
	}
	for i := head; i < end; i++ {
		at := s.blockAt[i]
		if at < 0 || int(at) >= len(top) {
			continue
		}
		if t := top[at]; t >= 0 && parts[t]&post == post {
			return t
		}
	}
	return -1
}

// beforeKind records what an element before a thread holds.
type beforeKind uint8

const (
	beforeMarked beforeKind = 1 << iota // a mark of authorship shaped like the posts'
	beforeProse                         // a line of prose (see threadProse)
)

// threadProseWords is the least length, in words, of a line of prose
// before a thread that makes its element a post of another shape.
const threadProseWords = 20

// threadProse reports whether b is a line of prose: a sentence or more of
// threadProseWords words or more, mostly unlinked, shown.
func threadProse(b *boilerplate.Block) bool {
	f := &b.Features
	return f.Words >= threadProseWords && f.Sentences >= 1 && f.LinkDensity() < 0.5 && !f.Hints.Has(boilerplate.HintHidden)
}

// postsHoldHalf reports whether the posts that postItems found (item)
// hold half the kept text of the page or more: posts found in a widget of
// the page's frame say nothing of where the thread begins or ends.
func postsHoldHalf(s *segmenter, item []int32) bool {
	inPosts, kept := 0, 0
	for i := range s.blocks {
		at := s.blockAt[i]
		if at < 0 || int(at) >= len(item) || !s.blocks[i].Kept {
			continue
		}
		kept += s.blocks[i].Features.Words
		if item[at] >= 0 {
			inPosts += s.blocks[i].Features.Words
		}
	}
	return 2*inPosts >= kept
}

// proseBeforeThread reports whether the page keeps a line of prose (see
// threadProse) before the first of the posts that postItems found (item):
// an article whose comments make the thread, or a question printed apart
// from its answers. Without one, what stands before a short thread is its
// frame (an app's install prompt, a notice, a summary box) however much
// of the page's text it holds.
func proseBeforeThread(s *segmenter, item []int32) bool {
	first := int32(len(item))
	for i := range item {
		if item[i] == int32(i) {
			first = int32(i)
			break
		}
	}
	for i := range s.blocks {
		at := s.blockAt[i]
		if at < 0 || int(at) >= len(item) {
			continue
		}
		if at >= first {
			return false // nodes come in the page's order: the thread has begun
		}
		if b := &s.blocks[i]; b.Kept && threadProse(b) {
			return true
		}
	}
	return false
}
