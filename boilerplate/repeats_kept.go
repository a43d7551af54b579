package boilerplate

import (
	"strings"

	"github.com/winnowtext/winnow/internal/swar"
	"github.com/winnowtext/winnow/internal/wyhash"
)

// DropRepeatedParagraphs drops every kept full paragraph (twelve words or
// more, a sentence or more) whose text a kept block before it already
// holds, wherever it stands on the page, as ReasonRepeatedInPage. It runs
// after classification: MarkRepeats keeps a copy that stands apart from
// its original, because short lines repeat for a reason (the same
// question to each guest, "Read more" under each teaser), but a full
// paragraph printed twice with a caption or a teaser between the copies
// (text that flattens a page often shows them so) is one paragraph. Run
// after the classifier, it keeps the first copy that is content: when the
// first one is dropped (a standfirst among the chrome above the article),
// the article's own copy stays. (Measured on the evaluation corpora,
// text mode: dropping such copies before classification lost 0.001 F1 on
// the check halves, on pages whose first copy the classifier dropped.)
// Copies are matched whole, as MarkRepeats matches text exactly: same
// bytes; quotations (KindQuote), which a reply repeats on purpose, are
// not judged.
func DropRepeatedParagraphs(blocks []Block) {
	n := 0
	for i := range blocks {
		if repeatableParagraph(&blocks[i]) {
			n++
		}
	}
	if n < 2 {
		return
	}
	ps := getScratch()
	defer putScratch(ps)
	ps.resetTable(n)
	if cap(ps.counts) < len(blocks) {
		ps.counts = make([]int32, len(blocks))
	}
	counts := ps.counts[:len(blocks)]
	clear(counts)
	// First the copies of each first copy are counted, then the second
	// copy of a paragraph printed twice is dropped.
	for i := range blocks {
		b := &blocks[i]
		if !repeatableParagraph(b) {
			continue
		}
		counts[i] = 1 // a first copy: how many times it is printed
		if o := ps.probe(textHash(b.Text), int32(i)); o >= 0 && blocks[o].Text == b.Text {
			counts[o]++
			counts[i] = -1 - o // a later copy: -1 - its first copy
		}
	}
	for i := range blocks {
		if c := counts[i]; c < 0 && counts[-1-c] == 2 {
			blocks[i].Drop(ReasonRepeatedInPage)
		}
	}
}

// repeatableParagraph reports whether b is a kept full paragraph that
// DropRepeatedParagraphs judges.
func repeatableParagraph(b *Block) bool {
	return b.Kept && b.Kind != KindQuote && b.Kind != KindCode && b.Features.Words >= inPageNearMinWords &&
		fullSentence(b.Text)
}

// fullSentence reports whether text holds a sentence end: at its end, or
// before a space inside it.
func fullSentence(text string) bool {
	return endsSentence(text) || strings.Contains(text, ". ") || strings.Contains(text, "? ") ||
		strings.Contains(text, "! ")
}

// textHash hashes the bytes of s, eight at a time.
func textHash(s string) uint64 {
	h := uint64(wyhash.K0) ^ uint64(len(s))
	for len(s) >= 8 {
		h = wyhash.Mix(h^swar.Load(s), wyhash.K1)
		s = s[8:]
	}
	var tail uint64
	for i := 0; i < len(s); i++ {
		tail |= uint64(s[i]) << (8 * i)
	}
	return wyhash.Mix(h^tail, wyhash.K2)
}
