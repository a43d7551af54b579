package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// testRecord is one record to write into a synthetic WARC file.
type testRecord struct {
	typ, uri, block string
}

// writeWARC writes records in the WARC/1.1 format; gz chooses one gzip
// member per record, as crawlers write .warc.gz files.
func writeWARC(t testing.TB, recs []testRecord, gz bool) []byte {
	t.Helper()
	var out bytes.Buffer
	for i, r := range recs {
		var rec bytes.Buffer
		fields := [][2]string{{"WARC-Type", r.typ}, {"WARC-Record-ID", fmt.Sprintf("<urn:uuid:0000-%d>", i)}}
		if r.uri != "" {
			fields = append(fields, [2]string{"WARC-Target-URI", r.uri})
		}
		if err := WriteRecord(&rec, fields, []byte(r.block)); err != nil {
			t.Fatal(err)
		}
		if !gz {
			out.Write(rec.Bytes())
			continue
		}
		zw := gzip.NewWriter(&out)
		zw.Write(rec.Bytes())
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes()
}

func httpBlock(headers, body string) string {
	return "HTTP/1.1 200 OK\r\n" + headers + "Content-Length: " + fmt.Sprint(len(body)) + "\r\n\r\n" + body
}

func TestReaderRoundTrip(t *testing.T) {
	recs := []testRecord{
		{TypeWarcinfo, "", "software: test\r\n"},
		{TypeRequest, "http://example.com/a", "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"},
		{TypeResponse, "http://example.com/a", httpBlock("Content-Type: text/html; charset=utf-8\r\n", "<p>Hello WARC</p>")},
		{TypeResponse, "<http://example.com/b>", httpBlock("", "")},
		{TypeConversion, "http://example.com/a", "Hello WARC\nsecond line"},
	}
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			r, err := NewReader(bytes.NewReader(writeWARC(t, recs, gz)))
			if err != nil {
				t.Fatal(err)
			}
			for i, want := range recs {
				rec, err := r.Next()
				if err != nil {
					t.Fatalf("record %d: %v", i, err)
				}
				if rec.Type != want.typ || rec.TargetURI != strings.Trim(want.uri, "<>") || rec.Version != "WARC/1.1" {
					t.Errorf("record %d: got type %q uri %q version %q", i, rec.Type, rec.TargetURI, rec.Version)
				}
				if i == 1 {
					continue // leave the block unread: Next must skip it
				}
				got, _ := io.ReadAll(rec.Block)
				if string(got) != want.block {
					t.Errorf("record %d: block %q, want %q", i, got, want.block)
				}
			}
			if _, err := r.Next(); err != io.EOF {
				t.Errorf("after last record: %v, want io.EOF", err)
			}
		})
	}
}

func TestReadResponse(t *testing.T) {
	var zbody bytes.Buffer
	zw := gzip.NewWriter(&zbody)
	zw.Write([]byte("<p>compressed</p>"))
	zw.Close()
	tests := []struct {
		name, block, wantType, wantBody string
	}{
		{"plain", httpBlock("Content-Type: text/html; charset=windows-1251\r\n", "<p>x</p>"), "text/html; charset=windows-1251", "<p>x</p>"},
		{"chunked", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>ab\r\n5\r\nc</p>\r\n0\r\n\r\n", "text/html", "<p>abc</p>"},
		{"gzip", httpBlock("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", zbody.String()), "text/html", "<p>compressed</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := writeWARC(t, []testRecord{{TypeResponse, "http://example.com/", tt.block}}, false)
			r, _ := NewReader(bytes.NewReader(data))
			rec, err := r.Next()
			if err != nil {
				t.Fatal(err)
			}
			resp, err := ReadResponse(rec)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != tt.wantType || string(body) != tt.wantBody {
				t.Errorf("got %d %q %q", resp.StatusCode, resp.Header.Get("Content-Type"), body)
			}
		})
	}
}

func TestReaderMalformed(t *testing.T) {
	tests := []struct{ name, input string }{
		{"not warc", "<html><body>hello</body></html>"},
		{"bad length", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n"},
		{"negative length", "WARC/1.0\r\nContent-Length: -5\r\n\r\n"},
		{"truncated header", "WARC/1.0\r\nWARC-Type: response\r\n"},
		{"long line", "WARC/1.0" + strings.Repeat("x", 100<<10)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewReader(strings.NewReader(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			var rerr error
			for range 3 {
				if _, rerr = r.Next(); rerr != nil {
					break
				}
			}
			if rerr == nil || rerr == io.EOF || !errors.Is(rerr, ErrFormat) {
				t.Errorf("got %v, want an ErrFormat error", rerr)
			}
		})
	}
}

func TestReaderEmpty(t *testing.T) {
	r, _ := NewReader(strings.NewReader(""))
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("got %v, want io.EOF", err)
	}
}

func FuzzReader(f *testing.F) {
	f.Add(writeWARC(f, []testRecord{{TypeResponse, "http://e.com/", httpBlock("", "<p>x</p>")}}, false))
	f.Add(writeWARC(f, []testRecord{{TypeConversion, "http://e.com/", "text"}}, true))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 3\r\n\r\nabc"))
	f.Add(pack(f, records(3, map[int]int{1: 7}), perRecord))
	f.Add(pack(f, records(3, map[int]int{1: -3}), oneMember))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		for range 100 {
			rec, err := r.Next()
			if err != nil {
				return
			}
			if rec.Type == TypeResponse {
				if resp, err := ReadResponse(rec); err == nil {
					io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
					resp.Body.Close()
				}
			}
		}
	})
}
