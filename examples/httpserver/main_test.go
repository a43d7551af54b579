package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/httpapi"
)

// TestDemo runs the example as `go run` does: the answer is 200 and the
// article without the page's template. The handler's own behaviour
// (limits, timeouts, errors) is tested in package httpapi.
func TestDemo(t *testing.T) {
	var out bytes.Buffer
	if err := demo(&out); err != nil {
		t.Fatal(err)
	}
	status, body, _ := strings.Cut(out.String(), "\n")
	if status != "200 OK" {
		t.Fatalf("status %q", status)
	}
	var r httpapi.Response
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatal(err)
	}
	if r.Title != "Flood closes the valley road" || r.URL != "https://valley.example/flood" ||
		!strings.Contains(r.Text, "The river rose by two metres overnight") || strings.Contains(r.Text, "All rights reserved") {
		t.Errorf("got %+v", r)
	}
}
