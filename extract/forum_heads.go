package extract

import (
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// postHeadWords is the length, in words, up to which a line before a
// post's body may be its author's name.
const postHeadWords = 2

// keepPostHeads keeps, on a forum, the name of each post's author and the
// date of the post: a linked line of a word or two, before the post's
// body, in an element that carries the post's mark of authorship (see
// signs), and the first bare date line before the body (see
// postDateLine). A reader of a thread follows who answers whom and when,
// and the frame rules of a forum drop both because the page prints them
// more than once (the same member posts again, quotes name them, posts
// share a day) or as a link. The rest of the post's head stays dropped:
// the member's rank and card, the buttons, the signature. The name and
// the date are what tells one answer from the next when the thread is
// read as text; the rank, the card and the buttons say nothing of the
// discussion. An unlinked word in the author's element is a badge
// ("Author", "Moderator"), not a name. The member's card lines that the
// frame rules left because only one post prints them (a rank, a town, see
// cardLine; a title under the name, see cardTitle) go once the post's body
// follows them: a post with no body line (a "Thank you!") keeps its one
// line.
// item is postItems' answer for the page.
func keepPostHeads(s *segmenter, item []int32) {
	head := make(map[int32]postHead) // what each post's head has shown
	card := make(map[int32][]int32)  // lines of each post's author's card
	nameBox := make(map[int32]int32) // the element around each post's name
	for i := range s.blocks {
		b := &s.blocks[i]
		at := s.blockAt[i]
		if at < 0 || int(at) >= len(item) || item[at] < 0 {
			continue
		}
		p := item[at]
		h := head[p]
		if h&headBody != 0 {
			continue
		}
		f := &b.Features
		if f.Sentences >= 1 && f.Words >= postBodyWords && f.LinkDensity() < 0.5 && b.Kind != boilerplate.KindHeading &&
			b.Reason != boilerplate.ReasonDateline && // "30. März 2025, 16:26" ends no sentence
			b.Tag != "dd" { // "Joined: 5. Nov 2014, 16:05", a value of the member's card
			head[p] = h | headBody
			for _, j := range card[p] {
				s.blocks[j].Drop(boilerplate.ReasonAuthorBio)
			}
			continue
		}
		if h&headDate == 0 && postDateLine(b) {
			head[p] = h | headDate
			b.Keep()
			continue
		}
		if h&headName != 0 || !authorElement(s, at) || !nameLine(b) {
			if b.Kept && (cardLine(b) || h&headName != 0 && nameBoxTitle(s, b, at, nameBox[p], p)) {
				card[p] = append(card[p], int32(i))
			}
			continue
		}
		// The first linked line of the author's element is the name;
		// the ones after it are the member's card ("563 posts").
		head[p] = h | headName
		nameBox[p] = s.nodes[at].parent
		if !b.Kept && postAuthorLine(b) {
			b.Keep()
		}
	}
}

// postHead records what a post's head has shown so far.
type postHead uint8

const (
	headBody postHead = 1 << iota // the post's body has begun
	headName                      // the author's name is found
	headDate                      // the post's date line is found
)

// postAuthorLine reports whether b, a line before a post's body in its
// author's element, names the author: a linked word or two, shown,
// dropped only as a line printed alike, as a link or as part of a header:
// the head of the post, which its engine names a header
// ("comment-header", "message-header"), not the page's.
func postAuthorLine(b *boilerplate.Block) bool {
	switch b.Reason {
	case boilerplate.ReasonRepeatedInPage, boilerplate.ReasonLinkList:
		return true
	}
	const layout = boilerplate.HintNav | boilerplate.HintHeader | boilerplate.HintFooter | boilerplate.HintAside
	return b.Reason == boilerplate.ReasonNavigation && b.Features.Hints&layout == boilerplate.HintHeader
}

// nameLine reports whether b may name a post's author: a linked word or
// two, shown, longer than the one letter an avatar without a picture
// prints for the member ("D" for "dtown40").
func nameLine(b *boilerplate.Block) bool {
	f := &b.Features
	return f.Words <= postHeadWords && f.LinkWords > 0 && hasLetter(b.Text) && !f.Hints.Has(boilerplate.HintHidden) &&
		utf8.RuneCountInString(b.Text) > 1
}

// authorElement reports whether node at is, or is in, the element that
// marks a post's authorship (see signs): the segmenter marks the element
// that carries the mark, or the block-level element an inline mark stands
// in.
func authorElement(s *segmenter, at int32) bool {
	if s.nodes[at].signed {
		return true
	}
	p := s.nodes[at].parent
	return p >= 0 && s.nodes[p].signed
}

// nameBoxTitle reports whether b, a kept line at node at of post p after
// its author's name, before its body, is the title the member's card
// prints under the name (see cardTitle): a heading beside the name in
// box, the element around the name; or one level deeper, a title wrapped
// in an element of the heading's own, or an item of a list that some
// engines print the card as ("Senior Baker", "Posts: 70"). Deeper only
// when box is an element of its own inside the post, not the post itself,
// whose lists open a body ("Hello everyone,").
func nameBoxTitle(s *segmenter, b *boilerplate.Block, at, box, p int32) bool {
	parent := s.nodes[at].parent
	if parent == box {
		return cardTitle(b)
	}
	if box == p || parent < 0 || s.nodes[parent].parent != box {
		return false
	}
	f := &b.Features
	return (b.Kind == boilerplate.KindHeading || b.Tag == "li") && f.Words <= cardTitleWords && f.LinkWords == 0 &&
		f.Sentences == 0
}

// cardLineWords is the longest line, in words, of a member's card.
const cardLineWords = 4

// cardTitleWords is the longest title, in words, a member's card prints
// under their name.
const cardTitleWords = 8

// cardTitle reports whether b, a line beside a post's author's name in
// the element that holds it, before the post's body, is the title the
// member's card prints under the name: an unlinked heading of a few
// words, a rank or a motto the member chose ("Veteran Member", "Losing is
// fun"), which engines print as an <h5> and which only one post may show.
func cardTitle(b *boilerplate.Block) bool {
	f := &b.Features
	return b.Kind == boilerplate.KindHeading && f.Words <= cardTitleWords && f.LinkWords == 0
}

// cardLine reports whether b, a line before a post's body, is part of
// its author's card: a short unlinked line without a sentence
// ("Registered User", "Location: Cape Town", "Posts: 701"), in an element
// of its own, not a paragraph or a list item, which open a post's body
// ("Hello everyone,").
func cardLine(b *boilerplate.Block) bool {
	f := &b.Features
	return f.Words <= cardLineWords && f.Sentences == 0 && f.LinkWords < f.Words &&
		b.Tag != "p" && b.Tag != "li" && // a post's opening line, its first point
		b.Kind != boilerplate.KindHeading && b.Kind != boilerplate.KindCode
}

// postDateLine reports whether b, a line in a post's head before its
// body, is the post's date: a bare date line ("Jan 2, 2024",
// "03.03.2024, 10:15"), shown, not the value of a labelled pair (a <dd>:
// the member's card prints "Joined" and the day they joined). The date
// holds its year: an age ("posted 6 years ago", "Today at 3:26 AM") or a
// day without its year ("Posted August 26") held only on the day the
// page was saved. A reader who opens the saved thread later cannot tell
// from it when the post was written, and may be misled, so it is left
// out; a date with its year tells them for good.
func postDateLine(b *boilerplate.Block) bool {
	return !b.Kept && b.Tag != "dd" && !b.Features.Hints.Has(boilerplate.HintHidden) && dateline(b, true) &&
		recognize.HasYearDigits(b.Text)
}
