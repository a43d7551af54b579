package extract

// threadNodes returns, for each node, whether it belongs to the thread
// that postItems found (item): a post, or a child of an element that
// holds posts, with what it holds, when it is signed (see signs): a post
// of another shape, an answer the engine prints apart. The unsigned
// children of that element are the thread's frame, wherever the engine
// puts them: the action bars and the page count, the jump box, the
// list of who is online that phpBB prints in the same element as its
// posts.
func threadNodes(s *segmenter, item []int32) []bool {
	n := len(s.nodes)
	holds := make([]bool, n) // the node holds posts
	for i := range item {
		if item[i] == int32(i) {
			holds[s.nodes[i].parent] = true
		}
	}
	signed := make([]bool, n) // the node or a descendant is signed
	// Children come after their parents.
	for i := n - 1; i >= 0; i-- {
		if s.nodes[i].signed {
			signed[i] = true
		}
		if p := s.nodes[i].parent; p >= 0 && signed[i] {
			signed[p] = true
		}
	}
	thread := make([]bool, n)
	for i := range thread {
		p := s.nodes[i].parent
		switch {
		case p < 0:
		case holds[p]:
			thread[i] = item[i] >= 0 || signed[i]
		default:
			thread[i] = thread[p]
		}
	}
	return thread
}
