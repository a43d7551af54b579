package ascii

import "testing"

func TestHasPrefixFold(t *testing.T) {
	tests := []struct {
		s, prefix string
		want      bool
	}{
		{"HTTPS://example.org", "https://", true},
		{"Https://", "https://", true},
		{"http://", "https://", false},
		{"htt", "http", false},
		{"", "", true},
		{"anything", "", true},
		{"ÄBC", "äbc", false}, // only ASCII letters fold
		{"[tag", "{tag", false},
	}
	for _, tt := range tests {
		if got := HasPrefixFold(tt.s, tt.prefix); got != tt.want {
			t.Errorf("HasPrefixFold(%q, %q) = %v, want %v", tt.s, tt.prefix, got, tt.want)
		}
		if got := HasPrefixFold([]byte(tt.s), tt.prefix); got != tt.want {
			t.Errorf("HasPrefixFold([]byte(%q), %q) = %v, want %v", tt.s, tt.prefix, got, tt.want)
		}
	}
}

func TestLower(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := byte(c)
		if c >= 'A' && c <= 'Z' {
			want = byte(c) + 32
		}
		if got := Lower(byte(c)); got != want {
			t.Errorf("Lower(%q) = %q, want %q", byte(c), got, want)
		}
	}
}
