package httpapi

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
)

const samplePage = `<!DOCTYPE html><html lang="en"><head><title>Flood closes the valley road</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Flood closes the valley road</h1>
<p>The river rose by <em>two metres</em> overnight, and the town council opened the school gym to families who had to leave their homes before dawn.</p>
<p>Volunteers carried sandbags along the embankment until the water stopped rising in the early afternoon.</p></article>
<footer>© 2024 Valley News. All rights reserved.</footer></body></html>`

const sampleText = `Valley News
Home | News | Sport
The river rose by two metres overnight, and the town council opened the school gym to families who had to leave their homes before dawn.
Volunteers carried sandbags along the embankment until the water stopped rising in the early afternoon.
© 2024 Valley News. All rights reserved.
`

func TestExtract(t *testing.T) {
	slow := func(ctx context.Context, b []byte, o extract.Options) (*extract.Result, error) {
		time.Sleep(time.Second)
		return extract.FromBytesContext(ctx, b, o)
	}
	tests := []struct {
		name        string
		method      string
		target      string
		contentType string
		body        string
		maxBytes    int
		busy        bool // every extraction slot is taken
		slow        bool // extraction outlasts the deadline
		want        int
		contains    []string
		absent      []string
	}{
		{name: "page", target: "/extract?url=https://valley.example/flood", contentType: "text/html; charset=utf-8", body: samplePage, want: 200,
			contains: []string{`"url":"https://valley.example/flood"`, `"title":"Flood closes the valley road"`, "The river rose by two metres overnight", `"language":"en"`},
			absent:   []string{"All rights reserved", `"html"`, `"blocks"`}},
		{name: "html and blocks", target: "/extract?html=1&blocks=1", body: samplePage, want: 200,
			contains: []string{`"html":"\u003ch1\u003eFlood closes the valley road`, `\u003cem\u003etwo metres\u003c/em\u003e`, `"blocks":[`, `"reason":"outside-main"`}},
		{name: "text by content type", target: "/extract", contentType: "text/plain; charset=utf-8", body: sampleText, want: 200,
			contains: []string{"The river rose by two metres overnight"}, absent: []string{"All rights reserved"}},
		{name: "text by sniffing", target: "/extract", body: sampleText, want: 200, contains: []string{"The river rose by two metres overnight"}},
		{name: "input parameter wins", target: "/extract?input=text", contentType: "text/html", body: sampleText, want: 200, contains: []string{"The river rose"}},
		{name: "too large", target: "/extract", body: samplePage, maxBytes: 100, want: 413, contains: []string{"larger than 100 bytes"}},
		{name: "empty", target: "/extract", body: " \n", want: 400, contains: []string{"empty body"}},
		{name: "binary", target: "/extract?input=html", body: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", want: 422, contains: []string{"error"}},
		{name: "busy", target: "/extract", body: samplePage, busy: true, want: 503, contains: []string{"busy"}},
		{name: "timeout", target: "/extract", body: samplePage, slow: true, want: 504, contains: []string{"too long"}},
		{name: "get", method: http.MethodGet, target: "/extract", want: 405},
		{name: "unknown route", method: http.MethodPost, target: "/fetch?url=https://example.com/", want: 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A generous deadline, so a loaded machine does not fail the
			// test, except where the deadline is what is tested.
			cfg := Config{Timeout: 10 * time.Second, Concurrency: 1, Limits: extract.Limits{MaxInputBytes: tt.maxBytes}}
			if tt.busy || tt.slow {
				cfg.Timeout = 50 * time.Millisecond
			}
			h := New(cfg)
			if tt.busy {
				h.slots <- struct{}{}
			}
			if tt.slow {
				h.fromBytes = slow
			}
			method := tt.method
			if method == "" {
				method = http.MethodPost
			}
			req := httptest.NewRequest(method, tt.target, strings.NewReader(tt.body))
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			body := rec.Body.String()
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, body)
			}
			for _, s := range tt.contains {
				if !strings.Contains(body, s) {
					t.Errorf("answer lacks %q: %s", s, body)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(body, s) {
					t.Errorf("answer holds %q: %s", s, body)
				}
			}
			if tt.want == 200 {
				var r Response // blocks and all: a Go client reads the answer back
				if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil || r.Text == "" {
					t.Errorf("answer %s does not decode to a Response with text: %v", body, err)
				}
				if strings.Contains(tt.target, "blocks=1") && (len(r.Blocks) == 0 || r.Blocks[0].Text == "") {
					t.Errorf("answer %s decodes without its blocks", body)
				}
			} else if rec.Code != 404 && rec.Code != 405 && !strings.HasPrefix(body, `{"error":`) {
				t.Errorf("error answer is not JSON: %s", body)
			}
		})
	}
}

func TestExplain(t *testing.T) {
	h := New(Config{})
	for _, fragment := range []bool{false, true} {
		target := "/explain?url=https://valley.example/flood"
		if fragment {
			target += "&fragment=1"
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, target, strings.NewReader(samplePage)))
		body := rec.Body.String()
		if rec.Code != 200 || rec.Header().Get("Content-Type") != "text/html; charset=utf-8" ||
			!strings.Contains(rec.Header().Get("Content-Security-Policy"), "default-src 'none'") {
			t.Fatalf("status %d, headers %v", rec.Code, rec.Header())
		}
		if fragment == strings.HasPrefix(body, "<!DOCTYPE html>") {
			t.Errorf("fragment=%v: answer starts %.40q", fragment, body)
		}
		for _, s := range []string{`<section class="page" data-kept="2" data-dropped="`, `id="hide-dropped"`, "https://valley.example/flood", "two metres overnight"} {
			if !strings.Contains(body, s) {
				t.Errorf("fragment=%v: report lacks %q", fragment, s)
			}
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/explain", strings.NewReader("")))
	if rec.Code != 400 {
		t.Errorf("empty page: status %d", rec.Code)
	}
}

func TestPage(t *testing.T) {
	h := New(Config{})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `<textarea id="page"`) ||
		!strings.Contains(rec.Header().Get("Content-Security-Policy"), "script-src 'self'") {
		t.Errorf("GET /: %d %v", rec.Code, rec.Header())
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/javascript") || !strings.Contains(rec.Body.String(), "/explain?") {
		t.Errorf("GET /app.js: %d %v", rec.Code, rec.Header())
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/other", nil))
	if rec.Code != 404 {
		t.Errorf("GET /other: %d", rec.Code)
	}
}

// TestSlowClient sends the headers of a request and then the body one
// byte at a time, too slowly: the server cuts the client off at the
// handler's deadline instead of waiting for it.
func TestSlowClient(t *testing.T) {
	srv := httptest.NewUnstartedServer(New(Config{Timeout: 300 * time.Millisecond}))
	srv.Start()
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<p>")
	start := time.Now()
	done := make(chan string, 1)
	go func() {
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			done <- "connection closed: " + err.Error()
			return
		}
		resp.Body.Close()
		done <- resp.Status
	}()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case status := <-done:
			t.Logf("slow client: %s after %v", status, time.Since(start))
			if elapsed := time.Since(start); elapsed > 5*time.Second {
				t.Errorf("cut off after %v", elapsed)
			}
			if !strings.HasPrefix(status, "408") && !strings.HasPrefix(status, "connection closed") {
				t.Errorf("slow client got %s", status)
			}
			return
		case <-tick.C:
			conn.Write([]byte("x")) // the client trickles on
			if time.Since(start) > 10*time.Second {
				t.Fatal("the server is still waiting for a slow client after 10s")
			}
		}
	}
}

// TestNeverFetches posts a page full of URLs of a local server, and names
// it as the page's URL: the handler must not request any of them.
func TestNeverFetches(t *testing.T) {
	var hits atomic.Int32
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer target.Close()
	u := target.URL
	page := strings.Replace(samplePage, "<title>", `<base href="`+u+`/"><link rel="stylesheet" href="`+u+`/s.css"><link rel="canonical" href="`+u+`/c"><meta property="og:image" content="`+u+`/og.png"><title>`, 1)
	page = strings.Replace(page, "</h1>", `</h1><img src="`+u+`/lead.jpg" alt="lead"><iframe src="`+u+`/frame"></iframe><script src="`+u+`/s.js"></script>`, 1)
	h := New(Config{})
	for _, target := range []string{"/extract?html=1&url=" + u + "/page", "/explain?url=" + u + "/page"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, target, strings.NewReader(page)))
		if rec.Code != 200 {
			t.Fatalf("%s: %d %s", target, rec.Code, rec.Body)
		}
		if !strings.Contains(rec.Body.String(), u+"/lead.jpg") && strings.HasPrefix(target, "/extract") {
			t.Errorf("the image URL is not in the HTML: %s", rec.Body)
		}
	}
	time.Sleep(50 * time.Millisecond)
	if n := hits.Load(); n != 0 {
		t.Errorf("the handler made %d requests", n)
	}
}

// TestConcurrent posts pages of one site from many goroutines sharing one
// Detector, under the race detector in CI. The pages share their article
// too, so the Detector may learn it as the site's template: only the
// titles tell the answers apart.
func TestConcurrent(t *testing.T) {
	h := New(Config{Detector: boilerplate.NewDetector(), Concurrency: 2})
	srv := httptest.NewServer(h)
	defer srv.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Go(func() {
			page := strings.Replace(samplePage, "Flood closes", fmt.Sprintf("Flood %d closes", i), 2)
			resp, err := http.Post(fmt.Sprintf("%s/extract?url=https://valley.example/%d", srv.URL, i), "text/html", strings.NewReader(page))
			if err != nil {
				errs <- err
				return
			}
			defer resp.Body.Close()
			var r Response
			if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || resp.StatusCode != 200 || r.Title != fmt.Sprintf("Flood %d closes the valley road", i) {
				errs <- fmt.Errorf("page %d: %d %v %+v", i, resp.StatusCode, err, r)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// FuzzExtract posts any body with any parameters: the answer is a known
// status, and a 200 decodes to a Response.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(samplePage), "", "text/html")
	f.Add([]byte(sampleText), "text", "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "", "")
	f.Add([]byte("<p>x"), "html", "text/plain; charset=koi8-r")
	h := New(Config{Limits: extract.Limits{MaxInputBytes: 1 << 16}})
	f.Fuzz(func(t *testing.T, body []byte, input, contentType string) {
		req := httptest.NewRequest(http.MethodPost, "/extract?html=1&input="+url.QueryEscape(input), strings.NewReader(string(body)))
		req.Header.Set("Content-Type", contentType)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case 200:
			var r Response
			if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil || !utf8.ValidString(r.Text) || !utf8.ValidString(r.HTML) {
				t.Fatalf("200 with %q: %v", rec.Body, err)
			}
		case 400, 413, 422:
		default:
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		io.Copy(io.Discard, rec.Body)
	})
}
