package lang

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"slices"
	"testing"
)

var writeStopwordImage = flag.Bool("write-stopword-image", false,
	"rewrite stopwords.img from the lists in stopwords/")

// TestStopwordImage checks that the embedded image holds the sets built
// from the lists in stopwords/, set for set, under the same codes; with
// -write-stopword-image (go generate) it rewrites the image instead.
func TestStopwordImage(t *testing.T) {
	lists, err := sourceStopwordLists()
	if err != nil {
		t.Fatal(err)
	}
	img := encodeStopwordImage(lists)
	if *writeStopwordImage {
		if err := os.WriteFile("stopwords.img", img, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(img, stopwordImage) {
		t.Fatal("stopwords.img is stale: go generate ./lang")
	}
	d, err := decodeStopwordDirectory(stopwordImage)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.entries) != len(lists) {
		t.Fatalf("%d sets in the image, %d lists", len(d.entries), len(lists))
	}
	codes := 0
	for i, l := range lists {
		codes += len(l.codes)
		e := &d.entries[i]
		if e.code != l.codes[0] {
			t.Errorf("set %d: code %q, want %q", i, e.code, l.codes[0])
		}
		for _, c := range l.codes {
			if d.byCode[c] != e {
				t.Errorf("%s does not name the set of %s", c, e.code)
			}
		}
		got, err := decodeStopwordSet(e.body)
		if err != nil {
			t.Fatalf("%s: %v", l.codes[0], err)
		}
		if !reflect.DeepEqual(got, l.set) {
			t.Errorf("%s: the decoded set differs from the list's", l.codes[0])
		}
	}
	if len(d.byCode) != codes {
		t.Errorf("%d codes in the image, %d in the lists", len(d.byCode), codes)
	}
}

// TestDecodeStopwordsRejectsBadData checks that a cut, lengthened or
// edited image or set is refused rather than read past its end, or read
// into a table whose probes could not end.
func TestDecodeStopwordsRejectsBadData(t *testing.T) {
	good := stopwordImage
	edit := func(d []byte, i int, b byte) []byte {
		d = slices.Clone(d)
		d[i] = b
		return d
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"other magic", edit(good, 3, 'X')},
		{"cut", good[:len(good)-1]},
		{"longer", append(slices.Clip(good), 0)},
		{"no code text", edit(good, len(stopwordMagic)+1, 0)},
	} {
		if _, err := decodeStopwordDirectory(tc.data); err == nil {
			t.Errorf("%s: decodeStopwordDirectory accepted the image", tc.name)
		}
	}

	set := func(maxRunes int, table, short []uint64) []byte {
		return appendStopwordSet(nil, &StopwordSet{maxRunes: maxRunes, table: table, short: packedSet{slots: short}})
	}
	body := set(3, []uint64{0, 0x11}, []uint64{0, 0x616161})
	if _, err := decodeStopwordSet(body); err != nil {
		t.Fatalf("a good set: %v", err)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"cut", body[:len(body)-1]},
		{"longer", append(slices.Clip(body), 0)},
		{"full table", set(3, []uint64{0x11, 0x13}, []uint64{0, 0x616161})},
		{"full packed table", set(3, []uint64{0, 0x11}, []uint64{0x62, 0x616161})},
		{"slots not a power of two", set(3, []uint64{0, 0x11, 0}, []uint64{0, 0x616161})},
		{"no slots", set(3, nil, []uint64{0, 0x616161})},
		{"a packed word of eight bytes", set(3, []uint64{0, 0x11}, []uint64{0, 0x6161616161616161})},
		{"a slot past the table", edit(body, 2, 0x04)},
		{"a key of zero", edit(body, 10, 0)},
		{"too many runes", set(maxStopwordRunes+1, []uint64{0, 0x11}, []uint64{0, 0x616161})},
	} {
		if _, err := decodeStopwordSet(tc.data); err == nil {
			t.Errorf("%s: decodeStopwordSet accepted the set", tc.name)
		}
	}
}

// FuzzDecodeStopwords checks that reading any image returns sets or an
// error, without panicking, and that a set read answers lookups.
func FuzzDecodeStopwords(f *testing.F) {
	f.Add(stopwordImage[:400])
	lists, err := sourceStopwordLists()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(encodeStopwordImage(lists[:2]))
	f.Add(encodeStopwordImage([]sourceStopwordList{{codes: []string{"xx"}, set: newStopwordSet([]string{"a", "éé", "longerword"})}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := decodeStopwordDirectory(data)
		if err != nil {
			return
		}
		for i := range d.entries {
			s, err := decodeStopwordSet(d.entries[i].body)
			if err != nil {
				continue
			}
			s.Count("a b the éé longerword 的 x")
			s.Contains("éé")
			s.Len()
		}
	})
}
