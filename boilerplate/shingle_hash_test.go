package boilerplate

import (
	"hash/maphash"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/internal/wyhash"
)

// benchWords returns the lower-cased words of a synthetic page.
func benchWords() []string {
	var words []string
	for _, b := range benchPage(1, false) {
		words = append(words, strings.FieldsFunc(strings.ToLower(b.Text), func(r rune) bool { return r < 'a' || r > 'z' })...)
	}
	return words
}

// BenchmarkWordHash compares ways to hash the words of a text, the inner
// loop of the shingler, with the word boundaries known: the shingler's way
// (a word of up to 7 letters read in one 8-byte load and mixed once, a
// longer one packed byte by byte and mixed per 8 bytes), the same without
// the 8-byte load, FNV-1a (one multiply per byte), and a buffer hash
// (maphash; xxhash.Sum64 would be used the same way) that needs each
// normalised word copied into a buffer first.
func BenchmarkWordHash(b *testing.B) {
	words := benchWords()
	text := strings.Join(words, " ") + "        "
	type span struct{ at, n int }
	var spans []span
	at := 0
	for _, w := range words {
		spans = append(spans, span{at, len(w)})
		at += len(w) + 1
	}
	packLoop := func(w string) uint64 {
		var acc, h, wl uint64
		for i := 0; i < len(w); i++ {
			acc = acc<<8 | uint64(w[i]|0x20)
			wl++
			if wl&7 == 0 {
				h = wyhash.Mix(h^acc, wyhash.K1)
				acc = 0
			}
		}
		return wyhash.Mix(h^acc^wyhash.K0, wl^wyhash.K2)
	}
	var sink uint64
	variants := []struct {
		name string
		f    func(at, n int) uint64
	}{
		{"shingler", func(at, n int) uint64 {
			if m, acc := refShortWord(text[at:]); m == n {
				return wyhash.Mix(acc^wyhash.K0, uint64(n)^wyhash.K2)
			}
			return packLoop(text[at : at+n])
		}},
		{"pack-loop", func(at, n int) uint64 { return packLoop(text[at : at+n]) }},
		{"fnv1a", func(at, n int) uint64 {
			h := uint64(14695981039346656037)
			for i := at; i < at+n; i++ {
				h = (h ^ uint64(text[i]|0x20)) * 1099511628211
			}
			return h
		}},
	}
	seed := maphash.MakeSeed()
	buf := make([]byte, 0, 64)
	variants = append(variants, struct {
		name string
		f    func(at, n int) uint64
	}{"copy-maphash", func(at, n int) uint64 {
		buf = buf[:0]
		for i := at; i < at+n; i++ {
			buf = append(buf, text[i]|0x20)
		}
		return maphash.Bytes(seed, buf)
	}})
	for _, v := range variants {
		b.Run(v.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				for _, s := range spans {
					sink ^= v.f(s.at, s.n)
				}
			}
		})
	}
	_ = sink
}

// TestHashCollisions hashes a hundred thousand distinct words and
// their 3-word shingles: no two may collide, and the low bits that index
// the hash tables must spread evenly.
func TestHashCollisions(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	var s shingler
	seen := make(map[uint64]string)
	var buckets [1 << 10]int
	count := 0
	var sb strings.Builder
	for i := range 100_000 {
		sb.Reset()
		// Distinct words of 1 to 12 letters: base 26 digits of i.
		for x := i; ; x /= 26 {
			sb.WriteByte(byte('a' + x%26))
			if x < 26 {
				break
			}
		}
		w := sb.String()
		sh, h := s.shingles(w+" of the "+w, nil)
		for _, v := range append(sh, h.whole) {
			if prev, ok := seen[v]; ok && prev != w {
				t.Fatalf("hash collision: %q and %q", prev, w)
			}
			seen[v] = w
			buckets[v&uint64(len(buckets)-1)]++
			count++
		}
	}
	// Chi-square of the low 10 bits against uniform: about 1023 expected,
	// far above 1200 means bias.
	exp := float64(count) / float64(len(buckets))
	chi := 0.0
	for _, c := range buckets {
		d := float64(c) - exp
		chi += d * d / exp
	}
	if chi > 1200 {
		t.Errorf("low bits are biased: chi-square %.0f over %d buckets", chi, len(buckets))
	}
}
