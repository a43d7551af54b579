package extract

import (
	"fmt"
	"testing"
)

// nameHash reads every byte of a value of every length: values that
// differ in one byte, or only in length ("nav" and "nav\x00"), hash apart,
// and names that differ in a number spread over the cache's sets.
func TestNameHashReadsEveryByte(t *testing.T) {
	seen := map[uint64]string{}
	note := func(name []byte) {
		t.Helper()
		h := nameHash(name)
		if other, ok := seen[h]; ok && other != string(name) {
			t.Fatalf("nameHash(%q) = nameHash(%q)", name, other)
		}
		seen[h] = string(name)
	}
	base := []byte("post-4711 entry-content sidebar_widget x")
	for n := range len(base) + 1 {
		name := append([]byte{}, base[:n]...)
		note(name)
		note(append(append([]byte{}, name...), 0))
		for i := range name {
			for _, c := range []byte{0, 'q', name[i] ^ 0x20, name[i] + 1} {
				v := append([]byte{}, name...)
				if v[i] == c {
					continue
				}
				v[i] = c
				note(v)
			}
		}
	}
	sets := map[uint64]bool{}
	for i := range 2000 {
		sets[nameHash([]byte(fmt.Sprintf("card__title--%d", i)))%hintCacheSets] = true
	}
	if len(sets) < hintCacheSets*3/4 {
		t.Errorf("2000 names fill %d of %d sets", len(sets), hintCacheSets)
	}
}
