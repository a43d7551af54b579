package extract

import "testing"

// TestKeysOf: start skips the readers of attributes by the set of names
// the scan gathered, so every name those readers look for must be in it,
// and its value read where it was before the set.
func TestKeysOf(t *testing.T) {
	for _, tt := range []struct {
		key  string
		want attrKeys
		read bool
	}{
		{"href", keyHref, true}, {"rel", keyRel, true}, {"itemprop", keyItemprop, true},
		{"datetime", keyDatetime, true}, {"aria-controls", keyControls, true},
		{"role", keyRole, true}, {"id", keyID, true}, {"open", keyOpen, false}, {"itemtype", keyItemtype, true},
		{"class", 0, true}, {"style", 0, true}, {"content", 0, true}, {"lang", 0, true},
		{"srcset", 0, false}, {"data-id", 0, false}, {"HREF", 0, false},
	} {
		if got, read := keyOf([]byte(tt.key)); got != tt.want || read != tt.read {
			t.Errorf("keyOf(%q) = %b, %v; want %b, %v", tt.key, got, read, tt.want, tt.read)
		}
	}
	attrs := []attr{{key: []byte("class")}, {key: []byte("id")}, {key: []byte("href")}, {key: []byte("open")}}
	if got, want := keysOf(attrs), keyID|keyHref|keyOpen; got != want {
		t.Errorf("keysOf = %b, want %b", got, want)
	}
}
