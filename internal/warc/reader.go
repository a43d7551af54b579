package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// Record types a WARC file holds (WARC-Type).
const (
	TypeWarcinfo   = "warcinfo"
	TypeResponse   = "response"
	TypeResource   = "resource"
	TypeRequest    = "request"
	TypeMetadata   = "metadata"
	TypeRevisit    = "revisit"
	TypeConversion = "conversion"
)

// ErrFormat is wrapped by the errors Next returns when the input is not a
// well-formed WARC file.
var ErrFormat = errors.New("warc: malformed record")

// maxHeaderLine bounds one line of a record's header block, so a file that
// is not a WARC cannot make the reader buffer it whole.
const maxHeaderLine = 64 << 10

// Record is one WARC record. Block is valid until the next call to
// Reader.Next.
type Record struct {
	Version       string               // "WARC/1.0", "WARC/1.1", ...
	Header        textproto.MIMEHeader // all named fields; use Header.Get
	Type          string               // WARC-Type
	TargetURI     string               // WARC-Target-URI, angle brackets removed
	ContentLength int64                // length of Block in bytes
	Block         io.Reader            // the record block, exactly ContentLength bytes
}

// Reader reads the records of a WARC file in order.
type Reader struct {
	br    *bufio.Reader
	tp    *textproto.Reader
	block *io.LimitedReader // the block of the last record, drained by Next
	n     int               // records read
}

// NewReader returns a Reader of r. A gzip-compressed input (one member per
// record, or one member for the whole file) is decompressed transparently.
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("warc: %w", err)
		}
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	return &Reader{br: br, tp: textproto.NewReader(br)}, nil
}

// Next returns the next record, or io.EOF after the last one. Any other
// error means the rest of the input cannot be read.
func (r *Reader) Next() (*Record, error) {
	if r.block != nil {
		if _, err := io.Copy(io.Discard, r.block); err != nil {
			return nil, fmt.Errorf("warc: record %d: reading block: %w", r.n, err)
		}
		if r.block.N > 0 {
			return nil, r.errorf("block truncated")
		}
		r.block = nil
	}
	version, err := r.versionLine()
	if err != nil {
		return nil, err
	}
	hdr, err := r.tp.ReadMIMEHeader()
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, r.errorf("header: %w", err)
	}
	n, err := strconv.ParseInt(strings.TrimSpace(hdr.Get("Content-Length")), 10, 64)
	if err != nil || n < 0 {
		return nil, r.errorf("bad Content-Length %q", hdr.Get("Content-Length"))
	}
	r.n++
	r.block = &io.LimitedReader{R: r.br, N: n}
	return &Record{
		Version:       version,
		Header:        hdr,
		Type:          strings.ToLower(strings.TrimSpace(hdr.Get("WARC-Type"))),
		TargetURI:     strings.Trim(strings.TrimSpace(hdr.Get("WARC-Target-URI")), "<>"),
		ContentLength: n,
		Block:         r.block,
	}, nil
}

// versionLine skips the blank lines that end the previous record and reads
// the "WARC/x.y" line that starts the next one.
func (r *Reader) versionLine() (string, error) {
	for {
		line, err := r.line()
		if err != nil {
			if errors.Is(err, io.EOF) && len(line) == 0 {
				return "", io.EOF
			}
			return "", r.errorf("%w", err)
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if !bytes.HasPrefix(line, []byte("WARC/")) {
			return "", r.errorf("expected a WARC/x.y version line, found %q", truncate(line, 40))
		}
		return string(line), nil
	}
}

// line reads one line, failing on lines longer than maxHeaderLine.
func (r *Reader) line() ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) || len(line) > maxHeaderLine {
		return nil, errors.New("line too long")
	}
	return line, err
}

// errorf returns an ErrFormat error about the record being read.
func (r *Reader) errorf(format string, args ...any) error {
	return fmt.Errorf("%w (record %d): %w", ErrFormat, r.n+1, fmt.Errorf(format, args...))
}

func truncate(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}
