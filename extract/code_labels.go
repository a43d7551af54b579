package extract

import (
	"strings"
	"unicode"

	"github.com/winnowtext/winnow/boilerplate"
)

// codeLabelBytes bounds the label of a code frame: a language name
// ("html", "CSS") or a file name ("vite.config.ts").
const codeLabelBytes = 40

// dropCodeLabels drops, on every reading, the label a documentation
// generator prints at the top of the frame it wraps a code listing in:
// the language of the listing or the name of its file, one word set in
// an element of its own, then the listing (MDN's example header,
// Docusaurus's and MkDocs's code titles, a bar with a copy button). The frame is the nearest element that holds the label and the
// listing (see codeFrame); it holds nothing before the label and nothing
// after the listing but a copy button's short line. The listing is the content;
// the label is the frame's chrome, which a reader of the text does not
// see as a line of the page. A line of prose before code ("Output:", "Run
// this:") is no frame's label: it is a paragraph of the body, has a space
// or a colon, or shares its parent with more than the listing.
func dropCodeLabels(s *segmenter) {
	blocks := s.blocks
	if len(s.blockAt) < len(blocks) {
		return
	}
	for i := 0; i+1 < len(blocks); i++ {
		b, code := &blocks[i], &blocks[i+1]
		if !b.Kept || code.Kind != boilerplate.KindCode || b.Kind != boilerplate.KindParagraph ||
			b.Tag == "p" || !codeLabel(b) {
			continue
		}
		frame, ok := codeFrame(s, i)
		if !ok {
			continue
		}
		if i > 0 && inFrame(s, frame, i-1) {
			continue
		}
		if i+2 < len(blocks) && inFrame(s, frame, i+2) && !copyLine(&blocks[i+2]) {
			continue
		}
		b.Drop(boilerplate.ReasonInterface)
	}
}

// codeLabel reports whether b reads as a code frame's label: one word of
// at most codeLabelBytes bytes, unlinked, with a letter, no colon and no
// sentence end, written as a machine reads it (see machineWord).
func codeLabel(b *boilerplate.Block) bool {
	t := strings.TrimSpace(b.Text)
	if t == "" || len(t) > codeLabelBytes || b.Features.LinkWords > 0 || !hasLetter(t) ||
		strings.ContainsAny(t, " \t\n\u00a0:") {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?':
		return false
	}
	return machineWord(t)
}

// machineWord reports whether a label is written as a machine reads it:
// a file name or path (a dot, an underscore or a slash inside), or a
// language's name in one case ("js", "yaml", "CSS"). A capitalised word
// ("Response", "Example") names what the listing is to its reader, and
// stays with it.
func machineWord(t string) bool {
	if strings.ContainsAny(t, "._/") {
		return true
	}
	lower, upper := false, false
	for _, r := range t {
		lower = lower || unicode.IsLower(r)
		upper = upper || unicode.IsUpper(r)
	}
	return lower != upper
}

// codeFrameSteps bounds how far above a code frame's label the element
// that holds its listing may be: the label sits in a bar beside a copy
// button, the bar and the listing's box in the frame.
const codeFrameSteps = 3

// codeFrame returns the frame of the label at block i and the code block
// after it: the nearest element that holds both, the label's own or one
// at most codeFrameSteps above it.
func codeFrame(s *segmenter, i int) (int, bool) {
	l, c := int(s.blockAt[i]), int(s.blockAt[i+1])
	if l < 0 || c < 0 {
		return 0, false
	}
	for step := 0; l >= 0 && step <= codeFrameSteps; step++ {
		if ancestorOf(s, l, c) {
			return l, true
		}
		l = int(s.nodes[l].parent)
	}
	return 0, false
}

// inFrame reports whether block j lies inside the element frame.
func inFrame(s *segmenter, frame, j int) bool {
	n := int(s.blockAt[j])
	return n >= 0 && ancestorOf(s, frame, n)
}

// copyLine reports whether b is the short unlinked line of a copy button
// a frame prints after its code ("Copy", "Copy code"), with no digit or
// sentence end.
func copyLine(b *boilerplate.Block) bool {
	f := &b.Features
	return b.Kind == boilerplate.KindParagraph && f.Words > 0 && f.Words <= codeButtonWords &&
		f.LinkWords == 0 && f.Digits == 0 && !strings.ContainsAny(b.Text, ":.?")
}
