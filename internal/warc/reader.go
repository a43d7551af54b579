package warc

import (
	"bufio"
	"bytes"
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
	// Block is the record block, ContentLength bytes. Reading it fails
	// with io.ErrUnexpectedEOF when the file (or, compressed, the record's
	// gzip member) ends before them, and with an error wrapping ErrFormat
	// when the record does not end after them (a Content-Length that
	// lies).
	Block io.Reader
}

// Reader reads the records of a WARC file in order.
//
// A malformed record does not end the file: Next reports it (an error
// wrapping ErrFormat) and the next call goes on with the next record it
// can find. In a compressed file a record is read within its own gzip
// member, so a Content-Length that claims more than the member holds
// loses that record only; elsewhere the reader skips to the next line that
// starts with "WARC/1.".
type Reader struct {
	in    *members      // the records as stored, decompressed member by member
	br    *bufio.Reader // buffers in
	tp    *textproto.Reader
	block *blockReader // the block of the last record, drained by Next
	n     int          // records read
	lost  bool         // the last record was malformed: find the next one
	done  bool         // the input ended or failed for good
}

// NewReader returns a Reader of r. A gzip-compressed input (one member per
// record, one member for the whole file, or anything between) is
// decompressed transparently. It fails only when r starts with the gzip
// magic number but not with a valid gzip header.
func NewReader(r io.Reader) (*Reader, error) {
	in, err := newMembers(r)
	if err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	br := bufio.NewReaderSize(in, 64<<10)
	return &Reader{in: in, br: br, tp: textproto.NewReader(br)}, nil
}

// Next returns the next record, or io.EOF after the last one. An error
// wrapping ErrFormat reports a malformed record (or data between records
// that is none); call Next again to go on. Other errors (reading the
// input failed) end the file.
func (r *Reader) Next() (*Record, error) {
	if r.done {
		return nil, io.EOF
	}
	if r.block != nil {
		// Whatever the caller left of the block; a short block already
		// told the caller when it read it, and the record that follows
		// is looked for as after any malformed record.
		if _, err := io.Copy(io.Discard, r.block); err != nil || r.block.n > 0 || r.block.bad {
			r.lost = true
		}
		r.block = nil
	}
	if r.lost {
		r.lost = false
		if err := r.resync(); err != nil {
			return nil, err
		}
	}
	rec, err := r.record()
	if err != nil {
		if errors.Is(err, io.EOF) {
			r.done = true
			return nil, io.EOF
		}
		if !errors.Is(err, ErrFormat) {
			return nil, r.fail(err)
		}
		r.lost = true
		return nil, err
	}
	return rec, nil
}

// record reads one record's version line and header.
func (r *Reader) record() (*Record, error) {
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
	r.block = &blockReader{br: r.br, n: n}
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
// the "WARC/x.y" line that starts the next one, going on to the next gzip
// member when one ends.
func (r *Reader) versionLine() (string, error) {
	for {
		line, err := r.line()
		if errors.Is(err, io.EOF) && len(line) == 0 {
			if err := r.nextMember(); err != nil {
				return "", err
			}
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return "", err
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

// resync skips to the next line that starts with "WARC/1.", which it
// leaves unread, crossing gzip members. A record in a member of its own
// is found at the start of the next member.
func (r *Reader) resync() error {
	for {
		head, err := r.br.Peek(7)
		if bytes.Equal(head, []byte("WARC/1.")) {
			return nil
		}
		if len(head) == 0 && errors.Is(err, io.EOF) {
			if err := r.nextMember(); err != nil {
				if errors.Is(err, io.EOF) {
					r.done = true
				}
				return err
			}
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, errGzip) {
			return r.fail(err)
		}
		// Skip to the start of the next line.
		for {
			_, err := r.br.ReadSlice('\n')
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
	}
}

// nextMember moves on to the next gzip member once the buffered data of
// the current one is read; io.EOF means the input ended. A damaged member
// is reported (ErrFormat) and the reader goes on at the next member it
// finds.
func (r *Reader) nextMember() error {
	if r.br.Buffered() > 0 {
		return nil
	}
	err := r.in.next()
	switch {
	case err == nil:
		r.br.Reset(r.in)
		return nil
	case errors.Is(err, io.EOF):
		return io.EOF
	case errors.Is(err, errGzip):
		r.br.Reset(r.in)
		return r.errorf("%w", err)
	}
	return err
}

// line reads one line, failing on lines longer than maxHeaderLine.
func (r *Reader) line() ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) || len(line) > maxHeaderLine {
		return nil, r.errorf("line too long")
	}
	if errors.Is(err, errGzip) {
		return nil, r.errorf("%w", err)
	}
	return line, err
}

// fail ends the file on an error of the input itself.
func (r *Reader) fail(err error) error {
	r.done = true
	return fmt.Errorf("warc: record %d: %w", r.n+1, err)
}

// errorf returns an ErrFormat error about the record being read.
func (r *Reader) errorf(format string, args ...any) error {
	return fmt.Errorf("%w (record %d): %w", ErrFormat, r.n+1, fmt.Errorf(format, args...))
}

// blockReader reads a record block of n more bytes and checks that the
// record ends where its Content-Length says.
type blockReader struct {
	br  *bufio.Reader
	n   int64
	bad bool // the record did not end after its block
}

// errBlockEnd reports a Content-Length that does not match the record.
var errBlockEnd = fmt.Errorf("%w: the record does not end where its Content-Length says", ErrFormat)

func (b *blockReader) Read(p []byte) (int, error) {
	if b.n <= 0 {
		return 0, b.end()
	}
	if int64(len(p)) > b.n {
		p = p[:b.n]
	}
	m, err := b.br.Read(p)
	b.n -= int64(m)
	if errors.Is(err, io.EOF) {
		if b.n > 0 {
			return m, io.ErrUnexpectedEOF
		}
		err = nil
	}
	if b.n == 0 && err == nil {
		err = b.end()
	}
	return m, err
}

// WriteTo lets io.Copy discard a block without an extra buffer.
func (b *blockReader) WriteTo(w io.Writer) (int64, error) {
	var total int64
	for b.n > 0 {
		chunk, err := b.br.Peek(int(min(b.n, int64(b.br.Size()))))
		if len(chunk) > 0 {
			m, werr := w.Write(chunk)
			b.br.Discard(m)
			b.n -= int64(m)
			total += int64(m)
			if werr != nil {
				return total, werr
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return total, io.ErrUnexpectedEOF
			}
			return total, err
		}
	}
	if err := b.end(); err != io.EOF {
		return total, err
	}
	return total, nil
}

// end checks, once the block is read, that the record's end marker (a
// blank line: CRLF CRLF, leniently LF LF) or the end of its gzip member or
// of the file follows; it returns io.EOF when it does.
func (b *blockReader) end() error {
	if b.bad {
		return errBlockEnd
	}
	next, _ := b.br.Peek(4)
	if bytes.HasPrefix(next, []byte("\n\n")) || bytes.HasPrefix([]byte("\r\n\r\n"), next) || bytes.HasPrefix([]byte("\n\n"), next) {
		return io.EOF
	}
	b.bad = true
	return errBlockEnd
}

func truncate(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}
