package extract

import "errors"

// Errors returned by the entry points. Wrapped errors carry details; test
// with errors.Is.
var (
	ErrTooLarge = errors.New("winnow: input exceeds Limits.MaxInputBytes")
	ErrNotHTML  = errors.New("winnow: input is not HTML or text (binary data)")
	ErrEmpty    = errors.New("winnow: input is empty")
)
