package boilerplate

import (
	"encoding/binary"
	"fmt"
)

// The binary forms of SiteSample and SiteTemplate, for shipping them
// between the stages of a batch job: a four-byte tag naming the type and
// its version, then unsigned varints. Sorted keys are stored as the
// difference from the previous one, so a sample costs about 5 bytes a
// fingerprint.
const (
	sampleTag   = "WSS1"
	templateTag = "WST1"
)

// MarshalBinary encodes the sample.
func (s *SiteSample) MarshalBinary() ([]byte, error) {
	n := 0
	for _, p := range s.Pages {
		n += len(p.Fingerprints)
	}
	b := make([]byte, 0, len(sampleTag)+20+len(s.Pages)*12+n*6)
	b = append(b, sampleTag...)
	b = binary.AppendUvarint(b, s.Added)
	b = binary.AppendUvarint(b, uint64(len(s.Pages)))
	var prev uint64
	for _, p := range s.Pages {
		b = binary.AppendUvarint(b, p.URLKey-prev)
		prev = p.URLKey
		b = appendKeys(b, p.Fingerprints)
	}
	return b, nil
}

// UnmarshalBinary decodes a sample encoded by MarshalBinary. Input that is
// not one, or is damaged, is an error wrapping ErrCorruptState.
func (s *SiteSample) UnmarshalBinary(data []byte) error {
	d := decoder{b: data}
	if !d.tag(sampleTag) {
		return fmt.Errorf("%w: not a site sample", ErrCorruptState)
	}
	added := d.uvarint()
	n := d.count()
	pages := make([]PageSketch, 0, n)
	var prev uint64
	for i := range n {
		prev = d.next(prev, i)
		pages = append(pages, PageSketch{URLKey: prev, Fingerprints: d.keys()})
	}
	if err := d.done(); err != nil {
		return err
	}
	s.Pages, s.Added = pages, added
	return nil
}

// MarshalBinary encodes the template.
func (t *SiteTemplate) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, len(templateTag)+10+len(t.Fingerprints)*10)
	b = append(b, templateTag...)
	b = binary.AppendUvarint(b, uint64(t.Pages))
	b = appendKeys(b, t.Fingerprints)
	for i := range t.Fingerprints {
		var c uint32
		if i < len(t.Counts) {
			c = t.Counts[i]
		}
		b = binary.AppendUvarint(b, uint64(c))
	}
	return b, nil
}

// UnmarshalBinary decodes a template encoded by MarshalBinary. Input that
// is not one, or is damaged, is an error wrapping ErrCorruptState.
func (t *SiteTemplate) UnmarshalBinary(data []byte) error {
	d := decoder{b: data}
	if !d.tag(templateTag) {
		return fmt.Errorf("%w: not a site template", ErrCorruptState)
	}
	pages := d.uint32()
	keys := d.keys()
	counts := make([]uint32, len(keys))
	for i := range counts {
		counts[i] = d.uint32()
	}
	if err := d.done(); err != nil {
		return err
	}
	t.Pages, t.Fingerprints, t.Counts = pages, keys, counts
	return nil
}

// appendKeys appends a sorted list of distinct keys: its length, then the
// differences.
func appendKeys(b []byte, keys []uint64) []byte {
	b = binary.AppendUvarint(b, uint64(len(keys)))
	var prev uint64
	for _, k := range keys {
		b = binary.AppendUvarint(b, k-prev)
		prev = k
	}
	return b
}

// decoder reads varints and remembers the first failure.
type decoder struct {
	b   []byte
	bad bool
}

func (d *decoder) fail() { d.bad = true }

func (d *decoder) tag(tag string) bool {
	if len(d.b) < len(tag) || string(d.b[:len(tag)]) != tag {
		return false
	}
	d.b = d.b[len(tag):]
	return true
}

func (d *decoder) uvarint() uint64 {
	if d.bad {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) uint32() uint32 {
	v := d.uvarint()
	if v > 1<<32-1 {
		d.fail()
	}
	return uint32(v)
}

// count reads a number of entries that follow, each at least a byte: more
// than the bytes left is damage, and must not allocate.
func (d *decoder) count() int {
	v := d.uvarint()
	if v > uint64(len(d.b)) {
		d.fail()
		return 0
	}
	return int(v)
}

// keys reads a list written by appendKeys; keys must be distinct.
func (d *decoder) keys() []uint64 {
	n := d.count()
	if n == 0 {
		return nil
	}
	keys := make([]uint64, 0, n)
	var prev uint64
	for i := range n {
		prev = d.next(prev, i)
		keys = append(keys, prev)
	}
	return keys
}

// next reads the i-th key of a sorted list of distinct keys, after prev.
func (d *decoder) next(prev uint64, i int) uint64 {
	delta := d.uvarint()
	if i > 0 && (delta == 0 || prev+delta < prev) {
		d.fail()
	}
	return prev + delta
}

func (d *decoder) done() error {
	if d.bad || len(d.b) > 0 {
		return fmt.Errorf("%w: bad site sample or template encoding", ErrCorruptState)
	}
	return nil
}
