package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/winnowtext/winnow/httpapi"
)

// startServe runs serve on a free loopback port until the test ends and
// returns its base URL.
func startServe(t *testing.T, cfg httpapi.Config) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, cfg) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop")
		}
	})
	return "http://" + ln.Addr().String()
}

func TestServe(t *testing.T) {
	base := startServe(t, httpapi.Config{})
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), `<textarea id="page"`) {
		t.Fatalf("GET /: %d %.200s", resp.StatusCode, page)
	}
	resp, err = http.Post(base+"/extract?url=https://valley.example/flood", "text/html", strings.NewReader(articleHTML("Flood closes the valley road")))
	if err != nil {
		t.Fatal(err)
	}
	var r httpapi.Response
	err = json.NewDecoder(resp.Body).Decode(&r)
	resp.Body.Close()
	if err != nil || r.Title != "Flood closes the valley road" || !strings.Contains(r.Text, articleText) {
		t.Errorf("POST /extract: %v %+v", err, r)
	}
}

func TestServeUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"serve", "-h"}, exitOK, "usage: winnow serve"},
		{[]string{"serve", "page.html"}, exitUsage, "serve takes no arguments"},
		{[]string{"serve", "-favor", "most"}, exitUsage, "unknown -favor"},
		{[]string{"serve", "-timeout", "0s"}, exitUsage, "must be positive"},
		{[]string{"serve", "-addr", "256.0.0.1:99999"}, exitFailed, "winnow:"},
	} {
		r := runCLI(t, "", tt.args...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, r.code, r.stderr, tt.code, tt.msg)
		}
	}
}
