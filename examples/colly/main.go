// Command colly shows winnow in a crawler built on github.com/gocolly/colly:
// colly fetches the pages of a site and follows its links, and each page is
// extracted with one boilerplate.Detector shared by colly's goroutines, so
// the site's template (navigation, a newsletter prompt, related links) is
// learnt once and dropped on every page. It writes one JSON record a page:
// url, title, author, date, language and the main text.
//
//	go run . -start https://example.com/ -max-depth 2 -o pages.jsonl
//
// It stays on the start URL's host, ignores robots.txt as colly does by
// default (respect it on sites you do not own: set -robots) and sends at
// most -parallel requests at once.
//
// It is a module of its own so that colly's dependencies stay out of
// winnow's.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"mime"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
)

// Config is a crawl.
type Config struct {
	Start       string        // the first URL; the crawl stays on its host
	MaxDepth    int           // links followed from the start page, 1 for the start page alone
	Parallelism int           // requests at once
	Robots      bool          // obey robots.txt
	Timeout     time.Duration // per request
	// Transport, when not nil, makes the requests (tests use it to keep
	// the crawl on their local server).
	Transport http.RoundTripper
}

// Record is one line of the output.
type Record struct {
	URL      string    `json:"url"`
	Title    string    `json:"title,omitempty"`
	Author   string    `json:"author,omitempty"`
	Date     time.Time `json:"date,omitzero"`
	Language string    `json:"language,omitempty"`
	Text     string    `json:"text"`
}

// Stats counts what a crawl did.
type Stats struct {
	Pages  int // records written
	Failed int // requests or extractions that failed
}

// Crawl crawls cfg.Start, extracts every HTML page with one shared
// Detector and writes a Record a line to w, in the order pages arrive.
func Crawl(cfg Config, w io.Writer) (Stats, error) {
	start, err := url.Parse(cfg.Start)
	if err != nil || start.Host == "" || (start.Scheme != "http" && start.Scheme != "https") {
		return Stats{}, fmt.Errorf("start URL %q: want an absolute http(s) URL", cfg.Start)
	}
	c := colly.NewCollector(
		colly.AllowedDomains(start.Hostname()),
		colly.MaxDepth(cfg.MaxDepth),
		colly.Async(true),
		// winnow reads at most this much of a page, and so does colly.
		colly.MaxBodySize(8<<20),
	)
	c.IgnoreRobotsTxt = !cfg.Robots
	if cfg.Transport != nil {
		c.WithTransport(cfg.Transport)
	}
	if cfg.Timeout > 0 {
		c.SetRequestTimeout(cfg.Timeout)
	}
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: max(1, cfg.Parallelism)}); err != nil {
		return Stats{}, err
	}

	det := boilerplate.NewDetector() // shared by colly's goroutines
	var (
		mu    sync.Mutex // guards enc, stats and werr
		enc   = json.NewEncoder(w)
		stats Stats
		werr  error
	)
	enc.SetEscapeHTML(false)
	c.OnResponse(func(r *colly.Response) {
		if !isHTML(r.Headers.Get("Content-Type")) {
			return
		}
		res, err := extract.FromBytes(r.Body, extract.Options{
			URL:         r.Request.URL.String(),
			ContentType: bodyContentType(r.Headers.Get("Content-Type")),
			Detector:    det,
			Limits:      extract.Limits{MaxInputBytes: 8 << 20},
		})
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			log.Printf("%s: %v", r.Request.URL, err)
			stats.Failed++
			return
		}
		if err := enc.Encode(Record{r.Request.URL.String(), res.Title, res.Author, res.Date, res.Language, res.Text}); err != nil && werr == nil {
			werr = err
		}
		stats.Pages++
	})
	c.OnHTML("a[href]", func(e *colly.HTMLElement) {
		e.Request.Visit(e.Attr("href")) // colly keeps it on the host and under MaxDepth
	})
	c.OnError(func(r *colly.Response, err error) {
		log.Printf("%s: %v", r.Request.URL, err)
		mu.Lock()
		stats.Failed++
		mu.Unlock()
	})
	if err := c.Visit(start.String()); err != nil {
		return stats, err
	}
	c.Wait()
	return stats, werr
}

// isHTML reports whether a Content-Type is HTML (or absent, as on some
// servers).
func isHTML(contentType string) bool {
	if contentType == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	return err != nil || mt == "text/html" || mt == "application/xhtml+xml"
}

// bodyContentType is the Content-Type of the body colly hands over: colly
// converts a body whose header names a charset to UTF-8, so winnow must
// read it as UTF-8; without a charset the bytes are the server's, and
// winnow finds their encoding.
func bodyContentType(header string) string {
	if strings.Contains(strings.ToLower(header), "charset") {
		return "text/html; charset=utf-8"
	}
	return header
}

func main() {
	cfg := Config{}
	flag.StringVar(&cfg.Start, "start", "", "`URL` to start from (required)")
	flag.IntVar(&cfg.MaxDepth, "max-depth", 2, "link depth to follow; 1 is the start page alone")
	flag.IntVar(&cfg.Parallelism, "parallel", 4, "requests at once")
	flag.BoolVar(&cfg.Robots, "robots", false, "obey robots.txt")
	flag.DurationVar(&cfg.Timeout, "timeout", 20*time.Second, "per request")
	out := flag.String("o", "", "write JSONL to `FILE` instead of stdout")
	flag.Parse()
	if cfg.Start == "" {
		flag.Usage()
		os.Exit(2)
	}
	w, f := io.Writer(os.Stdout), (*os.File)(nil)
	if *out != "" {
		var err error
		if f, err = os.Create(*out); err != nil {
			log.Fatal(err)
		}
		w = f
	}
	stats, err := Crawl(cfg, w)
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("%d pages written, %d failed", stats.Pages, stats.Failed)
	if stats.Failed > 0 {
		os.Exit(1)
	}
}
