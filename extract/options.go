package extract

import "github.com/winnowtext/winnow/boilerplate"

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
}

// Limits bound the resources one extraction may use. A zero field means the
// default.
type Limits struct {
	MaxInputBytes int // input beyond this is an error (ErrTooLarge); default 64 MiB
	MaxDepth      int // elements nested deeper are flattened into their ancestor; default 512
	MaxBlocks     int // blocks beyond this are ignored; default 100,000
	MaxBlockChars int // text of one block beyond this is cut; default 1 MiB
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
	if l.MaxBlockChars <= 0 {
		l.MaxBlockChars = DefaultMaxBlockChars
	}
	return l
}
