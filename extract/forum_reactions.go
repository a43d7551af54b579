package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
)

// reactionWords is the longest a post's reaction line runs, in words:
// "Anna, Ben, Carla, Dev and 12 others like this."
const reactionWords = 20

// reactionVerbs are the endings of the line a forum engine prints under a
// post its readers liked: vBulletin's and SMF's "X and Y like this.", "1
// person likes this.", a blog's comment "Ann liked this".
var reactionVerbs = []string{" like this", " likes this", " liked this"}

// reactionLine reports whether b is a short line that counts who liked a
// post: it ends on a reaction verb (reactionVerbs) after a list of names
// ("Ann, Ben and 3 others", "Ann and Ben"), a count ("1 person") or, for
// a verb in the singular, one capitalised name. A reader's "I like this."
// and "You will like this" are no such line.
func reactionLine(b *boilerplate.Block) bool {
	f := &b.Features
	if f.Words < 3 || f.Words > reactionWords || b.Kind == boilerplate.KindHeading || b.Kind == boilerplate.KindCode {
		return false
	}
	t := strings.TrimRight(b.Text, ". !")
	if len(t) < 10 || ascii.Lower(t[len(t)-1]) != 's' {
		return false // most lines: no "this" at the end
	}
	for _, v := range reactionVerbs {
		if len(t) <= len(v) || !strings.EqualFold(t[len(t)-len(v):], v) {
			continue
		}
		subject := t[:len(t)-len(v)]
		if !nameList(subject) {
			return false
		}
		if strings.Contains(subject, ", ") || strings.Contains(subject, " and ") || subject[0] >= '0' && subject[0] <= '9' {
			return true
		}
		return v != " like this" && subject[0] >= 'A' && subject[0] <= 'Z'
	}
	return false
}

// nameListPartWords is the most words of one name in a list of who
// liked a post: "2 others", "Anna Berg".
const nameListPartWords = 2

// nameList reports whether s lists members' names or counts them: parts
// of nameListPartWords words or fewer parted by commas and "and", none a
// pronoun ("I", "He", "Everyone") that opens a reader's own sentence.
func nameList(s string) bool {
	if s == "" {
		return false
	}
	for part := range strings.SplitSeq(strings.ReplaceAll(s, " and ", ", "), ", ") {
		if n := len(strings.Fields(part)); n == 0 || n > nameListPartWords || pronounSubject(part) {
			return false
		}
	}
	return true
}

// pronounSubject reports whether s is a pronoun that opens a reader's
// sentence ("He liked this", "Everyone likes this"), not a member's name.
func pronounSubject(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "i", "you", "we", "they", "he", "she", "it", "everyone", "everybody", "nobody", "no one", "someone",
		"somebody", "who", "that", "this", "many", "most", "people", "some":
		return true
	}
	return false
}
