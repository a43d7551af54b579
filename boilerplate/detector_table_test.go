package boilerplate

import "testing"

func TestFPTable(t *testing.T) {
	var tab fpTable
	tab.init(minTableSlots)
	// Keys 1..8: key k seen on k pages; key 0 is stored as 1's neighbour.
	for k := uint64(1); k <= 8; k++ {
		for p := range k {
			tab.add(k<<20, uint32(p))
		}
	}
	if c, ok := tab.get(5 << 20); !ok || c != 5 {
		t.Fatalf("get = %d, %v; want 5, true", c, ok)
	}
	if _, ok := tab.get(99); ok {
		t.Fatal("absent key found")
	}
	tab.add(0, 1) // key 0 is legal: it is stored as 1
	if c, ok := tab.get(0); !ok || c != 1 {
		t.Fatalf("key 0: %d, %v", c, ok)
	}
	tab.resize(64)
	if tab.used != 9 {
		t.Fatalf("after resize: %d used, want 9", tab.used)
	}
	for k := uint64(1); k <= 8; k++ {
		if c, _ := tab.get(k << 20); c != uint32(k) {
			t.Fatalf("after resize: key %d count %d", k, c)
		}
	}
	// Sweep for 30 more keys in 64 slots: the least seen go first.
	if !tab.sweep(30, 8) {
		t.Fatal("sweep refused")
	}
	if _, ok := tab.get(1 << 20); ok {
		t.Error("key seen on one page survived the sweep")
	}
	if c, ok := tab.get(8 << 20); !ok || c != 8 {
		t.Error("key seen on 8 pages swept")
	}
	if 2*(tab.used+30) > len(tab.slots) {
		t.Errorf("sweep left %d of %d slots used", tab.used, len(tab.slots))
	}
	// A fingerprint not seen for staleAfter pages goes whatever its count.
	if !tab.sweep(1, 8+staleAfter+1) || tab.used != 0 {
		t.Errorf("stale fingerprints kept: %d", tab.used)
	}
	if tab.sweep(40, 0) {
		t.Error("sweep accepted more keys than half the table")
	}
}
