package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// ageHeadMaxWords is the longest, in words, a comment's head that holds a
// relative age runs on a forum: the name, the vote counts, the age, the
// count of replies ("[–] name 12 points 13 points 14 points 3 hours ago
// (2 children)").
const ageHeadMaxWords = 2 * templateLineWords

// midAgeHead reports whether b is a post's head with a relative age
// inside it: a short line with a link (the author's name), no sentence,
// that holds a number, a unit and "ago" ("17 hours ago"), whatever
// follows (a reply count, "stickied comment"). ageHeadLine asks the age
// to end the line.
func midAgeHead(b *boilerplate.Block) bool {
	f := &b.Features
	if f.LinkWords == 0 || f.Words > ageHeadMaxWords || f.Sentences > 0 || b.Kind == boilerplate.KindCode || b.Kind == boilerplate.KindHeading {
		return false
	}
	if ageHeadLine(b) {
		return true
	}
	age, ok := midAge(b.Text)
	return ok && recognize.Text(age) == recognize.Dateline
}

// midAge returns the relative age inside text: the words from the last
// number before the first "ago" to it ("17 hours ago"); ok false when
// there is none or the number is not a word of its own.
func midAge(text string) (string, bool) {
	end := strings.Index(text, " ago")
	if end <= 0 {
		return "", false
	}
	if k := end + len(" ago"); k < len(text) && isLetterByte(text[k]) {
		return "", false // "agony"
	}
	start := -1
	for i := end - 1; i > 0; i-- {
		if isDigit(text[i]) && !isDigit(text[i-1]) {
			if text[i-1] == ' ' {
				start = i
			}
			break
		}
	}
	if start < 0 {
		return "", false
	}
	return text[start : end+len(" ago")], true
}

// isLetterByte reports whether c is an ASCII letter.
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// dropForumAgeHeads drops, on a forum, the heads with a relative age
// (see midAgeHead) that half the posts of a run or more print: a comment
// tree's "name 12 points 3 hours ago (2 children)" heads, whose age was
// the page's when it was saved and whose vote counts a script keeps
// three of. item is postItems' answer for the page. A run where fewer
// posts print one keeps them.
func dropForumAgeHeads(s *segmenter, item []int32) {
	var heads []int
	for i := range s.blocks {
		if b := &s.blocks[i]; b.Kept && midAgeHead(b) {
			heads = append(heads, i)
		}
	}
	if len(heads) == 0 {
		return // most forums: no such head kept
	}
	posts := make(map[int32]int) // posts of each run
	for i := range item {
		if item[i] == int32(i) {
			posts[s.nodes[i].parent]++
		}
	}
	printing := make(map[int32]int) // posts of each run that print a head
	last := make(map[int32]int32)   // the last post counted in each run
	for _, i := range heads {
		at := s.blockAt[i]
		if at < 0 || int(at) >= len(item) || item[at] < 0 {
			continue
		}
		p := item[at]
		run := s.nodes[p].parent
		if n, ok := last[run]; !ok || n != p {
			printing[run]++
			last[run] = p
		}
	}
	for _, i := range heads {
		at := s.blockAt[i]
		if at < 0 || int(at) >= len(item) || item[at] < 0 {
			continue
		}
		run := s.nodes[item[at]].parent
		if c := printing[run]; c >= 2 && 2*c >= posts[run] {
			s.blocks[i].Drop(boilerplate.ReasonRepeatedInPage)
		}
	}
}
