package extract

// idStemShape returns the shape of an element known only by its id: the
// hash of the id's stem when the id is a stem of letters, dashes and
// underscores followed by a number ("post123", "edit123", "comment-45"),
// 0 otherwise. Old forum engines print each post in an element without a
// class whose id is the stem and the post's number (vBulletin's <div
// id="post123">); the posts of a thread share the stem and differ by the
// number, as the posts of newer engines share their first class name.
// The shape is kept apart from the class's (node.idShape) and read only
// where posts are found (see postShape).
func idStemShape(id []byte) uint32 {
	end := len(id)
	for end > 0 && id[end-1] >= '0' && id[end-1] <= '9' {
		end--
	}
	if end == len(id) || end == 0 {
		return 0 // no number, or a number alone
	}
	letters := 0
	for _, c := range id[:end] {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			letters++
		case c == '-', c == '_':
		default:
			return 0
		}
	}
	if letters < 2 {
		return 0 // "p1", "c-2": too short a stem to say what it names
	}
	return nameShape(id[:end]) ^ 0x5a5a5a5a | 1 // apart from a class of the same name
}

// postShape is the shape by which postItems groups the posts of a thread:
// the first name of a node's class, or the stem of its id when it has no
// class (see idStemShape).
func postShape(nd *node) uint32 {
	if nd.shape != 0 {
		return nd.shape
	}
	return nd.idShape
}
