package extract

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// errFuzzRead is the error a fuzzed reader fails with.
var errFuzzRead = errors.New("fuzz: read failed")

// chunkReader hands out data in reads of at most chunk bytes, and fails
// with errFuzzRead once failAt bytes were read when failAt > 0: a network
// body that arrives in pieces and may break off.
type chunkReader struct {
	data          []byte
	chunk, failAt int
	off           int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	end := len(r.data)
	if r.failAt > 0 {
		if r.off >= r.failAt {
			return 0, errFuzzRead
		}
		end = min(end, r.failAt)
	}
	if r.off >= end {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), r.chunk)], r.data[r.off:end])
	r.off += n
	return n, nil
}

// FuzzFromReader reads the input in fuzzed pieces, under fuzzed limits,
// from a reader that may fail: without a failure the result is FromBytes's
// to the byte; with one it is the read error, wrapped, or an error of the
// limit read before it.
func FuzzFromReader(f *testing.F) {
	f.Add([]byte(newsPage), uint8(0), uint16(0), uint8(0))
	f.Add([]byte(newsPage), uint8(7), uint16(300), uint8(0))
	f.Add([]byte(newsPage), uint8(1), uint16(0), uint8(9))     // a limit under the page's size
	f.Add([]byte("<b>12</b>"), uint8(3), uint16(0), uint8(1))  // MaxInputBytes 9, the page's size
	f.Add([]byte("<b>123</b>"), uint8(3), uint16(0), uint8(1)) // one byte over
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00h\x00i\x00"), uint8(2), uint16(5), uint8(0))
	f.Add([]byte(""), uint8(0), uint16(1), uint8(0))
	f.Fuzz(func(t *testing.T, raw []byte, chunk uint8, failAt uint16, l uint8) {
		lim := fuzzLimits(l)
		if l%2 == 1 {
			lim.MaxInputBytes = 1 + int(l)*8
		}
		opts := Options{URL: "https://fuzz.example/a", Limits: lim}
		r := &chunkReader{data: raw, chunk: 1 + int(chunk%64), failAt: int(failAt)}
		res, err := FromReader(r, opts)
		if failAt == 0 || int(failAt) > len(raw) {
			want, wantErr := FromBytes(raw, opts)
			if !errors.Is(err, wantErr) && err != wantErr {
				t.Fatalf("FromReader error %v, FromBytes %v", err, wantErr)
			}
			if err == nil && (res.Text != want.Text || len(res.Blocks) != len(want.Blocks) || res.Title != want.Title) {
				t.Fatalf("FromReader and FromBytes differ:\n%q\n%q", res.Text, want.Text)
			}
			checkResult(t, res, err, lim)
			return
		}
		if err != nil && errors.Is(err, errFuzzRead) {
			if res != nil {
				t.Fatal("a result with a read error")
			}
			return
		}
		checkResult(t, res, err, lim)
	})
}

// FuzzFromDocument parses the input with goquery: the document's result
// is FromNode's on the same tree, and both keep every invariant.
func FuzzFromDocument(f *testing.F) {
	f.Add([]byte(newsPage), uint8(0))
	f.Add([]byte("<title>T</title><a href=/x>link <p>para</a> tail<svg><p>x</svg>"), uint8(0))
	f.Add([]byte("<table><tr><td>a<td>b<tr><td>c</table><ul><li>one<li>two</ul>"), uint8(9))
	f.Add([]byte(""), uint8(0))
	f.Fuzz(func(t *testing.T, raw []byte, l uint8) {
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(raw))
		if err != nil {
			return
		}
		lim := fuzzLimits(l)
		opts := Options{URL: "https://fuzz.example/a", Limits: lim}
		res, err := FromDocument(doc, opts)
		checkResult(t, res, err, lim)
		root, perr := html.Parse(bytes.NewReader(raw))
		if perr != nil {
			return
		}
		want, wantErr := FromNode(root, opts)
		if (err == nil) != (wantErr == nil) || err == nil && (res.Text != want.Text || res.Title != want.Title) {
			t.Fatalf("FromDocument (%v) and FromNode (%v) differ:\n%q\n%q", err, wantErr, textOrNil(res), textOrNil(want))
		}
	})
}

func textOrNil(r *Result) string {
	if r == nil {
		return "<nil>"
	}
	return r.Text
}
