package meta

import "testing"

func TestClean(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"plain text", 100, "plain text"},
		{"  padded\t\n text  ", 100, "padded text"},
		{"a\u00a0\u2003b", 100, "a b"},
		{"two  spaces", 100, "two spaces"},
		{"bad \xff byte", 100, "bad \uFFFD byte"},
		{"cut here please", 8, "cut here"},
		{"ééééé", 5, "éé"},
		{"", 10, ""},
		{"   ", 10, ""},
		{"ctrl\x01char", 100, "ctrl\x01char"},
	}
	for _, tt := range tests {
		if got := clean(tt.in, tt.max); got != tt.want {
			t.Errorf("clean(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}
