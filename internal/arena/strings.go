// Package arena copies byte slices into strings that share a few large
// allocations instead of taking one each.
package arena

import "unsafe"

// Strings copies byte slices into strings held in chunks. Bytes once
// written to a chunk are never changed (a full chunk is left for a new
// one, never reused), so the strings can point into it. A kept string
// holds its whole chunk, a few kilobytes, alive. The zero value is ready
// to use; a Strings is not safe for concurrent use.
type Strings struct {
	chunk []byte
}

// ChunkSize is the size of the largest chunks; a value of more than a
// quarter of it gets an allocation of its own, so that a chunk is not left
// mostly unused. The first chunk is firstChunk bytes, and each next one
// twice the last: a page with few values takes few bytes.
const (
	ChunkSize  = 2048
	firstChunk = 512
)

// String returns b as a string.
func (a *Strings) String(b []byte) string {
	switch {
	case len(b) == 0:
		return ""
	case len(b) > ChunkSize/4:
		return string(b)
	case cap(a.chunk)-len(a.chunk) < len(b):
		size := min(max(2*cap(a.chunk), firstChunk), ChunkSize)
		for size < len(b) {
			size *= 2
		}
		a.chunk = make([]byte, 0, size)
	}
	start := len(a.chunk)
	a.chunk = append(a.chunk, b...)
	return unsafe.String(&a.chunk[start], len(b))
}
