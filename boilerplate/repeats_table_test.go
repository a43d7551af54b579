package boilerplate

import "testing"

// TestPageTableEpochs checks that a new page starts with an empty in-page
// table, also when the epoch counter wraps, and that the table grows
// without losing keys.
func TestPageTableEpochs(t *testing.T) {
	ps := new(pageScratch)
	ps.resetTable(8)
	if o := ps.probe(42, 0); o != -1 {
		t.Fatalf("new key: owner %d, want -1", o)
	}
	if o := ps.probe(42, 1); o != 0 {
		t.Fatalf("known key: owner %d, want 0", o)
	}
	for _, epoch := range []uint32{1, ^uint32(0)} {
		ps.epoch = epoch
		ps.resetTable(8)
		if o := ps.probe(42, 5); o != -1 {
			t.Fatalf("epoch %d: key of the previous page found (owner %d)", epoch, o)
		}
	}
	// Far more keys than the table was sized for: it grows.
	ps.resetTable(1)
	for k := uint64(1); k <= 1000; k++ {
		ps.probe(k*0x9e3779b97f4a7c15, int32(k))
	}
	for k := uint64(1); k <= 1000; k++ {
		if o := ps.probe(k*0x9e3779b97f4a7c15, -1); o != int32(k) {
			t.Fatalf("key %d: owner %d after growing", k, o)
		}
	}
	// nearCopy counts the keys an earlier block recorded, also when the
	// table grows under it.
	ps.resetTable(1)
	key := func(k int) uint64 { return uint64(k+1) * 0x9e3779b97f4a7c15 }
	orig := make([]uint64, 30)
	for k := range orig {
		orig[k] = key(k)
	}
	if o := ps.nearCopy(orig, 7); o != -1 {
		t.Fatalf("first block: copy of %d", o)
	}
	tests := []struct {
		added int
		want  int32
	}{{2, 7}, {3, 7}, {4, -1}, {20, -1}}
	for n, tt := range tests {
		sh := append([]uint64(nil), orig...)
		for k := range tt.added {
			sh = append(sh, key(1000*(n+1)+k))
		}
		if o := ps.nearCopy(sh, int32(8+n)); o != tt.want {
			t.Errorf("%d shingles added: copy of %d, want %d", tt.added, o, tt.want)
		}
	}
}
