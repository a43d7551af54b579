package extract

import (
	"bytes"
	"testing"
)

// isAuthorPathBefore and its helpers are isAuthorPath and its filters as
// they were before their initials (initialAuthorFolder) turned links away
// first, kept to test that the answers agree.
func isAuthorPathBefore(href []byte) bool {
	if i := bytes.IndexByte(href, '?'); i >= 0 {
		href = href[:i]
	}
	if i := bytes.IndexByte(href, '#'); i >= 0 {
		href = href[:i]
	}
	if i := bytes.Index(href, []byte("//")); i >= 0 {
		href = href[i+2:] // the host, which is no folder
		j := bytes.IndexByte(href, '/')
		if j < 0 {
			return false
		}
		href = href[j:]
	}
	if !hasAuthorPathStartBefore(href) {
		return false
	}
	for {
		href = bytes.TrimLeft(href, "/")
		i := bytes.IndexByte(href, '/')
		if i < 0 {
			return false // the last segment is the author's slug, not the folder
		}
		seg := href[:i]
		href = href[i:]
		if !mayBeAuthorPathBefore(seg) {
			continue
		}
		if len(bytes.Trim(href, "/")) == 0 {
			return false
		}
		for _, w := range authorPaths {
			if len(w) == len(seg) && bytes.EqualFold(seg, []byte(w)) {
				return true
			}
		}
	}
}

func hasAuthorPathStartBefore(href []byte) bool {
	for i := bytes.IndexByte(href, '/'); i >= 0 && i+1 < len(href); {
		if authorPathStartBefore(href[i+1:]) {
			return true
		}
		j := bytes.IndexByte(href[i+1:], '/')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

func mayBeAuthorPathBefore(seg []byte) bool {
	return len(seg) >= 5 && len(seg) <= 12 && authorPathStartBefore(seg)
}

func authorPathStartBefore(p []byte) bool {
	if len(p) < 5 || !authorPathFirst(p[0]) {
		return false
	}
	switch p[0] | 0x20 {
	case 'p':
		return p[1]|0x20 == 'r' && p[2]|0x20 == 'o' && p[3]|0x20 == 'f' // "profiles"
	case 'c':
		return p[1]|0x20 == 'o' && p[2]|0x20 == 'n' && p[3]|0x20 == 't' && p[4]|0x20 == 'r' // "contributors"
	}
	return true
}

// TestIsAuthorPathAsBefore compares isAuthorPath with isAuthorPathBefore
// on written and random addresses made of folders that are, or nearly
// are, authors' folders, in several cases and scripts.
func TestIsAuthorPathAsBefore(t *testing.T) {
	hrefs := []string{"", "/", "/author/jane", "/author/", "https://x.org/Author/jane-doe/", "//x.org/autor/max",
		"/article/2024/x", "/blog/authors/jane-doe?x=/author/a", "/a#/author/b/c", "https://author.example/x/y",
		"/АВТОР/иван/", "/автор/иван", "/avtor/ivan", "/wp-content/x", "/writers/a/", "/Journalists/b/c",
		"/profiles/jane-doe-12", "/contributors/x", "/contributor/y/", "/auteurs/z", "/a/b//author//x"}
	pieces := []string{"/", "//", "author", "AUTHOR", "authors", "autor", "autoren", "auteur", "avtor", "автор", "авторы",
		"АВТОРЫ", "writer", "Writers", "journalist", "profiles", "contributors", "contributor", "article", "about",
		"world", "wp-content", "products", "category", "jane-doe", "x.org", "https:", "?", "#", "a", "autx", "авт", "ſ", "K"}
	hrefs = append(hrefs, randomJoins(16, 50000, 9, pieces)...)
	for _, h := range hrefs {
		if got, want := isAuthorPath([]byte(h)), isAuthorPathBefore([]byte(h)); got != want {
			t.Errorf("isAuthorPath(%q) = %v, was %v", h, got, want)
		}
	}
}

// containsFoldBefore and itempropMarkBefore are the two functions as they
// were before they compared in ASCII and read the words in place.
func containsFoldBefore(b []byte, w string) bool {
	for i := 0; i+len(w) <= len(b); i++ {
		if bytes.EqualFold(b[i:i+len(w)], []byte(w)) {
			return true
		}
	}
	return false
}

func itempropMarkBefore(val []byte) markKind {
	for _, p := range bytes.Fields(val) {
		switch {
		case bytes.EqualFold(p, []byte("author")), bytes.EqualFold(p, []byte("creator")):
			return markAuthor
		case bytes.EqualFold(p, []byte("datePublished")):
			return markDate
		}
	}
	return 0
}

// TestRelAndItempropAsBefore compares containsFold and itempropMark with
// their former versions on random attribute values, with Unicode's other
// cases of ASCII letters among the pieces.
func TestRelAndItempropAsBefore(t *testing.T) {
	pieces := []string{"author", "AUTHOR", "Auth", "or", "a", "noopener", " ", "\t", "\u00a0", "creator",
		"datePublished", "DATEPUBLISHED", "\u212a", "\u017f", "é", "x", "name", "\u2003"}
	for _, joined := range randomJoins(16, 30000, 6, pieces) {
		b := []byte(joined)
		for _, w := range []string{"author", "sk", "k"} {
			if got, want := containsFold(b, w), containsFoldBefore(b, w); got != want {
				t.Errorf("containsFold(%q, %q) = %v, was %v", b, w, got, want)
			}
		}
		if got, want := itempropMark(b), itempropMarkBefore(b); got != want {
			t.Errorf("itempropMark(%q) = %v, was %v", b, got, want)
		}
	}
}
