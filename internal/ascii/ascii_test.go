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

func TestAppendLower(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Navigation", "navigation"},
		{"ContentInfo", "contentinfo"},
		{"MÉNU", "mÉnu"}, // only ASCII letters fold
		{"text/Ld+JSON", "text/ld+json"},
	} {
		var buf [4]byte
		if got := string(AppendLower(buf[:0], []byte(tc.in))); got != tc.want {
			t.Errorf("AppendLower(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := string(AppendLower([]byte("x-"), []byte("AB"))); got != "x-ab" {
		t.Errorf("AppendLower appends: got %q", got)
	}
}

func TestAppendLowerOnStackAllocatesNothing(t *testing.T) {
	role := []byte("Navigation")
	n := testing.AllocsPerRun(100, func() {
		var buf [32]byte
		if string(AppendLower(buf[:0], role)) != "navigation" {
			t.Fatal("wrong")
		}
	})
	if n != 0 {
		t.Errorf("AppendLower into a stack buffer allocated %v times", n)
	}
}
