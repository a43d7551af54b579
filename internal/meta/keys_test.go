package meta

import "testing"

// Key returns the bytes it is given as a string, from the table or
// copied, and a common key costs no allocation.
func TestKey(t *testing.T) {
	for _, in := range []string{"og:title", "description", "viewport", "itemListElement", "canonical",
		"", "OG:Title", "og:title ", "x-custom-name", "données"} {
		b := []byte(in)
		got := Key(b)
		if got != in {
			t.Errorf("Key(%q) = %q", in, got)
		}
		// The result must not share b's bytes: a later change of b
		// leaves it alone.
		for i := range b {
			b[i] = '#'
		}
		if got != in {
			t.Errorf("Key(%q) changed with its input: %q", in, got)
		}
	}
	seen := map[string]bool{}
	for _, k := range keyNames {
		if seen[k] {
			t.Errorf("keyNames lists %q twice", k)
		}
		seen[k] = true
	}
	b := []byte("og:description")
	if n := testing.AllocsPerRun(100, func() { _ = Key(b) }); n != 0 {
		t.Errorf("Key of a common key allocates %v times", n)
	}
}
