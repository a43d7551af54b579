package extract

import "github.com/winnowtext/winnow/boilerplate"

// signatureRunsMin is the least number of signatures that make a page a
// thread whose members sign their posts.
const signatureRunsMin = 3

// dropSignatures drops, on an article reading, the signatures of a
// thread's posts that no signed post shape told apart (see
// dropPostFrames): the text in elements named signature ("signature",
// "sig_text", "message-signature"), when the page prints signatureRunsMin
// of them or more apart, one under each post. One such element is an
// article's sign-off, which stays. A run counts only after a post's
// head (see postHeadLine) since the run before it: every post names
// its author above its signature in a line of its own, while an
// article's boxes
// named for a "signature dish" or a "signature collection" stand
// between its paragraphs and headings.
func dropSignatures(blocks []boilerplate.Block) {
	runs := 0
	in, head := false, false
	for i := range blocks {
		b := &blocks[i]
		sig := b.Features.Hints.Has(boilerplate.HintSignature)
		if sig && !in && head {
			runs++
			head = false
		}
		if !sig && postHeadLine(b) {
			head = true
		}
		in = sig
	}
	if runs < signatureRunsMin {
		return
	}
	for i := range blocks {
		if b := &blocks[i]; b.Kept && b.Features.Hints.Has(boilerplate.HintSignature) {
			b.Drop(boilerplate.ReasonAuthorBio)
		}
	}
}

// postHeadLine reports whether b may be the head of a post: a short line
// without a sentence (the author's name, the date, the post's number),
// not a heading.
func postHeadLine(b *boilerplate.Block) bool {
	f := &b.Features
	return f.Words > 0 && f.Sentences == 0 && f.Words <= ageHeadMaxWords &&
		b.Kind != boilerplate.KindCode && b.Kind != boilerplate.KindHeading
}
