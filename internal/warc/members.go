package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/klauspost/compress/gzip"
)

// errGzip wraps the errors of damaged compressed data.
var errGzip = errors.New("damaged gzip data")

// gzipMagic starts every gzip member (with the deflate method byte).
var gzipMagic = []byte{0x1f, 0x8b, 8}

// members reads an input one gzip member at a time: Read returns io.EOF at
// the end of each member, and next opens the one after it. An input that
// is not compressed is one member.
type members struct {
	src    *bufio.Reader
	zr     *gzip.Reader // nil when the input is not compressed
	broken bool         // the current member is damaged: skip to the next magic number
}

// newMembers opens the first member of r.
func newMembers(r io.Reader) (*members, error) {
	src := bufio.NewReaderSize(r, 64<<10)
	m := &members{src: src}
	if magic, _ := src.Peek(2); !bytes.Equal(magic, gzipMagic[:2]) {
		return m, nil
	}
	zr, err := gzip.NewReader(src)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	zr.Multistream(false)
	m.zr = zr
	return m, nil
}

// Read reads the current member. Damaged data is reported once, wrapped
// in errGzip; the member then reads as ended.
func (m *members) Read(p []byte) (int, error) {
	if m.zr == nil {
		return m.src.Read(p)
	}
	if m.broken {
		return 0, io.EOF
	}
	n, err := m.zr.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		m.broken = true
		return n, fmt.Errorf("%w: %w", errGzip, err)
	}
	return n, err
}

// next opens the member after the current one, which must have been read
// to its end (or be broken); io.EOF means there is none. A damaged header
// is reported wrapped in errGzip; calling next again goes on with the next
// magic number.
func (m *members) next() error {
	if m.zr == nil {
		return io.EOF
	}
	if m.broken {
		if err := m.skipToMagic(); err != nil {
			return err
		}
	}
	if _, err := m.src.Peek(1); err != nil {
		return io.EOF // no more input: the previous member was the last
	}
	if err := m.zr.Reset(m.src); err != nil {
		m.broken = true
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return fmt.Errorf("%w: %w", errGzip, err)
	}
	m.zr.Multistream(false)
	m.broken = false
	return nil
}

// skipToMagic discards input up to the next gzip magic number, at least
// one byte, so that a damaged member is passed over.
func (m *members) skipToMagic() error {
	if _, err := m.src.Discard(1); err != nil {
		return io.EOF
	}
	for {
		buf, _ := m.src.Peek(m.src.Buffered())
		if len(buf) < len(gzipMagic) {
			if _, err := m.src.Peek(len(gzipMagic)); err != nil {
				return io.EOF
			}
			continue
		}
		if i := bytes.Index(buf, gzipMagic); i >= 0 {
			m.src.Discard(i)
			return nil
		}
		// Keep the last bytes: the magic number may straddle the buffer.
		m.src.Discard(len(buf) - len(gzipMagic) + 1)
	}
}
