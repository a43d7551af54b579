package boilerplate

import (
	"slices"
	"strings"
)

// bioHead is how many of the first kept blocks may be an author's note
// printed under the byline.
const bioHead = 2

// DropLeadingAuthorBio drops the note on the article's author that some
// sites print under the byline, before the article's first paragraph (the
// card a byline unfolds): "Jane is a reporter covering ...", "Jane Doe is
// a writer who has covered ...". Only the first bioHead kept blocks are
// looked at, and only a short one (bioMaxWords) that opens with the name
// author gives, whole or its first or last word, then a copula and a
// newsroom role within staffRoleWords words: an article's opening names
// its subject, not its writer's trade. Names the site's own name or host
// holds do not count (see DropAuthorBio).
func DropLeadingAuthorBio(blocks []Block, author, siteName, pageURL string) {
	if author == "" {
		return
	}
	host, _ := hostOf(pageURL)
	var buf [4]string
	names := personNames(buf[:0], author, siteName+" "+host)
	if len(names) == 0 {
		return
	}
	seen := 0
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept {
			continue
		}
		if seen++; seen > bioHead {
			return
		}
		if b.Kind != KindHeading && b.Features.Words <= bioMaxWords && authorRoleNote(b.Text, names) {
			b.Drop(ReasonAuthorBio)
		}
	}
}

// authorRoleNote reports whether text opens with one of names, whole or
// its first or last word, then a copula and a newsroom role within
// staffRoleWords words ("Jane is an experienced journalist ...").
func authorRoleNote(text string, names []string) bool {
	text = strings.TrimLeft(text, " ")
	for _, name := range names {
		head, tail := outerWords(name)
		for _, lead := range [...]string{name, head, tail} {
			if rest, ok := strings.CutPrefix(text, lead+" "); ok && len(lead) >= 3 && copulaThenRole(rest) {
				return true
			}
		}
	}
	return false
}

// copulaThenRole reports whether text opens with a copula and names a
// newsroom role within staffRoleWords words after it.
func copulaThenRole(text string) bool {
	verb, rest, _ := strings.Cut(text, " ")
	if !slices.Contains(copulas[:], verb) {
		return false
	}
	for n := 0; n < staffRoleWords && rest != ""; n++ {
		var w string
		w, rest, _ = strings.Cut(strings.TrimLeft(rest, " "), " ")
		w = strings.TrimRight(w, ".,;:")
		for _, role := range staffRoles {
			if len(w) >= len(role) && strings.EqualFold(w[:len(role)], role) {
				return true
			}
		}
	}
	return false
}
