package boilerplate

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// warmDetector returns a detector that has learnt the synthetic sites.
func warmDetector(t testing.TB, opts ...DetectorOption) (*Detector, []synthPage) {
	pages := crawl(defaultSites(), 11)
	d := NewDetector(opts...)
	runSites(pages, d)
	return d, pages
}

func TestSaveLoadRoundTrip(t *testing.T) {
	d, _ := warmDetector(t)
	var buf bytes.Buffer
	if err := d.Save(&buf); err != nil {
		t.Fatal(err)
	}
	d2, err := LoadDetector(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	s1, s2 := d.Stats(), d2.Stats()
	if s1.Hosts != s2.Hosts || s1.Fingerprints != s2.Fingerprints || s1.MemoryBytes != s2.MemoryBytes {
		t.Errorf("stats before %+v, after %+v", s1, s2)
	}
	// A loaded detector judges fresh pages of the sites as the original.
	fresh := crawl(defaultSites(), 12)
	a, b := runSites(fresh, d), runSites(fresh, d2)
	if a != b {
		t.Errorf("after Load: %+v, original: %+v", b, a)
	}
	if b.templateMissedLate+b.templateKept > 0 && b.templateDrop == 0 {
		t.Error("loaded detector drops no template")
	}
	// Saving the loaded detector gives the same bytes, up to map order:
	// same length.
	var buf2 bytes.Buffer
	if err := d2.Save(&buf2); err != nil || buf2.Len() != buf.Len() {
		t.Errorf("re-save: %d bytes (err %v), first save %d", buf2.Len(), err, buf.Len())
	}
}

func TestLoadRejectsBadInput(t *testing.T) {
	d, _ := warmDetector(t)
	var buf bytes.Buffer
	if err := d.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0x40
		return b
	}
	version := bytes.Clone(good)
	version[16] = 9
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrNotDetectorState},
		{"foreign text", []byte("<!doctype html><html><body>hello</body></html>"), ErrNotDetectorState},
		{"gzip", []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, ErrNotDetectorState},
		{"other version", version, ErrDetectorVersion},
		{"truncated header", good[:20], ErrCorruptState},
		{"truncated body", good[:len(good)/2], ErrCorruptState},
		{"truncated checksum", good[:len(good)-2], ErrCorruptState},
		{"flipped byte in a host", flip(40), ErrCorruptState},
		{"flipped byte at the end", flip(len(good) - 10), ErrCorruptState},
		{"trailing checksum wrong", flip(len(good) - 1), ErrCorruptState},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d2 := NewDetector()
			before := d2.Stats()
			err := d2.Load(bytes.NewReader(tt.in))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Load: %v, want %v", err, tt.want)
			}
			if d2.Stats() != before {
				t.Error("a failed Load changed the state")
			}
		})
	}
	// Every truncation is an error, never a panic or a silent success.
	for n := 0; n < len(good); n += 1 + n/8 {
		if err := NewDetector().Load(bytes.NewReader(good[:n])); err == nil {
			t.Fatalf("Load of %d of %d bytes succeeded", n, len(good))
		}
	}
}

// TestLoadHonoursMemoryBound loads a big state into a small detector.
func TestLoadHonoursMemoryBound(t *testing.T) {
	d := NewDetector()
	for h := range 500 {
		d.Learn(fmt.Sprintf("https://h%d.example/", h), []string{strings.Repeat("word ", h%50+3), editorMsg})
	}
	var buf bytes.Buffer
	if err := d.Save(&buf); err != nil {
		t.Fatal(err)
	}
	small, err := LoadDetector(&buf, WithMaxMemory(64<<10))
	if err != nil {
		t.Fatal(err)
	}
	if s := small.Stats(); s.MemoryBytes > 64<<10 || s.Hosts == 0 || s.Hosts >= 500 {
		t.Errorf("loaded %+v", s)
	}
	if accountedBytes(small) != small.Stats().MemoryBytes {
		t.Error("accounting after Load is off")
	}
}

func FuzzLoad(f *testing.F) {
	d := NewDetector()
	d.Learn("https://a.example/1", []string{editorMsg, "one two three four five six seven"})
	d.Learn("https://b.example/1", []string{editorMsg})
	var buf bytes.Buffer
	if err := d.Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(detectorMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := NewDetector(WithMaxMemory(1 << 20))
		if err := d.Load(bytes.NewReader(data)); err != nil {
			return
		}
		// A state that loads must be usable.
		bs := templatePage(1, editorMsg)
		MarkRepeats(bs, d, "https://a.example/2")
		if d.Stats().MemoryBytes > 1<<20 {
			t.Fatal("memory bound exceeded after Load")
		}
	})
}
