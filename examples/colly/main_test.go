package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
	"golang.org/x/text/encoding/charmap"
)

// stories are the articles of the test site.
var stories = []struct{ title, body string }{
	{"Flood closes the valley road", "The river rose by two metres overnight, and the town council opened the school gym to families who had to leave their homes before dawn."},
	{"Bakery wins regional prize", "The family bakery on Mill Street won the regional bread prize for its rye loaf, baked to a recipe the owner's grandmother brought from the north."},
	{"New bus line to the hospital", "From Monday a new bus line links the station with the hospital every twenty minutes, replacing the shuttle that ran only in the mornings."},
	{"Library extends opening hours", "The public library will open until nine in the evening on weekdays after readers asked for more time to study after work."},
	{"School garden feeds the canteen", "Pupils grew enough vegetables in the school garden this summer to supply the canteen with salad for three weeks in September."},
	{"Bridge repairs finish early", "Repairs to the old stone bridge finished two weeks ahead of plan, and the road reopened to cars on Friday afternoon."},
	{"Market square gets new trees", "Twelve young lime trees were planted around the market square, where the old chestnuts had to be felled after a storm last winter."},
	{"Café reopens on the quay", "The café on the quay reopened after a year of repairs, and its owner said the first customers queued for the apple cake before nine."},
}

// aboutUs is the site's template paragraph: on every story, in the
// article, and with the density of text, so only the cross-page memory of
// the Detector tells that it is not the story's.
const aboutUs = "Valley News is owned by the people who read it, and every story here is written by reporters who live in the valley and know the places they write about."

// latin1Story is served as ISO-8859-1: colly converts it to UTF-8.
const latin1Story = 7

// site serves a home page linking to every story and the stories in one
// template: navigation, a newsletter prompt, related links and a footer,
// with links off the site and to a page that does not exist.
func site() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		var links strings.Builder
		for i, s := range stories {
			fmt.Fprintf(&links, `<li><a href="/news/%d">%s</a></li>`, i, s.title)
		}
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="en"><head><title>Valley News</title></head><body>
<h1>Valley News</h1><ul>%s<li><a href="/news/99">Archive</a></li></ul>
<p><a href="/feed.xml">Feed</a> <a href="https://social.example/valleynews">Follow us</a></p></body></html>`, links.String())
	})
	mux.HandleFunc("GET /feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss><channel><title>Valley News</title></channel></rss>`)
	})
	mux.HandleFunc("GET /news/{id}", func(w http.ResponseWriter, r *http.Request) {
		var id int
		if _, err := fmt.Sscan(r.PathValue("id"), &id); err != nil || id < 0 || id >= len(stories) {
			http.NotFound(w, r)
			return
		}
		s := stories[id]
		next, prev := stories[(id+1)%len(stories)], stories[(id+len(stories)-1)%len(stories)]
		page := fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><title>%s | Valley News</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news/0">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>%s</h1><p>%s</p>
<p>Residents said they hoped the change would last, and the council promised to report on it again in the spring.</p>
<p>%s</p></article>
<div class="promo"><p>Thank you for reading Valley News. Sign up to our morning newsletter and get the stories that matter to the valley in your inbox every day.</p></div>
<aside><h2>Read next</h2><ul><li><a href="/news/%d">%s</a></li><li><a href="/news/%d">%s</a></li></ul></aside>
</main><footer><p>© 2024 Valley News. All rights reserved. <a href="https://social.example/valleynews">Follow us</a></p></footer></body></html>`,
			s.title, s.title, s.body, aboutUs, (id+1)%len(stories), next.title, (id+len(stories)-1)%len(stories), prev.title)
		if id == latin1Story {
			w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
			b, err := charmap.ISO8859_1.NewEncoder().String(page)
			if err != nil {
				panic(err)
			}
			io.WriteString(w, b)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	})
	return mux
}

// localOnly sends requests to the test server and refuses, counting them,
// any for another host: the crawl must not reach the network.
type localOnly struct {
	host    string
	refused atomic.Int32
}

func (l *localOnly) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != l.host {
		l.refused.Add(1)
		return nil, fmt.Errorf("test: refused a request for %s", r.URL)
	}
	return http.DefaultTransport.RoundTrip(r)
}

func TestCrawl(t *testing.T) {
	srv := httptest.NewServer(site())
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	transport := &localOnly{host: u.Host}
	logged := log.Writer()
	log.SetOutput(io.Discard) // the missing page is logged
	defer log.SetOutput(logged)

	var out bytes.Buffer
	stats, err := Crawl(Config{Start: srv.URL + "/", MaxDepth: 2, Parallelism: 3, Transport: transport}, &out)
	if err != nil {
		t.Fatal(err)
	}
	if n := transport.refused.Load(); n != 0 {
		t.Errorf("the crawl asked for %d URLs off the site", n)
	}
	// The home page and every story; the missing page failed; the feed is
	// not HTML.
	if stats.Pages != 1+len(stories) || stats.Failed != 1 {
		t.Errorf("stats %+v, want %d pages and 1 failure", stats, 1+len(stories))
	}
	records := map[string]Record{}
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		records[r.URL] = r
	}
	if len(records) != stats.Pages {
		t.Fatalf("%d records for %d pages", len(records), stats.Pages)
	}
	kept := 0 // stories that keep the template paragraph
	for i, s := range stories {
		r, ok := records[fmt.Sprintf("%s/news/%d", srv.URL, i)]
		if !ok {
			t.Errorf("story %d not crawled", i)
			continue
		}
		if r.Title != s.title || !strings.Contains(r.Text, s.body) || r.Language != "en" {
			t.Errorf("story %d: %+v", i, r)
		}
		for _, boiler := range []string{"All rights reserved", "Read next", "Sport", "Follow us"} {
			if strings.Contains(r.Text, boiler) {
				t.Errorf("story %d keeps %q: %q", i, boiler, r.Text)
			}
		}
		if strings.Contains(r.Text, aboutUs) {
			kept++
		}
	}
	// The shared Detector drops the template paragraph once it has seen it
	// on MinPages pages of the site; colly's goroutines may extract a few
	// pages at once before it knows. Alone, a page keeps it.
	t.Logf("template paragraph kept on %d of %d stories", kept, len(stories))
	if kept > boilerplate.DefaultMinPages+2 {
		t.Errorf("the template paragraph is kept on %d of %d stories", kept, len(stories))
	}
	resp, err := http.Get(srv.URL + "/news/0")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	alone, err := extract.FromBytes(page, extract.Options{URL: srv.URL + "/news/0"})
	if err != nil || !strings.Contains(alone.Text, aboutUs) {
		t.Errorf("without a Detector the template paragraph should be kept: %v %q", err, alone.Text)
	}
	if !strings.Contains(records[fmt.Sprintf("%s/news/%d", srv.URL, latin1Story)].Text, "The café on the quay") {
		t.Errorf("the ISO-8859-1 page is misdecoded")
	}
}

func TestCrawlBadStart(t *testing.T) {
	for _, start := range []string{"", "example.com", "ftp://example.com/", "http://"} {
		if _, err := Crawl(Config{Start: start, MaxDepth: 1}, io.Discard); err == nil {
			t.Errorf("start %q: no error", start)
		}
	}
}
