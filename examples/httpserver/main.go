// Command httpserver shows winnow behind an HTTP handler: clients POST a
// page and get its main text and metadata as JSON. The handler bounds what
// one request may cost: the body size (http.MaxBytesReader), the time
// (a context deadline) and the number of extractions running at once.
//
// Without flags it starts on a local port, posts a sample page to itself,
// prints the answer and exits; with -listen it serves until stopped:
//
//	go run ./examples/httpserver
//	go run ./examples/httpserver -listen localhost:8080
//	curl --data-binary @page.html -H 'Content-Type: text/html' 'localhost:8080/extract?url=https://example.com/a'
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
)

// handler extracts POSTed pages.
type handler struct {
	maxBytes int64                 // largest body accepted
	timeout  time.Duration         // longest time one request may take
	slots    chan struct{}         // one token per extraction allowed to run
	det      *boilerplate.Detector // shared site memory, may be nil
	// extract is extract.FromBytes; tests slow it down.
	extract func([]byte, extract.Options) (*extract.Result, error)
}

// newHandler returns the handler of POST /extract.
func newHandler(maxBytes int64, timeout time.Duration, concurrency int, det *boilerplate.Detector) *handler {
	return &handler{maxBytes: maxBytes, timeout: timeout, slots: make(chan struct{}, concurrency), det: det, extract: extract.FromBytes}
}

// routes maps the URL paths of the service to their handlers.
func routes(h *handler) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST /extract", h)
	return mux
}

// response is the JSON answer.
type response struct {
	URL      string    `json:"url,omitempty"`
	Title    string    `json:"title,omitempty"`
	Date     time.Time `json:"date,omitzero"`
	Language string    `json:"language,omitempty"`
	Text     string    `json:"text"`
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), h.timeout)
	defer cancel()

	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBytes))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		httpError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("page larger than %d bytes", h.maxBytes))
		return
	case err != nil:
		httpError(w, http.StatusBadRequest, "reading body: "+err.Error())
		return
	case len(body) == 0:
		httpError(w, http.StatusBadRequest, "empty body: POST the page")
		return
	}

	// Wait for a free slot, but not past the deadline.
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		httpError(w, http.StatusServiceUnavailable, "server busy")
		return
	}
	type outcome struct {
		res *extract.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		// The slot is released when the extraction ends, even after the
		// client has been answered: the work is bounded by Limits.
		defer func() { <-h.slots }()
		res, err := h.extract(body, extract.Options{
			URL:         r.URL.Query().Get("url"),
			ContentType: r.Header.Get("Content-Type"),
			Detector:    h.det,
			Limits:      extract.Limits{MaxInputBytes: int(h.maxBytes)},
		})
		done <- outcome{res, err}
	}()

	select {
	case o := <-done:
		switch {
		case errors.Is(o.err, extract.ErrEmpty), errors.Is(o.err, extract.ErrNotHTML):
			httpError(w, http.StatusUnprocessableEntity, o.err.Error())
		case o.err != nil:
			httpError(w, http.StatusInternalServerError, o.err.Error())
		default:
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(response{o.res.URL, o.res.Title, o.res.Date, o.res.Language, o.res.Text})
		}
	case <-ctx.Done():
		httpError(w, http.StatusGatewayTimeout, "extraction took too long")
	}
}

func httpError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

const samplePage = `<!DOCTYPE html><html lang="en"><head><title>Flood closes the valley road</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Flood closes the valley road</h1>
<p>The river rose by two metres overnight, and the town council opened the school gym to families who had to leave their homes before dawn.</p>
<p>Volunteers carried sandbags along the embankment until the water stopped rising in the early afternoon.</p></article>
<footer>© 2024 Valley News. All rights reserved.</footer></body></html>`

func main() {
	listen := flag.String("listen", "", "serve on this address until stopped (default: run a demo and exit)")
	flag.Parse()
	h := routes(newHandler(2<<20, 5*time.Second, runtime.NumCPU(), boilerplate.NewDetector()))
	if *listen != "" {
		srv := &http.Server{Addr: *listen, Handler: h, ReadHeaderTimeout: 5 * time.Second}
		log.Fatal(srv.ListenAndServe())
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/extract?url=https://valley.example/flood", "text/html; charset=utf-8", bytes.NewReader([]byte(samplePage)))
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status)
	io.Copy(os.Stdout, resp.Body)
}
