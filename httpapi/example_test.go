package httpapi_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/httpapi"
)

func Example() {
	h := httpapi.New(httpapi.Config{
		Timeout:  5 * time.Second,
		Detector: boilerplate.NewDetector(), // one site memory for all requests
	})
	// In a service: log.Fatal(httpapi.NewServer("127.0.0.1:8080", h).ListenAndServe())
	srv := httptest.NewServer(h)
	defer srv.Close()

	page := `<html><head><title>Bridge approved</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge approved</h1>
<p>The city council voted on Tuesday to approve a new pedestrian bridge across the river, ending a debate that lasted a decade.</p></article>
<footer>© 2024 Gazette. All rights reserved.</footer></body></html>`
	resp, err := http.Post(srv.URL+"/extract?url=https://gazette.example/bridge", "text/html; charset=utf-8", strings.NewReader(page))
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var r httpapi.Response
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		panic(err)
	}
	fmt.Println(resp.StatusCode, r.Title)
	fmt.Println(r.Text)
	// Output:
	// 200 Bridge approved
	// The city council voted on Tuesday to approve a new pedestrian bridge across the river, ending a debate that lasted a decade.
}
