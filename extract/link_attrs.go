package extract

import "bytes"

// linkAttrs is what the segmenter's tests of a link read of its start
// tag, found in one pass over its attributes: its address and the
// address's initials (segmentInitials), which profileLink, isAuthorPath
// and leavesSite would otherwise each find anew, and what headingToggle
// reads. The zero value is a link without an address, or no link.
type linkAttrs struct {
	href     []byte   // the first href, as attrVal finds it
	initials initials // of href
	// authorPath is set when an href (any, as markOf reads them) is an
	// author's page (isAuthorPath).
	authorPath bool
	// toggle is set when an href is "#" or role is "button": the link
	// toggles something on the page (see headingToggle).
	toggle bool
}

// readLinkAttrs reads the attributes of a link's start tag.
func readLinkAttrs(attrs []attr) linkAttrs {
	var l linkAttrs
	first := true
	for i := range attrs {
		at := &attrs[i]
		switch string(at.key) {
		case "href":
			ini := segmentInitials(at.val)
			if first {
				l.href, l.initials, first = at.val, ini, false
			}
			l.authorPath = l.authorPath || authorPathWith(at.val, ini)
			l.toggle = l.toggle || string(bytes.TrimSpace(at.val)) == "#"
		case "role":
			l.toggle = l.toggle || string(at.val) == "button"
		}
	}
	return l
}

// profile reports whether the link's address is a member's profile
// (profileLink). Every start tag asks, and most are no link: those are
// answered here, without a call.
func (l *linkAttrs) profile() bool {
	return len(l.href) > 0 && profileLinkWith(l.href, l.initials)
}
