package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestCrawl(t *testing.T) {
	site := httptest.NewServer(siteHandler())
	defer site.Close()
	urls := []string{site.URL + "/news/99"} // a missing page fails alone
	for i := range stories {
		urls = append(urls, fmt.Sprintf("%s/news/%d", site.URL, i))
	}
	pages := crawl(context.Background(), site.Client(), urls, 3, boilerplate.NewDetector())
	if len(pages) != len(urls) {
		t.Fatalf("got %d pages, want %d", len(pages), len(urls))
	}
	if pages[0].Err == nil {
		t.Errorf("missing page: want an error")
	}
	for i, p := range pages[1:] {
		if p.Err != nil {
			t.Errorf("%s: %v", p.URL, p.Err)
			continue
		}
		if p.URL != urls[i+1] || !strings.Contains(p.Text, stories[i].body) {
			t.Errorf("%s: text %q lacks the story", p.URL, p.Text)
		}
		// The template's newsletter prompt is dropped, at the latest once
		// the shared detector has seen it on a few pages.
		if i >= 3 && strings.Contains(p.Text, "morning newsletter") {
			t.Errorf("%s: newsletter prompt kept: %q", p.URL, p.Text)
		}
		if strings.Contains(p.Text, "All rights reserved") {
			t.Errorf("%s: footer kept: %q", p.URL, p.Text)
		}
	}
}
