package boilerplate

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"slices"
)

// The file format of Save, version 1, little-endian:
//
//	magic    "winnow-detector\n" (16 bytes)
//	version  uint32 (1)
//	params   uint32: shingleWords | sketchSize<<8 | hashVersion<<16
//	hosts    uint64
//	per host: key uint64, pages uint32, count uint32,
//	          then count entries of key uint64, pages uint32, last uint32
//	crc      uint32: CRC-32C of everything before it
//
// params ties a file to the normalisation and hashing that made its
// fingerprints: a file made by another version of them cannot match and is
// refused rather than silently useless.
const (
	detectorMagic   = "winnow-detector\n"
	detectorVersion = 1
	hashVersion     = 1
	detectorParams  = shingleWords | sketchSize<<8 | hashVersion<<16
)

// Errors of Load. Wrapped errors carry details; test with errors.Is.
var (
	// ErrNotDetectorState means the input is not a saved Detector.
	ErrNotDetectorState = errors.New("boilerplate: not a saved detector state")
	// ErrDetectorVersion means the state was saved by an incompatible version.
	ErrDetectorVersion = errors.New("boilerplate: incompatible detector state version")
	// ErrCorruptState means the state is truncated or damaged.
	ErrCorruptState = errors.New("boilerplate: corrupt detector state")
)

// castagnoli returns the CRC-32C table of the saved state. crc32 builds
// it on the first call, about a million instructions that a process which
// never saves or loads a detector does not pay at start.
func castagnoli() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) }

// Save writes the detector's state to w in a versioned, checksummed binary
// format that Load reads. The state is saved as of one moment: every shard
// is locked while it is written, so pages extracted with d meanwhile wait.
// Write to a buffer or a fast file when that matters.
func (d *Detector) Save(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	crc := crc32.New(castagnoli())
	mw := io.MultiWriter(bw, crc)
	var buf [16]byte
	// All shards are locked so that the host count in the header holds.
	for i := range d.shards {
		d.shards[i].mu.Lock()
	}
	defer func() {
		for i := range d.shards {
			d.shards[i].mu.Unlock()
		}
	}()
	hosts := 0
	for i := range d.shards {
		hosts += len(d.shards[i].hosts)
	}
	if _, err := io.WriteString(mw, detectorMagic); err != nil {
		return fmt.Errorf("boilerplate: saving detector: %w", err)
	}
	binary.LittleEndian.PutUint32(buf[0:], detectorVersion)
	binary.LittleEndian.PutUint32(buf[4:], detectorParams)
	binary.LittleEndian.PutUint64(buf[8:], uint64(hosts))
	if _, err := mw.Write(buf[:16]); err != nil {
		return fmt.Errorf("boilerplate: saving detector: %w", err)
	}
	for i := range d.shards {
		for key, h := range d.shards[i].hosts {
			binary.LittleEndian.PutUint64(buf[0:], key)
			binary.LittleEndian.PutUint32(buf[8:], h.pages)
			binary.LittleEndian.PutUint32(buf[12:], uint32(h.tab.used))
			if _, err := mw.Write(buf[:16]); err != nil {
				return fmt.Errorf("boilerplate: saving detector: %w", err)
			}
			for _, s := range h.tab.slots {
				if s.key == 0 {
					continue
				}
				binary.LittleEndian.PutUint64(buf[0:], s.key)
				binary.LittleEndian.PutUint32(buf[8:], s.pages)
				binary.LittleEndian.PutUint32(buf[12:], s.last)
				if _, err := mw.Write(buf[:16]); err != nil {
					return fmt.Errorf("boilerplate: saving detector: %w", err)
				}
			}
		}
	}
	binary.LittleEndian.PutUint32(buf[0:], crc.Sum32())
	if _, err := bw.Write(buf[:4]); err != nil {
		return fmt.Errorf("boilerplate: saving detector: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("boilerplate: saving detector: %w", err)
	}
	return nil
}

// LoadDetector reads a state written by Save into a new Detector made with
// opts.
func LoadDetector(r io.Reader, opts ...DetectorOption) (*Detector, error) {
	d := NewDetector(opts...)
	if err := d.Load(r); err != nil {
		return nil, err
	}
	return d, nil
}

// Load replaces the detector's state with the one read from r, written by
// Save. On error (ErrNotDetectorState, ErrDetectorVersion, ErrCorruptState
// or a read error, wrapped: test with errors.Is) the state is left as it
// was; a nil r is ErrNotDetectorState. A state larger than this detector's
// memory bound is loaded in part: the hosts with the most pages first,
// until the bound.
func (d *Detector) Load(r io.Reader) error {
	if r == nil {
		return fmt.Errorf("%w (nil reader)", ErrNotDetectorState)
	}
	hosts, err := readState(r)
	if err != nil {
		return err
	}
	// Most useful first: hosts that learnt the most pages.
	slices.SortStableFunc(hosts, func(a, b loadedHost) int { return cmp.Compare(b.pages, a.pages) })
	for i := range d.shards {
		d.shards[i].mu.Lock()
	}
	defer func() {
		for i := range d.shards {
			d.shards[i].mu.Unlock()
		}
	}()
	for i := range d.shards {
		d.shards[i].hosts = make(map[uint64]*hostState)
	}
	var mem int64
	for _, lh := range hosts {
		h := newHostState(lh.pages, lh.slots, d.maxHostSlot)
		cost := hostBytes + int64(len(h.tab.slots))*slotBytes
		if mem+cost > d.maxMemory {
			continue
		}
		mem += cost
		d.shards[lh.key%numShards].hosts[lh.key] = h
	}
	d.memory.Store(mem)
	return nil
}

// loadedHost is one host read by readState.
type loadedHost struct {
	key   uint64
	pages uint32
	slots []fpSlot
}

// readState reads and checks a whole saved state.
func readState(r io.Reader) ([]loadedHost, error) {
	crc := crc32.New(castagnoli())
	br := &checkedReader{r: bufio.NewReaderSize(r, 64<<10), crc: crc}
	var buf [16]byte
	if err := br.full(buf[:16]); err != nil {
		if errors.Is(err, ErrCorruptState) {
			return nil, fmt.Errorf("%w (%d bytes read)", ErrNotDetectorState, br.n)
		}
		return nil, err
	}
	if string(buf[:16]) != detectorMagic {
		return nil, ErrNotDetectorState
	}
	if err := br.full(buf[:16]); err != nil {
		return nil, err
	}
	if v := binary.LittleEndian.Uint32(buf[0:]); v != detectorVersion {
		return nil, fmt.Errorf("%w: file version %d, this build reads %d", ErrDetectorVersion, v, detectorVersion)
	}
	if p := binary.LittleEndian.Uint32(buf[4:]); p != detectorParams {
		return nil, fmt.Errorf("%w: fingerprint parameters %#x, this build uses %#x", ErrDetectorVersion, p, detectorParams)
	}
	nhosts := binary.LittleEndian.Uint64(buf[8:])
	var hosts []loadedHost
	seen := make(map[uint64]bool)
	for range nhosts {
		if err := br.full(buf[:16]); err != nil {
			return nil, err
		}
		lh := loadedHost{key: binary.LittleEndian.Uint64(buf[0:]), pages: binary.LittleEndian.Uint32(buf[8:])}
		if seen[lh.key] {
			return nil, fmt.Errorf("%w: host %#x twice", ErrCorruptState, lh.key)
		}
		seen[lh.key] = true
		count := binary.LittleEndian.Uint32(buf[12:])
		// Grow with what is actually read, never by the count alone: a
		// damaged count must not allocate gigabytes.
		for range count {
			if err := br.full(buf[:16]); err != nil {
				return nil, err
			}
			s := fpSlot{
				key:   binary.LittleEndian.Uint64(buf[0:]),
				pages: binary.LittleEndian.Uint32(buf[8:]),
				last:  binary.LittleEndian.Uint32(buf[12:]),
			}
			if s.key == 0 || s.pages == 0 {
				return nil, fmt.Errorf("%w: bad entry in host %#x", ErrCorruptState, lh.key)
			}
			lh.slots = append(lh.slots, s)
		}
		hosts = append(hosts, lh)
	}
	sum := crc.Sum32()
	if err := br.full(buf[:4]); err != nil {
		return nil, err
	}
	if binary.LittleEndian.Uint32(buf[:4]) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrCorruptState)
	}
	return hosts, nil
}

// checkedReader reads exact amounts and feeds them to a checksum.
type checkedReader struct {
	r   io.Reader
	crc hash.Hash32
	n   int64
}

// full reads len(p) bytes; a short read is ErrCorruptState (truncated).
func (c *checkedReader) full(p []byte) error {
	n, err := io.ReadFull(c.r, p)
	c.n += int64(n)
	if err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("%w: truncated after %d bytes", ErrCorruptState, c.n)
		}
		return fmt.Errorf("boilerplate: reading detector state: %w", err)
	}
	c.crc.Write(p)
	return nil
}
