package compare

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net/http"
	"strings"

	gowarc "github.com/nlnwa/gowarc/v3"
	"github.com/winnowtext/winnow/internal/warc"
)

// maxSteps bounds the records and errors one trace reads, so that a reader
// that does not advance after an error cannot hang the comparison.
const maxSteps = 200

// A reader turns a WARC file into a trace: one entry per record read whole
// ("URI=block"), "!" for each error, in order. It goes on after errors
// where the library lets it.
type reader struct {
	name  string
	trace func(data []byte) []string
	pages func(r io.Reader) (pages, bytes int, err error)
}

var readers = []reader{
	{"internal/warc", winnowTrace, winnowPages},
	// gowarc's fastest mode, WithNoValidation, is left out: through a
	// WarcFileReader its records come with empty blocks (it skips block
	// parsing, and the unmarshaler then discards the unread block).
	{"gowarc", func(d []byte) []string { return gowarcTrace(d) }, func(r io.Reader) (int, int, error) { return gowarcPages(r) }},
}

func winnowTrace(data []byte) []string {
	r, err := warc.NewReader(bytes.NewReader(data))
	if err != nil {
		return []string{"!"}
	}
	var out []string
	for range maxSteps {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			out = append(out, "!")
			continue
		}
		block, err := io.ReadAll(rec.Block)
		if err != nil {
			out = append(out, "!")
			continue
		}
		out = append(out, rec.TargetURI+"="+string(block))
	}
	return out
}

func gowarcTrace(data []byte, opts ...gowarc.WarcRecordOption) []string {
	r, err := gowarc.NewWarcFileReaderFromStream(bytes.NewReader(data), 0, opts...)
	if err != nil {
		return []string{"!"}
	}
	var out []string
	for range maxSteps {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			break
		}
		if err != nil || rec.WarcRecord == nil {
			out = append(out, "!")
			rec.Close()
			continue
		}
		raw, err := rec.WarcRecord.Block().RawBytes()
		var block []byte
		if err == nil {
			block, err = io.ReadAll(raw)
		}
		if err != nil || len(rec.Validation) > 0 && int64(len(block)) != contentLength(rec.WarcRecord) {
			out = append(out, "!")
		} else {
			uri := strings.Trim(rec.WarcRecord.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
			out = append(out, uri+"="+string(block))
		}
		rec.Close()
	}
	return out
}

func contentLength(rec gowarc.WarcRecord) int64 {
	n, _ := rec.WarcHeader().GetInt64(gowarc.ContentLength)
	return n
}

// winnowPages reads the HTML payload of every response record, as winnow's
// command does.
func winnowPages(in io.Reader) (pages, n int, err error) {
	r, err := warc.NewReader(in)
	if err != nil {
		return 0, 0, err
	}
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return pages, n, nil
		}
		if err != nil {
			return pages, n, err
		}
		if rec.Type != warc.TypeResponse {
			continue
		}
		resp, err := warc.ReadResponse(rec)
		if err != nil {
			return pages, n, err
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return pages, n, err
		}
		pages++
		n += len(body)
	}
}

// gowarcPages reads the same payloads with gowarc: its own HTTP block
// parser when it parses blocks, net/http otherwise.
func gowarcPages(in io.Reader, opts ...gowarc.WarcRecordOption) (pages, n int, err error) {
	r, err := gowarc.NewWarcFileReaderFromStream(in, 0, opts...)
	if err != nil {
		return 0, 0, err
	}
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return pages, n, nil
		}
		if err != nil {
			return pages, n, err
		}
		if rec.WarcRecord.Type() != gowarc.Response {
			rec.Close()
			continue
		}
		var body io.Reader
		if hb, ok := rec.WarcRecord.Block().(gowarc.HttpResponseBlock); ok {
			body, err = hb.PayloadBytes()
		} else {
			var raw io.Reader
			if raw, err = rec.WarcRecord.Block().RawBytes(); err == nil {
				var resp *http.Response
				if resp, err = http.ReadResponse(bufio.NewReader(raw), nil); err == nil {
					body = resp.Body
				}
			}
		}
		if err != nil {
			rec.Close()
			return pages, n, err
		}
		data, err := io.ReadAll(body)
		rec.Close()
		if err != nil {
			return pages, n, err
		}
		pages++
		n += len(data)
	}
}
