package charset

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// TestDecodeCharmap: the fast decoder gives what each charmap's own
// decoder gives, for every byte, for ASCII runs of every length around
// the eight-byte steps and for random bytes, and its output is UTF-8.
func TestDecodeCharmap(t *testing.T) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	inputs := [][]byte{nil, all, []byte("<p>plain ASCII markup of some length</p>")}
	for n := range 20 {
		// An ASCII run of n bytes between high bytes.
		in := append([]byte{0xE9}, bytes.Repeat([]byte("a"), n)...)
		inputs = append(inputs, append(in, 0xFC, 'b', 0x80))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		in := make([]byte, rng.IntN(200))
		for i := range in {
			if rng.IntN(4) == 0 {
				in[i] = byte(rng.IntN(256))
			} else {
				in[i] = byte(' ' + rng.IntN(95))
			}
		}
		inputs = append(inputs, in)
	}
	for _, enc := range charmap.All {
		cm, ok := enc.(*charmap.Charmap)
		if !ok {
			continue
		}
		for _, in := range inputs {
			want, err := cm.NewDecoder().Bytes(in)
			if err != nil {
				t.Fatalf("%v: %v", cm, err)
			}
			got := decodeCharmap(cm, in)
			if !bytes.Equal(got, want) {
				t.Fatalf("%v: decodeCharmap(% x) = % x, want % x", cm, in, got, want)
			}
			if !utf8.Valid(got) {
				t.Fatalf("%v: decodeCharmap(% x) is not UTF-8", cm, in)
			}
		}
	}
}

// TestMostlyUTF8Runs: ASCII read eight bytes at a time counts as it does
// a byte at a time, whatever the length of the runs around the multi-byte
// and invalid sequences.
func TestMostlyUTF8Runs(t *testing.T) {
	for n := range 20 {
		run := bytes.Repeat([]byte("a"), n)
		for _, tt := range []struct {
			parts    [][]byte
			declared bool
			want     bool
		}{
			{[][]byte{run, []byte("é"), run}, false, true},
			{[][]byte{run, []byte{0xE9}, run}, false, false},
			{[][]byte{run, []byte("é"), run, []byte{0xE9}, run}, true, true},
			{[][]byte{run, []byte("é"), run, []byte{0xE9}, run}, false, false},
			{[][]byte{run}, true, false},
		} {
			in := bytes.Join(tt.parts, nil)
			if got := mostlyUTF8(in, tt.declared); got != tt.want {
				t.Errorf("mostlyUTF8(%q, %v) = %v, want %v", in, tt.declared, got, tt.want)
			}
		}
	}
}

// FuzzDecodeCharmap: for any bytes and any charmap, the fast decoder gives
// what the charmap's own decoder gives.
func FuzzDecodeCharmap(f *testing.F) {
	f.Add([]byte("<p>caf\xe9 cr\xe8me br\xfbl\xe9e</p>"), uint8(0))
	f.Add([]byte("\xf0\xd2\xc9\xd7\xc5\xd4 mir"), uint8(20))
	f.Add([]byte{0x00, 0x7f, 0x80, 0xff}, uint8(1))
	f.Fuzz(func(t *testing.T, in []byte, which uint8) {
		var maps []*charmap.Charmap
		for _, enc := range charmap.All {
			if cm, ok := enc.(*charmap.Charmap); ok {
				maps = append(maps, cm)
			}
		}
		cm := maps[int(which)%len(maps)]
		want, err := cm.NewDecoder().Bytes(in)
		if err != nil {
			t.Fatalf("%v: %v", cm, err)
		}
		if got := decodeCharmap(cm, in); !bytes.Equal(got, want) {
			t.Fatalf("%v: decodeCharmap(% x) = % x, want % x", cm, in, got, want)
		}
	})
}
