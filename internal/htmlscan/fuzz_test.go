package htmlscan

import "testing"

// FuzzScanner checks that the Scanner never panics, that its tokens tile
// the input, and that it agrees token for token with x/net/html, with
// CDATA sections read as comments (HTML content) and as text (foreign
// content).
func FuzzScanner(f *testing.F) {
	for _, src := range trickySnippets {
		f.Add([]byte(src))
	}
	s := New(nil)
	f.Fuzz(func(t *testing.T, src []byte) {
		s.Reset(src)
		pos := 0
		for s.Next() != ErrorToken {
			if s.Offset() != pos {
				t.Fatalf("token at %d, want %d", s.Offset(), pos)
			}
			pos += len(s.Raw())
			s.Text()
			s.TagAtom()
			for s.HasAttr() {
				s.NextAttr()
			}
		}
		if pos > len(src) {
			t.Fatalf("tokens cover %d bytes of %d", pos, len(src))
		}
		for _, cdata := range []bool{false, true} {
			if d := diffTokens(s, src, cdata); d != "" {
				t.Fatalf("%q (cdata %v): %s", src, cdata, d)
			}
		}
	})
}
