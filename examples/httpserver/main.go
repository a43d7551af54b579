// Command httpserver shows winnow behind an HTTP handler: clients POST a
// page and get its main text and metadata as JSON. The handler is package
// httpapi's, the one `winnow serve` runs: it bounds what one request may
// cost (the body size, the time, slow clients, the extractions running at
// once) and never fetches a URL.
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
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/httpapi"
)

const samplePage = `<!DOCTYPE html><html lang="en"><head><title>Flood closes the valley road</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Flood closes the valley road</h1>
<p>The river rose by two metres overnight, and the town council opened the school gym to families who had to leave their homes before dawn.</p>
<p>Volunteers carried sandbags along the embankment until the water stopped rising in the early afternoon.</p></article>
<footer>© 2024 Valley News. All rights reserved.</footer></body></html>`

// newHandler is the service: 2 MiB pages at most, 5 seconds a request, and
// one site memory shared by all requests.
func newHandler() *httpapi.Handler {
	return httpapi.New(httpapi.Config{
		Limits:   extract.Limits{MaxInputBytes: 2 << 20},
		Timeout:  5 * time.Second,
		Detector: boilerplate.NewDetector(),
	})
}

// demo posts the sample page to a handler on a local port and copies the
// answer to w.
func demo(w io.Writer) error {
	srv := httptest.NewServer(newHandler())
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/extract?url=https://valley.example/flood", "text/html; charset=utf-8", bytes.NewReader([]byte(samplePage)))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	fmt.Fprintln(w, resp.Status)
	_, err = io.Copy(w, resp.Body)
	return err
}

func main() {
	listen := flag.String("listen", "", "serve on this address until stopped (default: run a demo and exit)")
	flag.Parse()
	if *listen != "" {
		log.Fatal(httpapi.NewServer(*listen, newHandler()).ListenAndServe())
	}
	if err := demo(os.Stdout); err != nil {
		log.Fatal(err)
	}
}
