package extract

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
	"github.com/winnowtext/winnow/internal/charset"
	"github.com/winnowtext/winnow/lang"
	"golang.org/x/net/html"
	"golang.org/x/text/language"
)

// FromBytes extracts the main text and metadata of the HTML page raw. The
// encoding is taken from a byte order mark, Options.ContentType, a <meta>
// declaration or a sniff of the bytes; invalid bytes never stop it.
//
// Input of no bytes or only white space is ErrEmpty; binary data (an image,
// an archive, compressed bytes) is ErrNotHTML; input over
// Limits.MaxInputBytes is ErrTooLarge. A page whose markup holds no text
// (only scripts, say) is not an error: its Result has metadata and no
// blocks.
func FromBytes(raw []byte, opts Options) (*Result, error) {
	return FromBytesContext(context.Background(), raw, opts)
}

// FromBytesContext is FromBytes that stops early, returning ctx.Err(), when
// ctx is cancelled. A nil ctx is ErrNilContext.
func FromBytesContext(ctx context.Context, raw []byte, opts Options) (*Result, error) {
	if ctx == nil {
		return nil, ErrNilContext
	}
	lim := opts.Limits.withDefaults()
	if len(raw) > lim.MaxInputBytes {
		return nil, ErrTooLarge
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, ErrEmpty
	}
	if charset.IsBinary(raw) {
		return nil, ErrNotHTML
	}
	page, _, err := charset.Decode(raw, opts.ContentType)
	if err != nil {
		return nil, err
	}
	page = placeStreamedSegments(page)
	stop := stopFunc(ctx)
	s := segmentHTML(page, opts.URL, lim, stop, opts.KeepMarkup)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := finish(s, opts)
	s.release()
	return srcdocFallBack(ctx, page, res, opts), nil
}

// FromReader reads the page from r (up to Limits.MaxInputBytes) and
// extracts it as FromBytes does. A nil r is ErrEmpty; an error reading r
// is returned wrapped (test it with errors.Is), and nothing is extracted
// from the part read before it.
func FromReader(r io.Reader, opts Options) (*Result, error) {
	return FromReaderContext(context.Background(), r, opts)
}

// FromReaderContext is FromReader that stops early, returning ctx.Err(),
// when ctx is cancelled, while reading as well as while extracting. A Read
// already blocked in r is not interrupted: give r its own deadline. A nil
// ctx is ErrNilContext.
func FromReaderContext(ctx context.Context, r io.Reader, opts Options) (*Result, error) {
	if ctx == nil {
		return nil, ErrNilContext
	}
	if r == nil {
		return nil, ErrEmpty
	}
	lim := opts.Limits.withDefaults()
	// One byte more than the limit tells a page of exactly the limit from a
	// longer one, except at math.MaxInt64, where one more would wrap to a
	// negative count that reads nothing.
	limit := int64(lim.MaxInputBytes)
	if limit < math.MaxInt64 {
		limit++
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(ctxReader{ctx, r}, limit))
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, ctxErr
		}
		return nil, fmt.Errorf("winnow: reading input: %w", err)
	}
	if n > int64(lim.MaxInputBytes) {
		return nil, ErrTooLarge
	}
	return FromBytesContext(ctx, buf.Bytes(), opts)
}

// ctxReader fails reads once its context is cancelled.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// FromNode extracts the main text of a page that was already parsed with
// golang.org/x/net/html. root is usually the document node; the tree is not
// modified.
func FromNode(root *html.Node, opts Options) (*Result, error) {
	if root == nil {
		return nil, ErrEmpty
	}
	s := segmentNode(root, opts.URL, opts.Limits.withDefaults(), nil)
	res := finish(s, opts)
	s.release()
	return res, nil
}

func stopFunc(ctx context.Context) func() bool {
	if ctx.Done() == nil {
		return nil
	}
	return func() bool { return ctx.Err() != nil }
}

// extractArticle finds the main content as one container (locate) and
// classifies the blocks inside it; when the container yields too little,
// it takes the choice back and classifies the whole page. It returns the
// container's mask and the hints the container inherits, nil and 0 when no
// container was chosen or the choice was taken back.
func extractArticle(s *segmenter, classify boilerplate.ClassifyOptions, favor Favor) ([]bool, boilerplate.Hint, int) {
	blocks := s.blocks
	for choice := 1; ; choice++ {
		mask, main := locate(s, classify.HasStopwords, favor)
		if mask == nil {
			boilerplate.Classify(blocks, classify)
			return nil, 0, -1
		}
		// Hints that the main container carries from its ancestors say
		// nothing about the blocks inside it: only hints below it count.
		pageWide := s.hintsAt[main]
		for i := range blocks {
			if mask[i] {
				blocks[i].Features.Hints &^= pageWide
			} else {
				blocks[i].Drop(boilerplate.ReasonOutsideMain)
			}
		}
		boilerplate.Classify(blocks, classify)
		if choice < maxContainerChoices && consentDialog(blocks, mask) {
			// The densest prose was a consent dialog without a class
			// to say so: choose again without it.
			s.unlocate(blocks, mask, pageWide)
			continue
		}
		keepNumberedItems(blocks, mask)
		keepListsWhole(blocks, mask)
		keepListsBetween(blocks, mask)
		keepDefinitionLists(s, mask)
		keepCode(blocks, mask)
		keepLinkedTitles(s, mask)
		if keptWords(blocks) < minMainWords {
			// The container held nothing worth keeping (a figure, a
			// paywall stub): judge the whole page block by block instead.
			s.unlocate(blocks, mask, pageWide)
			boilerplate.Classify(blocks, classify)
			return nil, 0, -1
		}
		return mask, pageWide, main
	}
}

// maxContainerChoices bounds how many times the container is chosen again
// after the choice fell on a consent dialog: a page has one or two.
const maxContainerChoices = 3

// minMainWords is the least text a located container must yield; below
// it the choice of container is taken back.
const minMainWords = 10

// keptWords counts the words of the kept blocks.
func keptWords(blocks []boilerplate.Block) int {
	n := 0
	for i := range blocks {
		if blocks[i].Kept {
			n += blocks[i].Features.Words
		}
	}
	return n
}

// unlocate takes back the choice of main container and the verdicts that
// followed it, keeping those made before it (repeats, the title). With no
// container chosen (a nil mask) only the verdicts go. blocks are s's
// blocks or a copy of them. A masked block gets back the container's
// hints (pageWide) that its own element carries: a sibling the container
// took in (see locate) never had the container's own name, and a footer
// chosen as the container does not make the post beside it a footer.
func (s *segmenter) unlocate(blocks []boilerplate.Block, mask []bool, pageWide boilerplate.Hint) {
	for i := range mask {
		if mask[i] {
			blocks[i].Features.Hints |= pageWide & s.hintsAt[s.blockAt[i]]
		}
	}
	clearVerdicts(blocks)
}

// clearVerdicts takes back the classifier's verdicts, keeping those made
// before it (repeats, the title, consent banners: see resolveHints; the
// frames of embedded posts: see markEmbedFrames).
func clearVerdicts(blocks []boilerplate.Block) {
	for i := range blocks {
		b := &blocks[i]
		switch {
		case b.Reason == boilerplate.ReasonRepeatedInPage, b.Reason == boilerplate.ReasonRepeatedAcrossSite,
			b.Reason == boilerplate.ReasonTitle, b.Features.Hints&(boilerplate.HintConsent|boilerplate.HintEmbedFrame) != 0:
		default:
			b.Reason, b.Kept, b.Score = boilerplate.ReasonNone, false, 0
		}
	}
}

// pageLanguage detects the language of the page from the text of its
// longest blocks; markup's lang attribute decides only when the text gives
// no evidence. The sample of text is gathered in buf, which pageLanguage
// returns, grown, for the caller to reuse: the segmenter's arena, free
// once setTexts has copied the blocks' texts out, serves, and a page
// allocates no sample of its own.
func pageLanguage(blocks []boilerplate.Block, markup string, buf []byte) (language.Tag, []byte) {
	sample := buf[:0]
	for i := range blocks {
		if b := &blocks[i]; b.Features.Words >= 8 && b.Features.LinkDensity() < 0.3 {
			sample = append(sample, b.Text...)
			sample = append(sample, '\n')
			if len(sample) > 4096 {
				break
			}
		}
	}
	// Detect keeps nothing of its text, so the bytes may be reused.
	if r := lang.Detect(unsafe.String(unsafe.SliceData(sample), len(sample))); r.Known() {
		return r.Tag, sample[:0]
	}
	if markup != "" {
		if t, err := language.Parse(markup); err == nil {
			return t, sample[:0]
		}
	}
	return language.Und, sample[:0]
}

// markTitle drops the heading that repeats the page title (the cleaned
// title or the raw <title>): Result.Title carries it. A heading matches
// when, case and spacing aside, it equals a title or one starts with the
// other and the shorter has four words or more ("Headline" and "Headline
// | Site"). A heading that prints the first title as it stands comes
// before the first that matches otherwise, which may stand earlier on
// the page (a breadcrumb's h1 that copies <title>). It returns the
// heading's index, -1 when none matches.
func markTitle(blocks []boilerplate.Block, titles ...string) (at int, heading string) {
	norm := make([]string, 0, len(titles))
	for _, t := range titles {
		if t = normTitle(t); t != "" {
			norm = append(norm, t)
		}
	}
	if len(norm) == 0 {
		return -1, ""
	}
	at = -1
	h := make([]byte, 0, 128) // the heading's normTitle, written over for each heading
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != boilerplate.KindHeading || b.Features.Words > 40 {
			continue
		}
		h = appendNormTitle(h[:0], b.Text)
		if string(h) == norm[0] {
			at = i
			break
		}
		if at >= 0 {
			continue
		}
		for _, t := range norm {
			// One starts with the other, the shorter of four words or more.
			match := string(h) == t
			switch {
			case match:
			case len(h) > len(t):
				match = string(h[:len(t)]) == t && wordCount(t) >= 4
			default:
				match = t[:len(h)] == string(h) && wordCount(string(h)) >= 4
			}
			if match {
				at = i
				break
			}
		}
	}
	if at < 0 {
		return -1, ""
	}
	b := &blocks[at]
	b.Features.Hints |= boilerplate.HintTitle
	b.Drop(boilerplate.ReasonTitle)
	return at, b.Text
}

// wordCount counts words as the classifier does (CJK by characters).
func wordCount(s string) int {
	var f boilerplate.Features
	boilerplate.CountText(s, &f)
	return f.Words
}

// collapseASCIISpace trims s and turns each run of ASCII white space into
// one space, leaving other spaces (U+3000 between Japanese phrases) alone.
func collapseASCIISpace(s string) string {
	if collapsedASCIISpace(s) {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
	}), " ")
}

// collapsedASCIISpace reports whether collapseASCIISpace would give s
// back: no tab or line break, no space at either end or beside another.
func collapsedASCIISpace(s string) bool {
	space := true // so that s may not open with a space
	for i := range len(s) {
		switch s[i] {
		case ' ':
			if space {
				return false
			}
			space = true
		case '\t', '\n', '\r', '\f':
			return false
		default:
			space = false
		}
	}
	return !space || s == ""
}

// normTitle lower-cases a title and collapses its spacing.
func normTitle(s string) string {
	return strings.ToLower(joinFields(s))
}

// appendNormTitle appends normTitle(s) to dst without a string of its
// own: the fields of s (joinFields) lower-cased rune by rune, as
// strings.ToLower does, invalid bytes becoming U+FFFD.
func appendNormTitle(dst []byte, s string) []byte {
	start := len(dst)
	for i := 0; ; {
		i = skipFieldSpace(s, i, true)
		if i == len(s) {
			return dst
		}
		end := skipFieldSpace(s, i, false)
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		for ; i < end; i++ {
			c := s[i]
			if c < utf8.RuneSelf {
				dst = append(dst, ascii.Lower(c))
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:end])
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
			i += size - 1
		}
	}
}

// renderText joins the kept blocks, one paragraph per block.
func renderText(blocks []boilerplate.Block) string { return renderTextParagraphs(blocks, nil) }

// consentDialog reports whether the chosen container is a consent dialog:
// most of its words are a cookie notice. It then marks the dialog's blocks
// (all of the container when it holds a small part of the page, else only
// the notice) as a consent banner, which the next choice of container
// leaves out.
func consentDialog(blocks []boilerplate.Block, mask []bool) bool {
	all, notice := 0, 0
	for i := range blocks {
		if mask[i] {
			all += blocks[i].Features.Words
			if blocks[i].Reason == boilerplate.ReasonCookieNotice {
				notice += blocks[i].Features.Words
			}
		}
	}
	if 2*notice < all || notice == 0 {
		return false
	}
	// A container that holds a small part of the page is the dialog; a
	// larger one holds more than the dialog, and only the notice goes.
	page := 0
	for i := range blocks {
		page += blocks[i].Features.Words
	}
	whole := 3*all <= page
	for i := range blocks {
		if mask[i] && (whole || blocks[i].Reason == boilerplate.ReasonCookieNotice) {
			blocks[i].Features.Hints |= boilerplate.HintConsent
			blocks[i].Drop(boilerplate.ReasonCookieNotice)
		}
	}
	return true
}
