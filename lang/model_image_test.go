package lang

import (
	"bytes"
	_ "embed" // model.bin
	"flag"
	"os"
	"reflect"
	"slices"
	"testing"
)

// modelData is the n-gram model written by internal/gen: for each n-gram
// (one to three lower-cased letters inside a word) the languages that use
// it and how much more likely it is in each than the model's floor, as
// rows that n-grams share (see decodeRows). Detect reads its decoded
// image, modelImage.
//
//go:embed model.bin
var modelData []byte

var writeModelImage = flag.Bool("write-model-image", false,
	"rewrite model.img from model.bin and the stopword lists")

// TestModelImage checks that the embedded image is the decoded model of
// model.bin and the stopword lists, table for table; with
// -write-model-image it rewrites the image instead.
func TestModelImage(t *testing.T) {
	m, err := decodeModel(modelData)
	if err != nil {
		t.Fatal(err)
	}
	img := encodeImage(m)
	if *writeModelImage {
		if err := os.WriteFile("model.img", img, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(img, modelImage) {
		t.Fatal("model.img is stale: go test ./lang -run TestModelImage -write-model-image")
	}
	got, err := decodeImage(modelImage)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, m) {
		t.Fatal("the decoded image differs from the decoded model")
	}
}

// TestDecodeImageRejectsBadData checks that a cut, lengthened or edited
// image is refused rather than read past its end or into rows it lacks.
func TestDecodeImageRejectsBadData(t *testing.T) {
	good := modelImage
	edit := func(i int, b byte) []byte {
		d := slices.Clone(good)
		d[i] = b
		return d
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"other magic", edit(3, 'X')},
		{"cut", good[:len(good)-1]},
		{"longer", append(slices.Clip(good), 0)},
		{"slots not a power of two", edit(len(imageMagic), good[len(imageMagic)]^1)},
		{"no slot bits", good[:len(imageMagic)+4]},
	} {
		if _, err := decodeImage(tc.data); err == nil {
			t.Errorf("%s: decodeImage accepted the data", tc.name)
		}
	}
}

// FuzzDecodeImage checks that decoding any data returns a model or an
// error, without panicking, and that a decoded model answers lookups.
func FuzzDecodeImage(f *testing.F) {
	f.Add(modelImage[:300])
	m := &ngramModel{}
	for g := range numGroups {
		for _, tb := range []*rowTable{&m.ngrams[g], &m.words[g]} {
			*tb, _ = rowTable{width: groupWords[g]}.withSlots(1)
			tb.insert(0x61, 0)
			if tb.width == maxGroupWords {
				tb.wide = make([][maxGroupWords]uint64, 1)
			} else {
				tb.rows = make([]uint64, tb.width)
			}
		}
	}
	f.Add(encodeImage(m))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := decodeImage(data)
		if err != nil {
			return
		}
		for g := range numGroups {
			for _, tb := range []*rowTable{&m.ngrams[g], &m.words[g]} {
				if len(tb.slots) > 0 {
					for k := range uint64(64) {
						tb.lookup(k)
					}
				}
			}
		}
	})
}
