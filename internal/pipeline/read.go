package pipeline

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"sync/atomic"

	"github.com/winnowtext/winnow/extract"
)

// Reader reads the pages of sources. Its zero value reads stdin from
// os.Stdin with the default size limit.
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
}

// Read reads the pages of src in order and hands each to emit. A source
// that cannot be opened or parsed yields a page with Err set; Read returns
// only the error of emit, which stops it.
func (r *Reader) Read(src Source, emit func(*Page) error) error {
	if src.Err != nil {
		return emit(&Page{Source: src.Path, Err: src.Err})
	}
	in, closeIn, err := r.open(src.Path)
	if err != nil {
		return emit(&Page{Source: src.Path, Err: err})
	}
	defer closeIn()
	br, err := decompress(in)
	if err != nil {
		return emit(&Page{Source: src.Path, Err: err})
	}
	kind := r.Kind
	if kind == KindAuto {
		kind = kindByName(src.Path)
	}
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
	data, err := readLimited(br, r.maxBytes())
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

// open opens a file, or stdin for "-", counting the bytes read from it.
func (r *Reader) open(path string) (io.Reader, func(), error) {
	if path == "-" {
		in := r.Stdin
		if in == nil {
			in = os.Stdin
		}
		return &countingReader{in, &r.BytesRead}, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return &countingReader{f, &r.BytesRead}, func() { f.Close() }, nil
}

// decompress returns a buffered reader of in, gunzipped when in starts with
// the gzip magic number.
func decompress(in io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(in, 64<<10)
	magic, _ := br.Peek(2)
	if len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return bufio.NewReaderSize(zr, 64<<10), nil
}

// readLimited reads all of r, failing with extract.ErrTooLarge beyond max
// bytes.
func readLimited(r io.Reader, max int) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max {
		return nil, extract.ErrTooLarge
	}
	return data, nil
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
