package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// templateLineWords is the length, in words, up to which a line with a
// number in it may be a template that a forum fills in for every post.
const templateLineWords = 8

// templateKey is what stays the same in the lines a template prints: the
// first word without a digit, and how many such words there are; or, for a
// line without a number, the label that opens it (words is then -1).
type templateKey struct {
	word  string
	words int
}

// templateKeyOf returns the key of b, ok false when b is no template
// line: a short plain line, neither code nor a link, that holds words with
// a digit and words without ("answered Feb 4, 2014 at 13:12", "Posts:
// 4032", "Join Date: Mar 2016", "34.2k 12 gold badges 80 silver badges"),
// or a label and its value ("Location: England", "Primary OS: Linux"). A
// forum prints such a template beside every post, each time with other
// numbers, dates and values; the label at its start stays. A post's header
// that links to its author is left to the rules on links: it names who
// wrote the post. A member's card broken into lines by <br> is one block
// of such lines ("Posts: 116 / Threads: 23 / Joined: Feb 2019"): a block
// of n lines may hold n times the words of one (see templateLines).
func templateKeyOf(b *boilerplate.Block) (k templateKey, ok bool) {
	lines := templateLines(b.Text)
	if b.Features.Words > templateLineWords*lines || b.Features.LinkWords > 0 || b.Kind == boilerplate.KindCode {
		return k, false
	}
	digits := false
	for f := range strings.FieldsSeq(b.Text) {
		switch {
		case hasDigit(f):
			digits = true
		case hasLetter(f):
			if k.words == 0 {
				k.word = f
			}
			k.words++
		}
	}
	// A longer block that opens with a label heads a list of points.
	if !digits && b.Features.Words <= templateLineWords {
		if l, ok := lineLabel(b.Text); ok {
			return templateKey{word: l, words: -1}, true
		}
	}
	return k, digits && k.words > 0
}

// maxLabelSpaces is the number of spaces a line's label holds at most:
// three words ("Native language", "Favorite Team Name").
const maxLabelSpaces = 2

// lineLabel returns the label that opens s ("Location" of "Location:
// England"), ok false when s opens with none: a colon after one to three
// words that hold a letter, with a value after it. A web address
// ("https://...") is no label.
func lineLabel(s string) (string, bool) {
	i := strings.IndexByte(s, ':')
	if i <= 0 || strings.Count(s[:i], " ") > maxLabelSpaces || !hasLetter(s[:i]) {
		return "", false
	}
	value := s[i+1:]
	if strings.TrimSpace(value) == "" || value[0] == '/' {
		return "", false
	}
	return s[:i], true
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := range len(s) {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// templateCounts counts the keys of the template lines among blocks (see
// templateKeyOf), but for the blocks skip sets (nil skips none); nil when
// there are none.
func templateCounts(blocks []boilerplate.Block, skip []bool) map[templateKey]int {
	var counts map[templateKey]int
	for i := range blocks {
		k, ok := templateKeyOf(&blocks[i])
		if !ok || skip != nil && skip[i] {
			continue
		}
		if counts == nil {
			counts = make(map[templateKey]int)
		}
		counts[k]++
	}
	return counts
}

// templateLine reports whether b is a template line that the page prints
// more than once, with other numbers in it each time.
func templateLine(b *boilerplate.Block, counts map[templateKey]int) bool {
	if counts == nil {
		return false
	}
	k, ok := templateKeyOf(b)
	return ok && counts[k] >= 2
}

// templateCardLines is the most lines of a member's card that one block
// holds as one template ("Posts: 116", "Threads: 23", "Joined: Feb 2019",
// "Reputation: 7", broken by <br>).
const templateCardLines = 4

// templateLines returns the number of lines of text, up to
// templateCardLines.
func templateLines(text string) int {
	n := 1 + strings.Count(text, "\n")
	return min(n, templateCardLines)
}
