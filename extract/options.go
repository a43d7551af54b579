package extract

import (
	"math"

	"github.com/winnowtext/winnow/boilerplate"
)

// Favor moves the classifier along the precision/recall trade-off.
type Favor = boilerplate.Favor

// Favor values.
const (
	Balanced  = boilerplate.Balanced  // the default: best F1
	Precision = boilerplate.Precision // drop more: less boilerplate, may lose some text
	Recall    = boilerplate.Recall    // keep more: less text lost, more boilerplate
)

// Options configure one extraction. The zero value is ready to use.
type Options struct {
	// URL of the page: resolves relative links in metadata and keys the
	// site memory of Detector by host.
	URL string
	// Detector, when not nil, drops blocks that repeat across pages of the
	// same site and learns from this page. One Detector is shared by all
	// goroutines.
	Detector *boilerplate.Detector
	// ContentType is the HTTP Content-Type header, when known; its charset
	// parameter takes precedence over <meta charset>.
	ContentType string
	// Favor chooses precision, recall or the balanced default.
	Favor Favor
	// Limits bound the work done on one page; zero fields take defaults.
	Limits Limits
	// KeepMarkup makes FromBytes and FromReader note where each block lies
	// in the page, so that Result.HTML renders the links, emphasis and
	// images of the kept blocks, not only their text. It costs a second
	// read of the kept part of the page; the blocks and the text are the
	// same with it or without.
	KeepMarkup bool

	// reading, when set, reads the page as this type whatever the page
	// model judges (tests only: TestPageTypeCosts measures what each
	// reading of a tune page scores).
	reading PageType
	// inFrame says the page is an <iframe srcdoc> document that
	// srcdocFallBack reads: its own frames are not read.
	inFrame bool
}

// Limits bound the resources one extraction may use, so that whatever a
// crawler fetches costs time and memory linear in its size and no more
// than the limits allow. A zero field means the default.
//
// Every entry point honours MaxBlocks and MaxBlockChars; those that take
// bytes or text (FromBytes, FromReader, FromText) also MaxInputBytes, and
// those that take markup also MaxDepth. Only MaxInputBytes makes an error:
// the others cut the work short and return what was extracted within them. Time is bounded by the
// input size (linear) and, with the context entry points, by a deadline.
type Limits struct {
	// MaxInputBytes: longer input is an error (ErrTooLarge), returned before
	// any work; FromReader reads at most one byte more. Default 64 MiB.
	MaxInputBytes int
	// MaxDepth: elements nested deeper are flattened into their ancestor at
	// this depth (their text is kept). Default 512.
	MaxDepth int
	// MaxBlocks: blocks beyond this many are ignored, and so is the rest of
	// the page's text; block-level elements beyond 8 times this many are
	// flattened into their parent. Default 100,000.
	MaxBlocks int
	// MaxBlockChars: the text of one block is cut to this many bytes, at a
	// rune boundary. Default 1 MiB.
	MaxBlockChars int
}

// Default limits.
const (
	DefaultMaxInputBytes = 64 << 20
	DefaultMaxDepth      = 512
	DefaultMaxBlocks     = 100_000
	DefaultMaxBlockChars = 1 << 20
)

func (l Limits) withDefaults() Limits {
	if l.MaxInputBytes <= 0 {
		l.MaxInputBytes = DefaultMaxInputBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxBlocks <= 0 {
		l.MaxBlocks = DefaultMaxBlocks
	}
	// The segmenter bounds elements to maxNodesPerBlock times MaxBlocks:
	// a larger MaxBlocks would wrap the product negative and flatten
	// every element. No page comes near the bound.
	l.MaxBlocks = min(l.MaxBlocks, math.MaxInt/maxNodesPerBlock)
	if l.MaxBlockChars <= 0 {
		l.MaxBlockChars = DefaultMaxBlockChars
	}
	return l
}
