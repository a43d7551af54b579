package charset

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

func TestIsBinary(t *testing.T) {
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte("<html><body><p>Hello</p></body></html>"))
	tests := []struct {
		name string
		raw  string
		want bool
	}{
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", true},
		{"jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF", true},
		{"gif", "GIF89a\x01\x00\x01\x00", true},
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", true},
		{"zip", "PK\x03\x04\x14\x00\x00\x00", true},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00", true},
		{"webp", "RIFF\x24\x00\x00\x00WEBPVP8 ", true},
		{"mp4", "\x00\x00\x00\x18ftypmp42", true},
		{"bzip2", "BZh91AY&SY", true},
		{"text starting with BZh", "BZh is not a word", false},
		{"nul-dense", strings.Repeat("ab\x00\x01\x02cd", 50), true},
		{"control-dense", strings.Repeat("abc\x01\x02\x03\x04\x05defgh", 50), true},
		{"html", "<!DOCTYPE html><html><body><p>Hello</p></body></html>", false},
		{"html with a stray NUL", "<html><body>" + strings.Repeat("<p>Some text here.</p>", 20) + "\x00</body></html>", false},
		{"text with tabs and form feeds", "a\tb\r\nc\fd\ve\x1b$B", false},
		{"utf-16 without BOM", string(utf16), false},
		{"utf-16 BOM", "\xff\xfe<\x00h\x00", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		if got := IsBinary([]byte(tt.raw)); got != tt.want {
			t.Errorf("%s: IsBinary = %v, want %v", tt.name, got, tt.want)
		}
	}
}
