package swar

import (
	"strings"
	"testing"
)

func TestLetters(t *testing.T) {
	tests := []struct {
		s    string
		want uint
	}{
		{"abcdefgh", 8},
		{"ABCdefGH", 8},
		{"hello wo", 5},
		{" hello w", 0},
		{"a1bcdefg", 1},
		{"az@[`{AZ", 2},
		{"Zz\xc3\xa9abcd", 2},
		{"@[`{\x00\x7f\x80\xff", 0},
	}
	for _, tt := range tests {
		if got := Letters(Load(tt.s)); got != tt.want {
			t.Errorf("Letters(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestLettersAllBytes checks every byte value in every position against
// a byte loop.
func TestLettersAllBytes(t *testing.T) {
	for pos := range 8 {
		for c := range 256 {
			b := []byte(strings.Repeat("q", 8))
			b[pos] = byte(c)
			want := uint(0)
			for want < 8 && (b[want]|0x20) >= 'a' && (b[want]|0x20) <= 'z' {
				want++
			}
			if got := Letters(Load(string(b))); got != want {
				t.Fatalf("Letters(%q) = %d, want %d", b, got, want)
			}
		}
	}
}

// TestEqualAllBytes checks Equal for every byte value in every position,
// with the other bytes equal to c, next to it, or random.
func TestEqualAllBytes(t *testing.T) {
	for _, c := range []byte{' ', 0, 0x80, 0xff, 'a'} {
		for _, fill := range []byte{c, c ^ 1, c + 1, c - 1, 0, 0xff} {
			for pos := range 8 {
				for v := range 256 {
					b := []byte(strings.Repeat(string(rune(0)), 8))
					for i := range b {
						b[i] = fill
					}
					b[pos] = byte(v)
					got := Equal(Load(string(b)), c)
					var want uint64
					for i, x := range b {
						if x == c {
							want |= 0x80 << (8 * i)
						}
					}
					if got != want {
						t.Fatalf("Equal(%x, %#x) = %#x, want %#x", b, c, got, want)
					}
				}
			}
		}
	}
}
