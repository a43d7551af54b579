// Package httpapi serves winnow over HTTP, for services that extract pages
// posted to them and for a person who wants to see why a page's blocks
// were kept or dropped:
//
//	POST /extract   the page in the body; JSON with the metadata and main text
//	POST /explain   the page in the body; the explain report as HTML
//	GET  /          a page to drop or paste HTML or text into and see its report
//
// The body is the page itself (HTML or text), not a form. Query parameters:
// url, the page's URL (it resolves links and keys the site memory; it is
// never fetched); input, html or text (by default the Content-Type, then a
// look at the first bytes decide); on /extract, html=1 adds the article as
// clean HTML and blocks=1 every block with its verdict.
//
// A Handler bounds what one request may cost: the body is read up to
// Limits.MaxInputBytes, the request (reading included, so slow clients are
// cut off) gets Config.Timeout, and at most Config.Concurrency extractions
// run at once. It never makes a request of its own.
package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"runtime"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
)

// Config configures a Handler. The zero value is ready to use.
type Config struct {
	// Limits bound each extraction; Limits.MaxInputBytes also bounds the
	// request body (default extract.DefaultMaxInputBytes).
	Limits extract.Limits
	// Timeout is the longest time one request may take, from reading its
	// body to the answer. Default 10 seconds.
	Timeout time.Duration
	// Concurrency is how many extractions may run at once; requests wait
	// for a free slot until their deadline. Default runtime.NumCPU().
	Concurrency int
	// Detector, when not nil, is the site memory shared by all requests.
	Detector *boilerplate.Detector
	// Favor chooses precision, recall or the balanced default.
	Favor extract.Favor
}

// DefaultTimeout is the Timeout of a zero Config.
const DefaultTimeout = 10 * time.Second

// Handler serves the routes of the package documentation. It is safe for
// concurrent use.
type Handler struct {
	cfg   Config
	slots chan struct{}
	mux   *http.ServeMux
	// fromBytes and fromText are extract.FromBytesContext and
	// extract.FromText; tests slow them down.
	fromBytes func(context.Context, []byte, extract.Options) (*extract.Result, error)
	fromText  func(string, extract.Options) (*extract.Result, error)
}

// New returns a Handler for cfg.
func New(cfg Config) *Handler {
	if cfg.Limits.MaxInputBytes <= 0 {
		cfg.Limits.MaxInputBytes = extract.DefaultMaxInputBytes
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = runtime.NumCPU()
	}
	h := &Handler{
		cfg: cfg, slots: make(chan struct{}, cfg.Concurrency), mux: http.NewServeMux(),
		fromBytes: extract.FromBytesContext, fromText: extract.FromText,
	}
	h.mux.HandleFunc("POST /extract", h.serveExtract)
	h.mux.HandleFunc("POST /explain", h.serveExplain)
	h.mux.HandleFunc("GET /{$}", servePage)
	h.mux.HandleFunc("GET /app.js", serveScript)
	return h
}

// ServeHTTP serves the routes of the package documentation.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	h.mux.ServeHTTP(w, r)
}

// NewServer returns an http.Server for h on addr whose timeouts match the
// handler's: headers must arrive within 5 seconds, and idle connections
// are closed after a minute.
func NewServer(addr string, h *Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       h.cfg.Timeout,
		WriteTimeout:      h.cfg.Timeout + 5*time.Second,
		IdleTimeout:       time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// Response is the JSON answer of POST /extract. Its fields up to Text
// are those of extract.Result, which documents them.
type Response struct {
	URL         string              `json:"url,omitempty"`         // canonical URL, else the url parameter
	Title       string              `json:"title,omitempty"`       // headline
	Author      string              `json:"author,omitempty"`      // authors, joined with ", "
	SiteName    string              `json:"site_name,omitempty"`   // publisher's name
	Description string              `json:"description,omitempty"` // summary from the metadata
	Language    string              `json:"language,omitempty"`    // BCP 47 tag
	Date        time.Time           `json:"date,omitzero"`         // publication date; omitted when unknown
	Image       string              `json:"image,omitempty"`       // lead image's URL
	Text        string              `json:"text"`                  // main text, paragraphs separated by a blank line
	HTML        string              `json:"html,omitempty"`        // with html=1
	Blocks      []boilerplate.Block `json:"blocks,omitempty"`      // with blocks=1
}

func (h *Handler) serveExtract(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	res, ok := h.extract(w, r, q.Get("html") == "1")
	if !ok {
		return
	}
	resp := Response{
		URL: res.URL, Title: res.Title, Author: res.Author, SiteName: res.SiteName,
		Description: res.Description, Language: res.Language, Date: res.Date, Image: res.Image, Text: res.Text,
	}
	if q.Get("html") == "1" {
		resp.HTML = res.HTML()
	}
	if q.Get("blocks") == "1" {
		resp.Blocks = res.Blocks
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(resp)
}

// extract reads the page of r and extracts it within the request's time,
// answering the client itself when it fails.
func (h *Handler) extract(w http.ResponseWriter, r *http.Request, keepMarkup bool) (*extract.Result, bool) {
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
	defer cancel()
	body, status, err := h.readBody(w, r)
	if err != nil {
		httpError(w, status, err.Error())
		return nil, false
	}
	// Wait for a free slot, but not past the deadline.
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		httpError(w, http.StatusServiceUnavailable, "server busy")
		return nil, false
	}
	q := r.URL.Query()
	opts := extract.Options{
		URL: q.Get("url"), Detector: h.cfg.Detector, Favor: h.cfg.Favor,
		Limits: h.cfg.Limits, KeepMarkup: keepMarkup,
	}
	text := isText(q.Get("input"), r.Header.Get("Content-Type"), body)
	if !text {
		opts.ContentType = r.Header.Get("Content-Type")
	}
	type outcome struct {
		res *extract.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		// The slot is released when the extraction ends, even after the
		// client has been answered: HTML extraction stops at the deadline,
		// text extraction is linear in a body already bounded.
		defer func() { <-h.slots }()
		var o outcome
		if text {
			o.res, o.err = h.fromText(string(body), opts)
		} else {
			o.res, o.err = h.fromBytes(ctx, body, opts)
		}
		done <- o
	}()
	select {
	case o := <-done:
		switch {
		case errors.Is(o.err, extract.ErrEmpty), errors.Is(o.err, extract.ErrNotHTML):
			httpError(w, http.StatusUnprocessableEntity, o.err.Error())
		case errors.Is(o.err, extract.ErrTooLarge):
			httpError(w, http.StatusRequestEntityTooLarge, o.err.Error())
		case errors.Is(o.err, context.DeadlineExceeded):
			httpError(w, http.StatusGatewayTimeout, "extraction took too long")
		case o.err != nil:
			httpError(w, http.StatusInternalServerError, o.err.Error())
		default:
			return o.res, true
		}
	case <-ctx.Done():
		httpError(w, http.StatusGatewayTimeout, "extraction took too long")
	}
	return nil, false
}

// readBody reads the request body, at most Limits.MaxInputBytes of it and
// no longer than the request's time: a client that sends slowly is cut off.
func (h *Handler) readBody(w http.ResponseWriter, r *http.Request) ([]byte, int, error) {
	// Not every ResponseWriter supports deadlines (httptest's does not);
	// http.Server's does, and that is where slow clients come from.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(h.cfg.Timeout))
	max := int64(h.cfg.Limits.MaxInputBytes)
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
	var tooLarge *http.MaxBytesError
	var netErr interface{ Timeout() bool }
	switch {
	case errors.As(err, &tooLarge):
		return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("page larger than %d bytes", max)
	case errors.As(err, &netErr) && netErr.Timeout():
		return nil, http.StatusRequestTimeout, errors.New("reading the page took too long")
	case err != nil:
		return nil, http.StatusBadRequest, fmt.Errorf("reading the page: %v", err)
	case len(bytes.TrimSpace(body)) == 0:
		return nil, http.StatusBadRequest, errors.New("empty body: POST the page itself")
	}
	return body, 0, nil
}

// isText decides whether the body is text to clean rather than HTML: the
// input parameter, else the Content-Type, else its first bytes.
func isText(input, contentType string, body []byte) bool {
	switch input {
	case "text":
		return true
	case "html":
		return false
	}
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		switch mt {
		case "text/plain":
			return true
		case "text/html", "application/xhtml+xml":
			return false
		}
	}
	if bytes.HasPrefix(body, []byte("\xff\xfe")) || bytes.HasPrefix(body, []byte("\xfe\xff")) {
		return false // UTF-16 with a byte order mark: only HTML comes so
	}
	b := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(b) == 0 || b[0] != '<'
}

func httpError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}
