package htmlscan

import "github.com/winnowtext/winnow/internal/ascii"

// linearKeys is the number of attributes up to which duplicate keys are
// found by comparing with each earlier key; beyond it a hash table keeps
// hostile tags with thousands of attributes linear.
const linearKeys = 8

// keySet detects duplicate attribute keys of one tag. It is an open
// addressing table of indexes into Scanner.attrs, built only for tags with
// more than linearKeys attributes and reused between tags.
type keySet struct {
	slots []int32 // 1 + index into Scanner.attrs; 0 is an empty slot
}

// add reports whether key (a span of src) differs from the keys of attrs,
// the attributes of the tag so far, case-insensitively, and if so records
// it as the key of the attribute about to be appended at index len(attrs).
func (k *keySet) add(src []byte, attrs []attr, key span) bool {
	n := len(attrs)
	if n < linearKeys {
		// Keys of another length, nearly all, are told apart without
		// being sliced.
		size := key.end - key.start
		for i := range attrs {
			a := &attrs[i]
			if a.key.end-a.key.start == size && equalFold(src[a.key.start:a.key.end], src[key.start:key.end]) {
				return false
			}
		}
		return true
	}
	kb := src[key.start:key.end]
	if n == linearKeys || 2*(n+1) > len(k.slots) {
		// The table starts afresh with each tag that needs one.
		k.rebuild(src, attrs)
	}
	mask := len(k.slots) - 1
	for h := int(hashFold(kb)) & mask; ; h = (h + 1) & mask {
		idx := k.slots[h]
		if idx == 0 {
			k.slots[h] = int32(n + 1)
			return true
		}
		a := attrs[idx-1]
		if equalFold(src[a.key.start:a.key.end], kb) {
			return false
		}
	}
}

// rebuild sizes the table for twice the attributes attrs and inserts
// them; they are distinct already.
func (k *keySet) rebuild(src []byte, attrs []attr) {
	size := 32
	for size < 4*(len(attrs)+1) {
		size *= 2
	}
	if cap(k.slots) >= size {
		k.slots = k.slots[:size]
		clear(k.slots)
	} else {
		k.slots = make([]int32, size)
	}
	mask := size - 1
	for i, a := range attrs {
		h := int(hashFold(src[a.key.start:a.key.end])) & mask
		for k.slots[h] != 0 {
			h = (h + 1) & mask
		}
		k.slots[h] = int32(i + 1)
	}
}

// hashFold is FNV-1a over the ASCII lower-cased bytes of b.
func hashFold(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(ascii.Lower(c))
		h *= 16777619
	}
	return h
}
