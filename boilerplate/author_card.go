package boilerplate

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cardMaxCards bounds how many author cards DropAuthorCard takes off the
// end of an article: an author and a reviewer, or two co-authors.
const cardMaxCards = 3

// cardHeadWords bounds a card's heading: a name, "Written by Jane Doe",
// "About the author".
const cardHeadWords = 6

// cardMaxWords bounds a card's note. A heading that names the author
// marks the card, so the note may run longer than an unheaded one
// (bioMaxWords): a few sentences on the writer's career.
const cardMaxWords = 150

// cardLabelWords bounds the label some cards open with, above the name
// heading ("Author", "About the author").
const cardLabelWords = 3

// DropAuthorCard drops the author's card that closes many articles: a
// short heading, then one note of at most cardMaxWords words, and nothing
// kept after them. The pair is a card when the heading names one of the
// byline's people ("Jane Doe", "Written by Jane Doe"), when the heading
// reads as a person's name and the note goes on from it with a copula
// ("Dr. Jane Doe" / "is a partner of ..."), or when the note opens with a
// name that holds the byline's last name, then a copula ("Jane Doe, CFP,
// is a contributing analyst ...", under "About the author"). Up to
// cardMaxCards cards are taken off the end, and a short label above the
// last heading with them. A pair with nothing kept before it is the page
// itself and stays.
//
// DropAuthorBio looks at the last notes on their own; a card's heading is
// what tells this note from the article's last section, so the note may be
// longer and need not name anyone.
func DropAuthorCard(blocks []Block, author, siteName, pageURL string) {
	host, _ := hostOf(pageURL)
	var buf [4]string
	names := personNames(buf[:0], author, siteName+" "+host)
	end := len(blocks)
	for range cardMaxCards {
		p := lastKept(blocks, end)
		h := lastKept(blocks, p)
		if h < 0 || lastKept(blocks, h) < 0 {
			return
		}
		head, note := &blocks[h], &blocks[p]
		if head.Kind != KindHeading || note.Kind != KindParagraph && note.Kind != KindQuote ||
			head.Features.Words > cardHeadWords || note.Features.Words > cardMaxWords ||
			!authorCard(head.Text, note.Text, names) {
			return
		}
		head.Drop(ReasonAuthorBio)
		note.Drop(ReasonAuthorBio)
		end = h
		if l := lastKept(blocks, h); l >= 0 && cardLabel(&blocks[l]) && lastKept(blocks, l) >= 0 {
			blocks[l].Drop(ReasonAuthorBio)
			end = l
		}
	}
}

// lastKept returns the index of the last kept block before end, or -1.
func lastKept(blocks []Block, end int) int {
	for i := end - 1; i >= 0; i-- {
		if blocks[i].Kept {
			return i
		}
	}
	return -1
}

// cardLabel reports whether b reads as the label above a card's name: a
// word or three with no sentence in them ("Author", "About the author").
func cardLabel(b *Block) bool {
	if b.Kind != KindHeading && b.Kind != KindParagraph && b.Kind != KindQuote {
		return false
	}
	t := strings.TrimSpace(b.Text)
	return b.Features.Words <= cardLabelWords && t != "" && !strings.ContainsAny(t, ".!?0123456789")
}

// authorCard reports whether a heading and the note under it are an
// author's card: see DropAuthorCard.
func authorCard(head, note string, names []string) bool {
	if len(names) > 0 {
		var headBuf, nameBuf [128]byte
		squashed := appendSquashed(headBuf[:0], head)
		for _, name := range names {
			if n := appendSquashed(nameBuf[:0], name); len(n) >= 5 && bytes.Contains(squashed, n) {
				return true
			}
		}
		if namedNote(note, names) {
			return true
		}
	}
	verb, _, _ := strings.Cut(strings.TrimLeft(note, " "), " ")
	return personName(head) && slices.Contains(copulas[:], verb)
}

// namedNote reports whether note opens with a run of capitalised words
// (commas and a degree allowed: "Jane Doe, CFP,") that holds the last word
// of one of names, then a copula.
func namedNote(note string, names []string) bool {
	rest := note
	found := false
	for n := 0; n < 6; n++ {
		rest = strings.TrimLeft(rest, " ")
		w, after, _ := strings.Cut(rest, " ")
		if w == "" {
			return false
		}
		if slices.Contains(copulas[:], w) {
			return found && n >= 2
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		bare := strings.TrimRight(w, ",")
		for _, name := range names {
			if _, last := outerWords(name); len(last) >= 3 && bare == last {
				found = true
			}
		}
		rest = after
	}
	return false
}
