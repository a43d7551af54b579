package pipeline

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"

	"github.com/klauspost/compress/gzip"

	"github.com/winnowtext/winnow/extract"
)

// Reader reads the pages of sources. Its zero value reads stdin from
// os.Stdin with the default size limit. Read may be called by many
// goroutines at once, each reading its own source, and so may the Load
// functions of the pages it emits.
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

	bufs  sync.Pool // *bufio.Reader of 32 KiB, for load
	big   sync.Pool // *bufio.Reader of 64 KiB, for Read
	gzips sync.Pool // *gzip.Reader
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
	in, err := r.open(src)
	if err != nil {
		return emit(&Page{Source: src.Path, Err: err})
	}
	defer in.close()
	return r.readInput(src.Path, kind, in, emit)
}

// ReadStream reads the pages of one open file, named name (which decides
// its kind as in Read, and names its pages), of size bytes when known
// (else -1), as Read does a source. It serves callers that open files
// themselves, on a remote file system.
func (r *Reader) ReadStream(name string, stream io.Reader, size int64, emit func(*Page) error) error {
	kind := r.Kind
	if kind == KindAuto {
		kind = kindByName(name)
	}
	in := r.wrap(stream, nil, size)
	defer in.close()
	return r.readInput(name, kind, in, emit)
}

// readInput reads the pages of an open input of the given kind (KindAuto:
// decided by its first bytes).
func (r *Reader) readInput(name string, kind Kind, in *input, emit func(*Page) error) error {
	if kind == KindWARC && in.gz {
		// The WARC reader inflates member by member, so that a damaged
		// record costs only itself.
		return r.readWARC(name, in.raw, emit)
	}
	br, err := in.plain()
	if err != nil {
		return emit(&Page{Source: name, Err: err})
	}
	if kind == KindAuto {
		head, _ := br.Peek(512)
		kind = sniffKind(head)
	}
	switch kind {
	case KindWARC:
		return r.readWARC(name, br, emit)
	case KindJSONL:
		return r.readJSONL(name, br, emit)
	}
	data, err := readLimited(br, r.maxBytes(), in.hint)
	p := &Page{Source: name, URL: r.URL, Text: kind == KindText, Data: data, Err: err}
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

// input is an open source: the bytes as stored and, once plain is
// called on a gzip file, a gzip reader over them.
type input struct {
	r     *Reader
	raw   *bufio.Reader // the file as stored
	gz    bool          // the file is gzip-compressed
	zr    *gzip.Reader  // made by plain
	unzip *bufio.Reader // buffers zr
	hint  int64         // size of the content when known, else -1
	file  *os.File      // nil for stdin
}

// open opens a file, or stdin for "-", counting the bytes read from it and
// preparing to gunzip it when it starts with the gzip magic number.
func (r *Reader) open(src Source) (*input, error) {
	if src.Path == "-" {
		stdin := r.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		return r.wrap(stdin, nil, src.Size), nil
	}
	file, err := os.Open(src.Path)
	if err != nil {
		return nil, err
	}
	return r.wrap(file, file, src.Size), nil
}

// wrap buffers stream, of size bytes when known (else -1); file, when not
// nil, is the same stream as a file, closed with the input.
func (r *Reader) wrap(stream io.Reader, file *os.File, size int64) *input {
	in := &input{r: r, hint: size, file: file}
	in.raw = r.getBuf(&r.big, 64<<10)
	in.raw.Reset(&countingReader{stream, &r.BytesRead})
	if magic, _ := in.raw.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		in.gz, in.hint = true, gzipSize(file, size)
	}
	return in
}

// plain returns the content of the source, gunzipped.
func (in *input) plain() (*bufio.Reader, error) {
	if !in.gz {
		return in.raw, nil
	}
	zr, err := in.r.gzipReader(in.raw)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	in.zr = zr
	in.unzip = in.r.getBuf(&in.r.big, 64<<10)
	in.unzip.Reset(in.zr)
	return in.unzip, nil
}

// close closes the file and recycles the buffers.
func (in *input) close() {
	if in.file != nil {
		in.file.Close()
	}
	for _, b := range []*bufio.Reader{in.raw, in.unzip} {
		if b != nil {
			b.Reset(nil)
			in.r.big.Put(b)
		}
	}
	if in.zr != nil {
		in.r.gzips.Put(in.zr)
	}
}

// getBuf returns a recycled bufio.Reader of pool, or a new one of size.
func (r *Reader) getBuf(pool *sync.Pool, size int) *bufio.Reader {
	if br, ok := pool.Get().(*bufio.Reader); ok {
		return br
	}
	return bufio.NewReaderSize(nil, size)
}

// gzipReader returns a recycled gzip reader reset to read src.
func (r *Reader) gzipReader(src io.Reader) (*gzip.Reader, error) {
	zr, _ := r.gzips.Get().(*gzip.Reader)
	if zr == nil {
		zr = new(gzip.Reader)
	}
	if err := zr.Reset(src); err != nil {
		r.gzips.Put(zr)
		return nil, err
	}
	return zr, nil
}

// load reads the one page of a file, on a worker: unlike open, it may run
// on many goroutines at once.
func (r *Reader) load(src Source) ([]byte, error) {
	f, err := os.Open(src.Path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := r.getBuf(&r.bufs, 32<<10)
	defer r.bufs.Put(br)
	br.Reset(&countingReader{f, &r.BytesRead})
	var in io.Reader = br
	hint := src.Size
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := r.gzipReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer r.gzips.Put(zr)
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
