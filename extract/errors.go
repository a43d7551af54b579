package extract

import "errors"

// Errors returned by the entry points. Wrapped errors carry details; test
// with errors.Is.
var (
	// ErrTooLarge: the input is longer than Limits.MaxInputBytes.
	ErrTooLarge = errors.New("winnow: input exceeds Limits.MaxInputBytes")
	// ErrNotHTML: the input is binary data (an image, an archive, a
	// compressed stream, a document format), not markup or text.
	ErrNotHTML = errors.New("winnow: input is not HTML or text (binary data)")
	// ErrEmpty: the input has no bytes but white space (or, for FromText,
	// no non-blank line; for FromNode and FromDocument, it is nil or holds
	// no node; for FromReader, the reader is nil).
	ErrEmpty = errors.New("winnow: input is empty")
	// ErrNilContext: a context entry point was given a nil context. It is
	// returned rather than a panic so that a crawler's worker survives the
	// mistake; pass context.Background() when there is no deadline.
	ErrNilContext = errors.New("winnow: nil context")
)
