package charset

import (
	"testing"
	"unicode/utf8"
)

func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=koi8-r><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html; charset=utf-16")
	f.Add([]byte("<p>caf\xe9</p>"), "text/html; charset=utf-8")
	f.Add([]byte("\x1b$B$3$s\x1b(B"), "text/html; charset=iso-2022-jp")
	f.Add([]byte("\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd"), "text/html; charset=\"")
	f.Add([]byte("<meta http-equiv=content-type content='text/html; charset=\"x-user-defined'>\x80"), "")
	f.Fuzz(func(t *testing.T, raw []byte, contentType string) {
		out, name, err := Decode(raw, contentType)
		if err != nil {
			t.Fatalf("Decode error: %v", err)
		}
		if name == "" {
			t.Fatalf("no encoding name")
		}
		if !utf8.Valid(out) {
			t.Fatalf("output is not UTF-8: %q", out)
		}
		IsBinary(raw)
	})
}
