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
// article's sign-off, which stays.
func dropSignatures(blocks []boilerplate.Block) {
	runs := 0
	in := false
	for i := range blocks {
		sig := blocks[i].Features.Hints.Has(boilerplate.HintSignature)
		if sig && !in {
			runs++
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
