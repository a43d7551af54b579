package extract

import "bytes"

// profileLink reports whether href points to a member's profile: every
// forum engine links the name over a post to it, whatever it calls the
// name's element. The path names a member ("/u/name", "/user/name",
// "/users/123/name", "/members/name.123/", "/profile/123-name") or a
// profile script does ("member.php?u=123", "memberlist.php?mode=
// viewprofile&u=123", "index.php?action=profile;u=123", "user?id=name").
// A member's profile is a sign of a post (see signs), as a <time> or a
// class that names an author is: phpBB, vBulletin, MyBB, Simple Machines,
// XenForo, Invision, Discourse, Flarum, Vanilla, Lemmy, Reddit, Hacker
// News and Q&A sites all print one beside each post. An article's byline
// links to an author's page ("/author/jane-doe"), which is no member's.
func profileLink(href []byte) bool {
	if len(href) == 0 || len(href) > maxProfileHref {
		return false
	}
	var low [maxProfileHref]byte
	h := low[:len(href)]
	for i, c := range href {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h[i] = c
	}
	if i := bytes.Index(h, []byte("://")); i >= 0 {
		j := bytes.IndexByte(h[i+3:], '/')
		if j < 0 {
			return false
		}
		h = h[i+3+j:]
	}
	if q := bytes.IndexByte(h, '?'); q >= 0 {
		query := h[q+1:]
		if bytes.Contains(query, []byte("action=profile")) || bytes.Contains(query, []byte("mode=viewprofile")) {
			return true
		}
		h = h[:q]
		if len(query) > 0 && (pathEnds(h, "member.php") || pathEnds(h, "profile.php") || pathEnds(h, "user")) {
			return true
		}
	}
	// A member's segment, then the member's name or number.
	for len(h) > 0 {
		h = bytes.TrimLeft(h, "/")
		seg := h
		if j := bytes.IndexByte(h, '/'); j >= 0 {
			seg, h = h[:j], h[j:]
		} else {
			h = nil
		}
		switch string(seg) {
		case "u", "user", "users", "member", "members", "profile", "profiles":
			next := bytes.TrimLeft(h, "/")
			return len(next) > 0 && !bytes.HasPrefix(next, []byte("login")) &&
				!bytes.HasPrefix(next, []byte("register")) && !bytes.HasPrefix(next, []byte("sign"))
		}
	}
	return false
}

// maxProfileHref is the longest link profileLink reads: a profile's
// address is short.
const maxProfileHref = 256

// pathEnds reports whether path ends with the segment name.
func pathEnds(path []byte, name string) bool {
	return bytes.HasSuffix(path, []byte(name)) &&
		(len(path) == len(name) || path[len(path)-len(name)-1] == '/')
}
