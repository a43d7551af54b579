package warc

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
)

// ReadResponse parses the HTTP response held in the block of a response
// record. The body is de-chunked and, for a gzip or deflate
// Content-Encoding, decompressed; the caller closes it.
func ReadResponse(rec *Record) (*http.Response, error) {
	resp, err := http.ReadResponse(bufio.NewReader(rec.Block), nil)
	if err != nil {
		return nil, fmt.Errorf("warc: HTTP response of %s: %w", rec.TargetURI, err)
	}
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			resp.Body.Close()
			return nil, fmt.Errorf("warc: gzip body of %s: %w", rec.TargetURI, err)
		}
		resp.Body = readCloser{zr, resp.Body}
	case "deflate":
		resp.Body = readCloser{flate.NewReader(resp.Body), resp.Body}
	}
	return resp, nil
}

type readCloser struct {
	io.Reader
	io.Closer
}
