package pipeline

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/winnowtext/winnow/internal/warc"
)

// readWARC emits the pages of a WARC file: response records holding HTML
// or text (URL from WARC-Target-URI, charset from the HTTP Content-Type),
// resource records, and conversion records (the text of WET files). Other
// records are passed over. A malformed record is a failed page, and
// reading goes on with the next record; an error reading the file ends it.
func (r *Reader) readWARC(path string, in io.Reader, emit func(*Page) error) error {
	wr, err := warc.NewReader(in)
	if err != nil {
		return emit(&Page{Source: path, Err: err})
	}
	for n := 1; ; n++ {
		rec, err := wr.Next()
		if err == io.EOF {
			return nil
		}
		source := fmt.Sprintf("%s#%d", path, n)
		if err != nil {
			if eerr := emit(&Page{Source: source, Record: true, Err: err}); eerr != nil || !errors.Is(err, warc.ErrFormat) {
				return eerr
			}
			continue
		}
		var p *Page
		switch rec.Type {
		case warc.TypeResponse:
			p = r.warcResponse(rec)
		case warc.TypeResource, warc.TypeConversion:
			p = r.warcPayload(rec.Header.Get("Content-Type"), rec.Block, rec.ContentLength)
		default:
			continue
		}
		if p == nil {
			r.Skipped.Add(1)
			continue
		}
		p.Source, p.Record, p.URL = source, true, rec.TargetURI
		if err := emit(p); err != nil {
			return err
		}
	}
}

// warcResponse reads the page in an HTTP response record; nil means the
// record holds no page.
func (r *Reader) warcResponse(rec *warc.Record) *Page {
	if !strings.HasPrefix(strings.ToLower(rec.Header.Get("Content-Type")), "application/http") && rec.Header.Get("Content-Type") != "" {
		return nil
	}
	resp, err := warc.ReadResponse(rec)
	if err != nil {
		return &Page{Err: err}
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil
	}
	return r.warcPayload(resp.Header.Get("Content-Type"), resp.Body, resp.ContentLength)
}

// warcPayload reads a payload of the given media type and, when known
// (else -1), size; nil means it is neither HTML nor text.
func (r *Reader) warcPayload(contentType string, body io.Reader, size int64) *Page {
	text := false
	if contentType != "" {
		mt, _, err := mime.ParseMediaType(contentType)
		switch {
		case err != nil:
			// A broken header: let the extractor sniff the bytes.
		case mt == "text/plain":
			text = true
		case mt == "text/html" || mt == "application/xhtml+xml":
		default:
			return nil
		}
	}
	data, err := readLimited(body, r.maxBytes(), size)
	if err != nil {
		return &Page{ContentType: contentType, Err: fmt.Errorf("reading payload: %w", err)}
	}
	return &Page{ContentType: contentType, Text: text, Data: data}
}
