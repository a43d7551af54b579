package pipeline

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"

	"github.com/winnowtext/winnow/extract"
)

// Reader reads the pages of sources. Its zero value reads stdin from
// os.Stdin with the default size limit. Read is called by one goroutine at
// a time (it reuses its buffers from one source to the next); the Load
// functions of the pages it emits may run on many.
type Reader struct {
	Kind     Kind      // KindAuto detects each source's kind
	URL      string    // URL of pages whose input names none
	MaxBytes int       // bytes of one page beyond which it fails; 0: extract.DefaultMaxInputBytes
	Stdin    io.Reader // read for the source "-"

	// BytesRead counts input bytes as they are read (compressed bytes for
	// compressed files), for progress reports.
	BytesRead atomic.Int64
	// Skipped counts WARC records that hold no page: other media types,
	// non-2xx responses.
	Skipped atomic.Int64

	bufs  sync.Pool // *bufio.Reader for load
	gzips sync.Pool // *gzip.Reader for load

	raw   *bufio.Reader // buffers the file as stored
	zr    *gzip.Reader
	plain *bufio.Reader // buffers the gunzipped file
}

// Read reads the pages of src in order and hands each to emit. A source
// that cannot be opened or parsed yields a page with Err set; Read returns
// only the error of emit, which stops it.
func (r *Reader) Read(src Source, emit func(*Page) error) error {
	if src.Err != nil {
		return emit(&Page{Source: src.Path, Err: src.Err})
	}
	kind := r.Kind
	if kind == KindAuto {
		kind = kindByName(src.Path)
	}
	if src.Path != "-" && (kind == KindHTML || kind == KindText) {
		// One page: the worker reads it.
		return emit(&Page{Source: src.Path, URL: r.URL, Text: kind == KindText, Load: func() ([]byte, error) { return r.load(src) }})
	}
	br, hint, closeIn, err := r.open(src)
	if err != nil {
		return emit(&Page{Source: src.Path, Err: err})
	}
	defer closeIn()
	if kind == KindAuto {
		head, _ := br.Peek(512)
		kind = sniffKind(head)
	}
	switch kind {
	case KindWARC:
		return r.readWARC(src.Path, br, emit)
	case KindJSONL:
		return r.readJSONL(src.Path, br, emit)
	}
	data, err := readLimited(br, r.maxBytes(), hint)
	p := &Page{Source: src.Path, URL: r.URL, Text: kind == KindText, Data: data, Err: err}
	if err != nil {
		p.Err = fmt.Errorf("reading: %w", err)
	}
	return emit(p)
}

func (r *Reader) maxBytes() int {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return extract.DefaultMaxInputBytes
}

// open opens a file, or stdin for "-", counting the bytes read from it and
// gunzipping it when it starts with the gzip magic number. hint is the
// size of the content when known, else -1.
func (r *Reader) open(src Source) (br *bufio.Reader, hint int64, closeFn func(), err error) {
	var in io.Reader
	var f *os.File
	closeFn = func() {}
	if src.Path == "-" {
		in = r.Stdin
		if in == nil {
			in = os.Stdin
		}
	} else {
		if f, err = os.Open(src.Path); err != nil {
			return nil, 0, nil, err
		}
		in, closeFn = f, func() { f.Close() }
	}
	if r.raw == nil {
		r.raw = bufio.NewReaderSize(nil, 64<<10)
		r.plain = bufio.NewReaderSize(nil, 64<<10)
	}
	r.raw.Reset(&countingReader{in, &r.BytesRead})
	if magic, _ := r.raw.Peek(2); len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		return r.raw, src.Size, closeFn, nil
	}
	if r.zr == nil {
		r.zr, err = gzip.NewReader(r.raw)
	} else {
		err = r.zr.Reset(r.raw)
	}
	if err != nil {
		closeFn()
		return nil, 0, nil, fmt.Errorf("gzip: %w", err)
	}
	r.plain.Reset(r.zr)
	return r.plain, gzipSize(f, src.Size), closeFn, nil
}

// load reads the one page of a file, on a worker: unlike open, it may run
// on many goroutines at once.
func (r *Reader) load(src Source) ([]byte, error) {
	f, err := os.Open(src.Path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br, _ := r.bufs.Get().(*bufio.Reader)
	if br == nil {
		br = bufio.NewReaderSize(nil, 32<<10)
	}
	defer r.bufs.Put(br)
	br.Reset(&countingReader{f, &r.BytesRead})
	var in io.Reader = br
	hint := src.Size
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, _ := r.gzips.Get().(*gzip.Reader)
		if zr == nil {
			zr = new(gzip.Reader)
		}
		defer r.gzips.Put(zr)
		if err := zr.Reset(br); err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		in, hint = zr, gzipSize(f, src.Size)
	}
	data, err := readLimited(in, r.maxBytes(), hint)
	if err != nil {
		return nil, fmt.Errorf("reading: %w", err)
	}
	return data, nil
}

// gzipSize reads the size a gzip file declares in its trailer (ISIZE, the
// size modulo 4 GiB of its last member): a hint, -1 when unknown.
func gzipSize(f *os.File, size int64) int64 {
	if f == nil || size < 18 {
		return -1
	}
	var tail [4]byte
	if _, err := f.ReadAt(tail[:], size-4); err != nil {
		return -1
	}
	n := int64(binary.LittleEndian.Uint32(tail[:]))
	if n > 1032*size {
		return -1 // more than deflate can expand to: a forged trailer
	}
	return n
}

// readLimited reads all of r, failing with extract.ErrTooLarge beyond max
// bytes. hint, the expected size when known, sizes the buffer so that a
// page is read without growing it.
func readLimited(r io.Reader, max int, hint int64) ([]byte, error) {
	n := 4 << 10
	if hint >= 0 {
		n = int(min(hint, int64(max))) + 1 // +1: room to see EOF without growing
	}
	buf := make([]byte, 0, n)
	lr := io.LimitReader(r, int64(max)+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		m, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if len(buf) > max {
		return nil, extract.ErrTooLarge
	}
	return buf, nil
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
