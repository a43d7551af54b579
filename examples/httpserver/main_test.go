package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/winnowtext/winnow/extract"
)

func TestHandler(t *testing.T) {
	slow := func(b []byte, o extract.Options) (*extract.Result, error) {
		time.Sleep(time.Second)
		return extract.FromBytes(b, o)
	}
	tests := []struct {
		name     string
		method   string
		body     string
		maxBytes int64
		busy     bool // every extraction slot is taken
		slow     bool // extraction outlasts the deadline
		want     int
		contains string
	}{
		{"page", http.MethodPost, samplePage, 1 << 20, false, false, http.StatusOK, "The river rose by two metres overnight"},
		{"too large", http.MethodPost, samplePage, 100, false, false, http.StatusRequestEntityTooLarge, "larger than 100 bytes"},
		{"empty", http.MethodPost, "", 1 << 20, false, false, http.StatusBadRequest, "empty body"},
		{"busy", http.MethodPost, samplePage, 1 << 20, true, false, http.StatusServiceUnavailable, "busy"},
		{"timeout", http.MethodPost, samplePage, 1 << 20, false, true, http.StatusGatewayTimeout, "too long"},
		{"get", http.MethodGet, "", 1 << 20, false, false, http.StatusMethodNotAllowed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A generous deadline, so a loaded machine does not fail the
			// test, except where the deadline is what is tested.
			timeout := 10 * time.Second
			if tt.busy || tt.slow {
				timeout = 50 * time.Millisecond
			}
			h := newHandler(tt.maxBytes, timeout, 1, nil)
			if tt.busy {
				h.slots <- struct{}{}
			}
			if tt.slow {
				h.extract = slow
			}
			req := httptest.NewRequest(tt.method, "/extract?url=https://valley.example/flood", strings.NewReader(tt.body))
			req.Header.Set("Content-Type", "text/html; charset=utf-8")
			rec := httptest.NewRecorder()
			routes(h).ServeHTTP(rec, req)
			if rec.Code != tt.want || !strings.Contains(rec.Body.String(), tt.contains) {
				t.Fatalf("got %d %s", rec.Code, rec.Body)
			}
			if tt.want != http.StatusOK {
				return
			}
			var r response
			if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			if r.Title == "" || r.URL != "https://valley.example/flood" || strings.Contains(r.Text, "All rights reserved") {
				t.Errorf("got %+v", r)
			}
		})
	}
}
