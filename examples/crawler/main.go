// Command crawler shows winnow in a crawler: a pool of workers fetches the
// pages of a site and extracts them with one boilerplate.Detector shared by
// all workers, so blocks of the site's template (a newsletter prompt, a
// footer) are learnt once and dropped on every page.
//
// It serves a small synthetic site on a local port and crawls it:
//
//	go run ./examples/crawler
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
)

// Page is the outcome of crawling one URL.
type Page struct {
	URL   string
	Title string
	Text  string
	Err   error
}

// crawl fetches urls with workers goroutines and extracts each page with
// the shared detector. Results are in the order of urls.
func crawl(ctx context.Context, client *http.Client, urls []string, workers int, det *boilerplate.Detector) []Page {
	pages := make([]Page, len(urls))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				pages[i] = fetch(ctx, client, urls[i], det)
			}
		})
	}
	for i := range urls {
		next <- i
	}
	close(next)
	wg.Wait()
	return pages
}

// fetch downloads and extracts one page.
func fetch(ctx context.Context, client *http.Client, url string, det *boilerplate.Detector) Page {
	p := Page{URL: url}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		p.Err = err
		return p
	}
	resp, err := client.Do(req)
	if err != nil {
		p.Err = err
		return p
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		p.Err = fmt.Errorf("%s: %s", url, resp.Status)
		return p
	}
	// FromReader stops reading at Limits.MaxInputBytes, so a huge
	// response cannot exhaust memory.
	res, err := extract.FromReader(resp.Body, extract.Options{
		URL:         url,
		Detector:    det,
		ContentType: resp.Header.Get("Content-Type"),
		Limits:      extract.Limits{MaxInputBytes: 8 << 20},
	})
	if err != nil {
		p.Err = err
		return p
	}
	p.Title, p.Text = res.Title, res.Text
	return p
}

func main() {
	site := httptest.NewServer(siteHandler())
	defer site.Close()

	var urls []string
	for i := range len(stories) {
		urls = append(urls, fmt.Sprintf("%s/news/%d", site.URL, i))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	det := boilerplate.NewDetector()
	client := &http.Client{Timeout: 10 * time.Second}
	failed := false
	for _, p := range crawl(ctx, client, urls, 4, det) {
		if p.Err != nil {
			log.Printf("%s: %v", p.URL, p.Err)
			failed = true
			continue
		}
		fmt.Printf("== %s (%s)\n%s\n\n", p.Title, p.URL, p.Text)
	}
	if failed {
		os.Exit(1)
	}
}

// stories are the article bodies of the synthetic site.
var stories = []struct{ title, body string }{
	{"Flood closes the valley road", "The river rose by two metres overnight, and the town council opened the school gym to families who had to leave their homes before dawn."},
	{"Bakery wins regional prize", "The family bakery on Mill Street won the regional bread prize for its rye loaf, baked to a recipe the owner's grandmother brought from the north."},
	{"New bus line to the hospital", "From Monday a new bus line links the station with the hospital every twenty minutes, replacing the shuttle that ran only in the mornings."},
	{"Library extends opening hours", "The public library will open until nine in the evening on weekdays after readers asked for more time to study after work."},
	{"School garden feeds the canteen", "Pupils grew enough vegetables in the school garden this summer to supply the canteen with salad for three weeks in September."},
	{"Bridge repairs finish early", "Repairs to the old stone bridge finished two weeks ahead of plan, and the road reopened to cars on Friday afternoon."},
}

// siteHandler serves the stories in one site template: navigation, a
// newsletter prompt and a footer repeated on every page.
func siteHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /news/{id}", func(w http.ResponseWriter, r *http.Request) {
		var id int
		if _, err := fmt.Sscan(r.PathValue("id"), &id); err != nil || id < 0 || id >= len(stories) {
			http.NotFound(w, r)
			return
		}
		s := stories[id]
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="en"><head><title>%s | Valley News</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>%s</h1><p>%s</p>
<p>%s</p></article>
<div class="promo"><p>Thank you for reading Valley News. Sign up to our morning newsletter and get the stories that matter to the valley in your inbox every day.</p></div>
</main><footer><p>© 2024 Valley News. All rights reserved.</p></footer></body></html>`,
			s.title, s.title, s.body, strings.Repeat("Residents said they hoped the change would last. ", 2))
	})
	return mux
}
