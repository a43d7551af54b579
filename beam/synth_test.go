package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/internal/warc"
)

// Synthetic crawls for the tests: sites whose pages share a template (a
// menu, a newsletter prompt inside the article, an "about us" footer)
// around articles of their own, written as WARC files.

var words = strings.Fields(`the of and to in a is that for it as was with be by on not he this are
or his from at which but have an they you were her she there been one all we their has would when
if so no what up out who them some could more these time into only two may then do any like first
than now such made over did its new most after also where other those between under still while
city council government minister report people water river school market price energy plan police
court hospital season team coach player match goal league village farmer harvest weather storm
bridge road train station museum painting music festival company workers union strike contract`)

// writer of synthetic text, seeded.
type synth struct{ r *rand.Rand }

func newSynth(seed uint64) *synth { return &synth{rand.New(rand.NewPCG(seed, 7))} }

func (s *synth) sentence() string {
	n := 10 + s.r.IntN(12)
	w := make([]string, n)
	for i := range w {
		w[i] = words[s.r.IntN(len(words))]
	}
	w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	return strings.Join(w, " ") + "."
}

func (s *synth) paragraph() string {
	var p []string
	for range 3 + s.r.IntN(3) {
		p = append(p, s.sentence())
	}
	return strings.Join(p, " ")
}

// template is the template paragraph of a site: it reads like content, so
// only the site memory can tell it is boilerplate.
func template(site string) string {
	return "Our editors at " + site + " travel across the region every week to bring readers the stories that matter to the towns along the river and the coast."
}

// marker is a sentence that only page i of site has.
func marker(site string, i int) string {
	return fmt.Sprintf("The reporter of %s filed story number %d from the harbour office today.", site, i)
}

// page is page i of site as HTML.
func page(s *synth, site string, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html lang=en><head><title>Story %d - %s</title></head><body>", i, site)
	fmt.Fprintf(&b, "<header><nav><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a> <a href=/about>About %s</a></nav></header>", site)
	fmt.Fprintf(&b, "<main><article><h1>Story %d of %s</h1>", i, site)
	fmt.Fprintf(&b, "<p>%s %s</p>", marker(site, i), s.paragraph())
	for range 2 + s.r.IntN(3) {
		fmt.Fprintf(&b, "<p>%s</p>", s.paragraph())
	}
	fmt.Fprintf(&b, "<p>%s</p></article></main>", template(site))
	fmt.Fprintf(&b, "<footer><p>About us: %s is an independent newspaper owned by its readers since the spring of the first year.</p></footer></body></html>", site)
	return b.String()
}

// record is one WARC response record: the URL, the HTTP Content-Type and
// body, and how many bytes its WARC Content-Length lies by.
type record struct {
	url, contentType, body string
	lie                    int
}

// siteRecords makes the pages of sites (name: pages) under path,
// interleaved as a crawler fetches them.
func siteRecords(seed uint64, path string, sites map[string]int, order []string) []record {
	s := newSynth(seed)
	var out []record
	for i := 0; ; i++ {
		added := false
		for _, site := range order {
			if i < sites[site] {
				out = append(out, record{url: fmt.Sprintf("https://%s/%s/%d", site, path, i), contentType: "text/html; charset=utf-8", body: page(s, site, i)})
				added = true
			}
		}
		if !added {
			return out
		}
	}
}

// writeCrawl writes records to path as a .warc.gz, one gzip member per
// record, after a warcinfo record.
func writeCrawl(t *testing.T, path string, recs []record) {
	t.Helper()
	var out bytes.Buffer
	member := func(fields [][2]string, block []byte, lie int) {
		var rec bytes.Buffer
		if err := warc.WriteRecord(&rec, fields, block); err != nil {
			t.Fatal(err)
		}
		data := rec.Bytes()
		if lie != 0 {
			data = bytes.Replace(data, fmt.Appendf(nil, "Content-Length: %d\r\n", len(block)), fmt.Appendf(nil, "Content-Length: %d\r\n", len(block)+lie), 1)
		}
		zw := gzip.NewWriter(&out)
		zw.Write(data)
		zw.Close()
	}
	member([][2]string{{"WARC-Type", "warcinfo"}}, []byte("software: winnow beam test\r\n"), 0)
	for i, r := range recs {
		block := fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", r.contentType, len(r.body), r.body)
		member([][2]string{
			{"WARC-Type", "response"},
			{"WARC-Record-ID", fmt.Sprintf("<urn:uuid:00000000-0000-0000-0000-%012d>", i)},
			{"WARC-Target-URI", r.url},
			{"Content-Type", "application/http; msgtype=response"},
		}, block, r.lie)
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
