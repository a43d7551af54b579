package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// opensWithNamePart reports whether text opens with the first or the last
// word of one of names on its own: the second paragraph of an author's
// note calls the author by the first name ("Jane holds a degree in ..."),
// some notes by a shorter form of the byline ("Matt Doe" for "Matthew
// Doe"). The word must be a name, not a word the text also uses in lower
// case: a byline such as "The Example Team" names no one, and "The" opens
// many an article's last paragraph.
func opensWithNamePart(text string, names []string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(text, " "), " ")
	first = strings.TrimRight(first, ",:;")
	first = strings.TrimSuffix(strings.TrimSuffix(first, "'s"), "’s")
	if utf8.RuneCountInString(first) < 3 {
		return false
	}
	for _, name := range names {
		if head, tail := outerWords(name); first != head && first != tail {
			continue
		}
		if !hasWord(text, strings.ToLower(first)) {
			return true
		}
	}
	return false
}

// hasWord reports whether w occurs in text as a whole word: with no letter
// right before or after it.
func hasWord(text, w string) bool {
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (j == 0 || !unicode.IsLetter(before)) && (end == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		i = end
	}
	return false
}

// trimHandle removes the handle or outlet a byline sets in brackets after
// a name: "Jane Doe (JDoeNews)" gives "Jane Doe".
func trimHandle(part string) string {
	if name, _, ok := strings.Cut(part, " ("); ok && strings.HasSuffix(part, ")") {
		return strings.TrimSpace(name)
	}
	return part
}

// outerWords returns the first and the last word of s, as strings.Fields
// splits it, without a slice of the words; "" when s has none.
func outerWords(s string) (first, last string) {
	for w := range strings.FieldsSeq(s) {
		if first == "" {
			first = w
		}
		last = w
	}
	return first, last
}

// countFields returns the number of words of s, as strings.Fields splits
// it, counting no further than limit.
func countFields(s string, limit int) int {
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n == limit {
			break
		}
	}
	return n
}
