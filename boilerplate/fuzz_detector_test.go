package boilerplate

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"testing"
)

// savedState returns the state of a detector that learnt a few pages of two
// hosts, as Save writes it.
func savedState(tb testing.TB) []byte {
	tb.Helper()
	d := NewDetector()
	for i := range 6 {
		d.Learn(fmt.Sprintf("https://a.example/p%d", i), []string{"Home News Sport", "Subscribe to our newsletter for the best stories every morning.", fmt.Sprintf("Story %d", i)})
		d.Learn(fmt.Sprintf("https://b.example/p%d", i), []string{"All rights reserved."})
	}
	var buf bytes.Buffer
	if err := d.Save(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// withChecksum frames body as a saved state: the magic and version header
// in front, a correct checksum behind, so that the fuzzer gets past the
// checksum to the host and entry records.
func withChecksum(body []byte) []byte {
	out := []byte(detectorMagic)
	out = binary.LittleEndian.AppendUint32(out, detectorVersion)
	out = binary.LittleEndian.AppendUint32(out, detectorParams)
	out = append(out, body...)
	return binary.LittleEndian.AppendUint32(out, crc32.Checksum(out, castagnoli()))
}

// FuzzDetectorLoad feeds Load arbitrary bytes, raw or framed with a valid
// header and checksum. A failed Load must return one of the documented
// errors and leave the state as it was; a successful one must stay within
// the memory bound and save a state that loads again to the same hosts and
// fingerprints.
func FuzzDetectorLoad(f *testing.F) {
	state := savedState(f)
	f.Add(state, false)
	f.Add(state[:len(state)-3], false)
	f.Add(state[len(detectorMagic)+8:len(state)-4], true)
	f.Add([]byte{}, false)
	f.Add([]byte("winnow-detector\n\x02\x00\x00\x00"), false)
	f.Add(binary.LittleEndian.AppendUint64(nil, 1<<40), true)
	f.Fuzz(func(t *testing.T, data []byte, frame bool) {
		if frame {
			data = withChecksum(data)
		}
		d := NewDetector(WithMaxMemory(256 << 10))
		if err := d.Load(bytes.NewReader(savedState(t))); err != nil {
			t.Fatal(err)
		}
		before := d.Stats()
		err := d.Load(bytes.NewReader(data))
		after := d.Stats()
		if err != nil {
			if !errors.Is(err, ErrNotDetectorState) && !errors.Is(err, ErrDetectorVersion) && !errors.Is(err, ErrCorruptState) {
				t.Fatalf("undocumented error %v", err)
			}
			if after.Hosts != before.Hosts || after.Fingerprints != before.Fingerprints || after.MemoryBytes != before.MemoryBytes {
				t.Fatalf("failed Load changed the state: %+v -> %+v", before, after)
			}
			return
		}
		if after.MemoryBytes > after.MaxMemory {
			t.Fatalf("memory %d over the bound %d", after.MemoryBytes, after.MaxMemory)
		}
		var buf bytes.Buffer
		if err := d.Save(&buf); err != nil {
			t.Fatal(err)
		}
		d2, err := LoadDetector(&buf, WithMaxMemory(256<<10))
		if err != nil {
			t.Fatalf("state saved after a Load does not load: %v", err)
		}
		if s := d2.Stats(); s.Hosts != after.Hosts || s.Fingerprints != after.Fingerprints || s.MemoryBytes != after.MemoryBytes {
			t.Fatalf("round trip changed the state: %+v -> %+v", after, s)
		}
		// The loaded detector must still work.
		d2.Learn("https://a.example/new", []string{"Home News Sport"})
	})
}
