package arena

import (
	"bytes"
	"strings"
	"testing"
)

// TestStrings checks that the arena's strings equal what they were made
// from and keep their bytes when the source changes and the arena takes
// more strings, across chunks and for values too large for one.
func TestStrings(t *testing.T) {
	var a Strings
	src := []byte("value")
	var got, want []string
	for i := 0; i < 3000; i++ {
		v := bytes.Repeat(src, i%7)
		if i%500 == 0 {
			v = bytes.Repeat(src, ChunkSize/len(src))
		}
		got = append(got, a.String(v))
		want = append(want, string(v))
		for j := range v {
			v[j] = 'x' // the source is reused
		}
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("string %d = %q, want %q", i, got[i], want[i])
		}
	}
	if a.String(nil) != "" {
		t.Error("empty slice should give the empty string")
	}
	if s := strings.Repeat("y", ChunkSize/4+1); a.String([]byte(s)) != s {
		t.Error("large value changed")
	}
}

// TestStringsAllocs checks that short values share allocations.
func TestStringsAllocs(t *testing.T) {
	v := []byte("https://example.com/a/page")
	n := testing.AllocsPerRun(10, func() {
		var a Strings
		for range 64 {
			_ = a.String(v)
		}
	})
	if n > 3 {
		t.Errorf("64 short values took %v allocations, want 3 (chunks of 512, 1024 and 2048 bytes)", n)
	}
}

// BenchmarkStrings measures copying short attribute values.
func BenchmarkStrings(b *testing.B) {
	v := []byte("https://example.com/a/page/of/the/site")
	b.ReportAllocs()
	for b.Loop() {
		var a Strings
		for range 64 {
			_ = a.String(v)
		}
	}
}
