package htmlscan

import "testing"

// TestCommonEntitiesMatchTable checks that commonEntity answers as the
// table does for every name in it, and for none that is not.
func TestCommonEntitiesMatchTable(t *testing.T) {
	found := 0
	for i, name := range entityNames {
		r, ok := commonEntity([]byte(name))
		if !ok {
			continue
		}
		found++
		if want := entityRunes[i]; want[1] != 0 || want[0] != r {
			t.Errorf("commonEntity(%q) = %q, table has %q", name, r, want)
		}
	}
	if found != 24 {
		t.Errorf("commonEntity knows %d table names, want the 24 of its cases", found)
	}
	for _, name := range []string{"", "a;", "amp", "nbsp", "ampx;", "AMP;x", "Nbsp;", "nbsp;;", "hellipx;", "\x00\x00\x00;"} {
		if r, ok := commonEntity([]byte(name)); ok {
			t.Errorf("commonEntity(%q) = %q, want none", name, r)
		}
	}
}
