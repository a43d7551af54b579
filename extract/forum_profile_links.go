package extract

import (
	"bytes"

	"github.com/winnowtext/winnow/internal/ascii"
)

// profileLink reports whether href points to a member's profile: every
// forum engine links the name over a post to it, whatever it calls the
// name's element. The path names a member ("/u/name", "/user/name",
// "/users/123/name", "/members/name.123/", "/profile/123-name",
// "/user-123.html", see numberedMember) or a
// profile script does ("member.php?u=123", "memberlist.php?mode=
// viewprofile&u=123", "index.php?action=profile;u=123", "user?id=name").
// A member's profile is a sign of a post (see signs), as a <time> or a
// class that names an author is: phpBB, vBulletin, MyBB, Simple Machines,
// XenForo, Invision, Discourse, Flarum, Vanilla, Lemmy, Reddit, Hacker
// News and Q&A sites all print one beside each post. An article's byline
// links to an author's page ("/author/jane-doe"), which is no member's.
func profileLink(href []byte) bool {
	return profileLinkWith(href, segmentInitials(href))
}

// profileLinkWith is profileLink for an address whose initials
// (segmentInitials) are known.
func profileLinkWith(href []byte, ini initials) bool {
	if len(href) == 0 || len(href) > maxProfileHref {
		return false
	}
	if ini&profileInitials == 0 && bytes.IndexByte(href, '?') < 0 {
		return false // no member's folder, no query: most links
	}
	return profilePath(href)
}

// profileInitials are the first letters of the folders that profileLink
// looks for: memberSegment's and numberedMember's.
const profileInitials initials = 1<<('u'-'a') | 1<<('m'-'a') | 1<<('p'-'a')

// profilePath is profileLink for a link of a length it reads, once the
// link's initials or its query let it through.
func profilePath(href []byte) bool {
	h := href
	if i := schemeEnd(h); i >= 0 {
		j := bytes.IndexByte(h[i+3:], '/')
		if j < 0 {
			return false
		}
		h = h[i+3+j:]
	}
	if q := bytes.IndexByte(h, '?'); q >= 0 {
		query := h[q+1:]
		if profileQuery(query) {
			return true
		}
		h = h[:q]
		if len(query) > 0 && (pathEnds(h, "member.php") || pathEnds(h, "profile.php") || pathEnds(h, "user")) {
			return true
		}
	}
	// A member's segment, then the member's name or number.
	for len(h) > 0 {
		h = trimSlashes(h)
		seg := h
		if j := bytes.IndexByte(h, '/'); j >= 0 {
			seg, h = h[:j], h[j:]
		} else {
			h = nil
		}
		if len(seg) == 0 || !memberInitial(seg[0]) {
			continue // most segments: neither test below can say yes
		}
		if numberedMember(seg) {
			return true
		}
		if memberSegment(seg) {
			next := trimSlashes(h)
			return len(next) > 0 && !ascii.HasPrefixFold(next, "login") && !ascii.HasPrefixFold(next, "register") &&
				!ascii.HasPrefixFold(next, "sign")
		}
	}
	return false
}

// schemeEnd returns the index of the first "://" in h, -1 when it has
// none; it is bytes.Index without its setup, for the short links
// profilePath reads, where the first colon mostly ends the scheme.
func schemeEnd(h []byte) int {
	for off := 0; ; {
		k := bytes.IndexByte(h[off:], ':')
		if k < 0 {
			return -1
		}
		i := off + k
		if i+3 <= len(h) && h[i+1] == '/' && h[i+2] == '/' {
			return i
		}
		off = i + 1
	}
}

// memberInitial reports whether c, in any case, opens one of the segments
// memberSegment and numberedMember look for: "u", "user", "member",
// "profile" and their kin.
func memberInitial(c byte) bool {
	c |= 0x20
	return c == 'u' || c == 'm' || c == 'p'
}

// trimSlashes returns b without its leading slashes.
func trimSlashes(b []byte) []byte {
	for len(b) > 0 && b[0] == '/' {
		b = b[1:]
	}
	return b
}

// memberSegment reports whether a path segment names the members of a
// site: "u", "user", "users", "member", "members", "profile", "profiles",
// in any case.
func memberSegment(seg []byte) bool {
	switch len(seg) {
	case 1:
		return seg[0]|0x20 == 'u'
	case 4, 5:
		return ascii.HasPrefixFold(seg, "user") && (len(seg) == 4 || seg[4]|0x20 == 's')
	case 6, 7:
		return ascii.HasPrefixFold(seg, "member") && (len(seg) == 6 || seg[6]|0x20 == 's') ||
			len(seg) == 7 && ascii.HasPrefixFold(seg, "profile")
	case 8:
		return ascii.HasPrefixFold(seg, "profiles")
	}
	return false
}

// numberedMember reports whether a path segment is a member's page under
// the short addresses a board's search-engine-friendly mode prints:
// "user-123.html", "member-123.html" (MyBB, vBulletin addons), the
// member's number after the prefix.
func numberedMember(seg []byte) bool {
	var n int
	switch {
	case ascii.HasPrefixFold(seg, "user-"):
		n = len("user-")
	case ascii.HasPrefixFold(seg, "member-"):
		n = len("member-")
	default:
		return false
	}
	return n < len(seg) && seg[n] >= '0' && seg[n] <= '9'
}

// maxProfileHref is the longest link profileLink reads: a profile's
// address is short.
const maxProfileHref = 256

// pathEnds reports whether path ends with the segment name, in any case.
func pathEnds(path []byte, name string) bool {
	n := len(path) - len(name)
	return hasSuffixFold(path, name) && (n == 0 || path[n-1] == '/')
}

// profileQuery reports whether a link's query asks for a member's
// profile: "action=profile" (Simple Machines, MyBB), "mode=viewprofile"
// (phpBB), in any case.
func profileQuery(q []byte) bool {
	for {
		k := bytes.IndexByte(q, '=')
		if k < 0 {
			return false
		}
		key, val := q[:k], q[k+1:]
		if hasSuffixFold(key, "action") && ascii.HasPrefixFold(val, "profile") ||
			hasSuffixFold(key, "mode") && ascii.HasPrefixFold(val, "viewprofile") {
			return true
		}
		q = val
	}
}

// hasSuffixFold reports whether b ends with the lower-case ASCII
// suffix, in any case.
func hasSuffixFold(b []byte, suffix string) bool {
	return len(b) >= len(suffix) && ascii.HasPrefixFold(b[len(b)-len(suffix):], suffix)
}
