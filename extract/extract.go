package extract

import (
	"bytes"
	"fmt"
	"io"
)

// FromBytes extracts the main text and metadata of the HTML page raw.
func FromBytes(raw []byte, opts Options) (*Result, error) {
	return &Result{}, nil
}

// FromReader reads the page from r (up to Limits.MaxInputBytes) and
// extracts it as FromBytes does.
func FromReader(r io.Reader, opts Options) (*Result, error) {
	lim := opts.Limits.withDefaults()
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, int64(lim.MaxInputBytes)+1))
	if err != nil {
		return nil, fmt.Errorf("winnow: reading input: %w", err)
	}
	if n > int64(lim.MaxInputBytes) {
		return nil, ErrTooLarge
	}
	return FromBytes(buf.Bytes(), opts)
}
