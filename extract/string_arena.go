package extract

import "unsafe"

// stringArena copies byte slices into strings that share a few large
// allocations instead of one each: the attribute values a page hands the
// metadata collector, a dozen or more small strings on most pages.
//
// Bytes once written to a chunk are never changed (a full chunk is left
// for a new one, never reused), so the strings can point into it. A kept
// string holds its whole chunk, a few kilobytes, alive. The zero value is
// ready to use; a new page starts with a new arena.
type stringArena struct {
	chunk []byte
}

// arenaChunk is the size of the arena's chunks; a value of more than a
// quarter of it gets an allocation of its own, so that a chunk is not
// left mostly unused.
const arenaChunk = 2048

// String returns b as a string.
func (a *stringArena) String(b []byte) string {
	switch {
	case len(b) == 0:
		return ""
	case len(b) > arenaChunk/4:
		return string(b)
	case cap(a.chunk)-len(a.chunk) < len(b):
		a.chunk = make([]byte, 0, arenaChunk)
	}
	start := len(a.chunk)
	a.chunk = append(a.chunk, b...)
	return unsafe.String(&a.chunk[start], len(b))
}
