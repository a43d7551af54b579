package extract

import (
	"bytes"
	"errors"
	"io"
	"math"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html"
)

// TestEdgeInputs feeds each entry point the degenerate inputs a caller
// can hand it by mistake or by bad luck (nil trees, the zero goquery
// document, nil, empty and failing readers): each answers with a
// documented error or a sound result, and never panics.
func TestEdgeInputs(t *testing.T) {
	boom := errors.New("connection reset")
	parsed := func(s string) *html.Node {
		n, err := html.Parse(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	tests := []struct {
		name    string
		extract func() (*Result, error)
		want    error  // nil: a result
		text    string // with want nil: a text the result keeps
	}{
		{"FromBytes nil", func() (*Result, error) { return FromBytes(nil, Options{}) }, ErrEmpty, ""},
		{"FromBytes blank", func() (*Result, error) { return FromBytes([]byte(" \r\n\t"), Options{}) }, ErrEmpty, ""},
		{"FromText empty", func() (*Result, error) { return FromText("", Options{}) }, ErrEmpty, ""},
		{"FromNode nil", func() (*Result, error) { return FromNode(nil, Options{}) }, ErrEmpty, ""},
		{"FromNode zero node", func() (*Result, error) { return FromNode(&html.Node{}, Options{}) }, nil, ""},
		{"FromNode lone text node", func() (*Result, error) {
			return FromNode(&html.Node{Type: html.TextNode, Data: "A text node with no element around it."}, Options{})
		}, nil, ""},
		{"FromNode element subtree", func() (*Result, error) {
			return FromNode(parsed(newsPage).LastChild, Options{}) // <html>, not the document node
		}, nil, "pedestrian bridge"},
		{"FromDocument nil", func() (*Result, error) { return FromDocument(nil, Options{}) }, ErrEmpty, ""},
		{"FromDocument zero value", func() (*Result, error) { return FromDocument(&goquery.Document{}, Options{}) }, ErrEmpty, ""},
		{"FromDocument of a nil node", func() (*Result, error) {
			return FromDocument(goquery.NewDocumentFromNode(nil), Options{})
		}, ErrEmpty, ""},
		{"FromReader nil", func() (*Result, error) { return FromReader(nil, Options{}) }, ErrEmpty, ""},
		{"FromReader empty", func() (*Result, error) { return FromReader(strings.NewReader(""), Options{}) }, ErrEmpty, ""},
		{"FromReader blank", func() (*Result, error) { return FromReader(strings.NewReader("\n  \n"), Options{}) }, ErrEmpty, ""},
		{"FromReader fails at once", func() (*Result, error) { return FromReader(iotest.ErrReader(boom), Options{}) }, boom, ""},
		{"FromReader fails midway", func() (*Result, error) {
			return FromReader(io.MultiReader(strings.NewReader(newsPage[:len(newsPage)/2]), iotest.ErrReader(boom)), Options{})
		}, boom, ""},
		{"FromReader one byte a read", func() (*Result, error) {
			return FromReader(iotest.OneByteReader(strings.NewReader(newsPage)), Options{})
		}, nil, "pedestrian bridge"},
		{"FromReader data with EOF", func() (*Result, error) {
			return FromReader(iotest.DataErrReader(strings.NewReader(newsPage)), Options{})
		}, nil, "pedestrian bridge"},
		{"FromReader binary", func() (*Result, error) {
			return FromReader(bytes.NewReader([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")), Options{})
		}, ErrNotHTML, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := tt.extract()
			if tt.want != nil {
				if !errors.Is(err, tt.want) || res != nil {
					t.Fatalf("got (%v, %v), want (nil, %v)", res != nil, err, tt.want)
				}
				return
			}
			if e := resultError(res, err, Limits{}); e != nil {
				t.Fatal(e)
			}
			if !strings.Contains(strings.ToLower(res.Text), tt.text) {
				t.Errorf("Text lacks %q: %q", tt.text, res.Text)
			}
		})
	}
}

// TestReadErrorWrapped checks that a failing reader's error is wrapped
// with what winnow was doing, and the cause stays testable.
func TestReadErrorWrapped(t *testing.T) {
	boom := errors.New("connection reset")
	_, err := FromReader(iotest.ErrReader(boom), Options{})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "reading input") || errors.Is(err, ErrEmpty) {
		t.Errorf("err = %v, want %v wrapped as a read error", err, boom)
	}
}

// TestOddLimits gives every entry point limits no caller should pass
// (negative, the smallest and the largest int) and options out of range:
// negative and zero limits mean the defaults, huge ones mean no limit in
// practice, and neither may wrap around into cutting the page or reading
// nothing.
func TestOddLimits(t *testing.T) {
	page := articlePage(3)
	want, err := FromBytes(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	entries := map[string]func(Options) (*Result, error){
		"FromBytes":  func(o Options) (*Result, error) { return FromBytes(page, o) },
		"FromReader": func(o Options) (*Result, error) { return FromReader(bytes.NewReader(page), o) },
		"FromNode": func(o Options) (*Result, error) {
			n, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			return FromNode(n, o)
		},
	}
	for _, lim := range []Limits{
		{MaxInputBytes: -1, MaxDepth: -1, MaxBlocks: -1, MaxBlockChars: -1},
		{MaxInputBytes: math.MinInt, MaxDepth: math.MinInt, MaxBlocks: math.MinInt, MaxBlockChars: math.MinInt},
		{MaxInputBytes: math.MaxInt, MaxDepth: math.MaxInt, MaxBlocks: math.MaxInt, MaxBlockChars: math.MaxInt},
		{MaxInputBytes: math.MaxInt - 1, MaxBlocks: math.MaxInt / 8},
	} {
		for name, extract := range entries {
			res, err := extract(Options{Limits: lim})
			if e := resultError(res, err, lim); e != nil {
				t.Fatalf("%s %+v: %v", name, lim, e)
			}
			if res.Text != want.Text || len(res.Blocks) != len(want.Blocks) {
				t.Errorf("%s %+v: %d blocks, text %q; want %d blocks, %q",
					name, lim, len(res.Blocks), res.Text, len(want.Blocks), want.Text)
			}
		}
		res, err := FromText(string(page), Options{Limits: lim})
		if e := resultError(res, err, lim); e != nil {
			t.Fatalf("FromText %+v: %v", lim, e)
		}
	}
	// A huge MaxBlocks once wrapped its node bound (8 per block) negative,
	// which flattened every element: the text survived, the tree did not.
	base := segmentHTML(page, "", Limits{}.withDefaults(), nil, false)
	huge := segmentHTML(page, "", Limits{MaxBlocks: math.MaxInt}.withDefaults(), nil, false)
	if len(huge.nodes) != len(base.nodes) || huge.flattened != base.flattened {
		t.Errorf("MaxBlocks math.MaxInt: %d nodes (flattened %v), want %d (%v)",
			len(huge.nodes), huge.flattened, len(base.nodes), base.flattened)
	}
	base.release()
	huge.release()
	for _, favor := range []Favor{Favor(3), Favor(255)} {
		res, err := FromBytes(page, Options{Favor: favor, KeepMarkup: true})
		if e := resultError(res, err, Limits{}); e != nil {
			t.Fatalf("Favor %d: %v", favor, e)
		}
		_ = res.HTML()
		if _, err := FromText(string(page), Options{Favor: favor}); err != nil {
			t.Fatalf("FromText Favor %d: %v", favor, err)
		}
	}
}

// TestOddURLs: whatever Options.URL holds (no scheme, bad escapes, an
// unclosed IPv6 host, a megabyte, invalid UTF-8), with a Detector keyed
// by it and markup rendered against it, extraction keeps its invariants,
// and Result.URL, which falls back to Options.URL, is valid UTF-8.
func TestOddURLs(t *testing.T) {
	d := boilerplate.NewDetector(boilerplate.WithMinPages(2))
	for _, u := range []string{
		"", "::::", "%zz", "http://[::1", "javascript:alert(1)", "//a.example/x", "mailto:a@b.example",
		"https://a.example:99999/", "https://ü.example/ä?q=%ff#frag", "\x00\xff",
		"https://a.example/" + strings.Repeat("x", 1<<20),
	} {
		for range 3 { // the Detector learns the page, then judges it
			res, err := FromBytes([]byte(newsPage), Options{URL: u, Detector: d, KeepMarkup: true})
			if e := resultError(res, err, Limits{}); e != nil {
				t.Fatalf("FromBytes, URL %.40q: %v", u, e)
			}
			if h := res.HTML(); !utf8.ValidString(h) {
				t.Fatalf("URL %.40q: HTML is not UTF-8", u)
			}
			res, err = FromText(newsPage, Options{URL: u, Detector: d})
			if e := resultError(res, err, Limits{}); e != nil {
				t.Fatalf("FromText, URL %.40q: %v", u, e)
			}
		}
	}
}
