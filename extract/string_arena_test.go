package extract

import (
	"bytes"
	"strings"
	"testing"
)

// TestStringArena checks that the arena's strings equal what they were
// made from and keep their bytes when the source changes and the arena
// takes more strings, across chunks and for values too large for one.
func TestStringArena(t *testing.T) {
	var a stringArena
	src := []byte("value")
	var got, want []string
	for i := 0; i < 3000; i++ {
		v := bytes.Repeat(src, i%7)
		if i%500 == 0 {
			v = bytes.Repeat(src, arenaChunk/len(src))
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
	if s := strings.Repeat("y", arenaChunk/4+1); a.String([]byte(s)) != s {
		t.Error("large value changed")
	}
}

// BenchmarkStringArena measures copying short attribute values.
func BenchmarkStringArena(b *testing.B) {
	v := []byte("https://example.com/a/page/of/the/site")
	b.ReportAllocs()
	for b.Loop() {
		var a stringArena
		for range 64 {
			_ = a.String(v)
		}
	}
}
