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

// layout is how a test file is compressed.
type layout int

const (
	plain     layout = iota
	perRecord        // one gzip member per record, as crawlers write
	oneMember        // one gzip member for the whole file
)

// rawRecord is a record's bytes with a Content-Length that may lie.
func rawRecord(version, uri, block string, lie int) []byte {
	return fmt.Appendf(nil, "%s\r\nWARC-Type: resource\r\nWARC-Target-URI: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		version, uri, len(block)+lie, block)
}

// pack lays records out as l says.
func pack(t testing.TB, recs [][]byte, l layout) []byte {
	t.Helper()
	var out bytes.Buffer
	switch l {
	case plain:
		for _, r := range recs {
			out.Write(r)
		}
	case perRecord:
		for _, r := range recs {
			zw := gzip.NewWriter(&out)
			zw.Write(r)
			zw.Close()
		}
	case oneMember:
		zw := gzip.NewWriter(&out)
		for _, r := range recs {
			zw.Write(r)
		}
		zw.Close()
	}
	return out.Bytes()
}

// readTrace reads every record of data and describes them: the URI and
// block of each whole record, "!" for each error (of Next or of reading a
// block), in order.
func readTrace(t testing.TB, data []byte) string {
	t.Helper()
	r, err := NewReader(bytes.NewReader(data))
	if err != nil {
		return "!open"
	}
	var out []string
	for range 100 {
		rec, err := r.Next()
		if err == io.EOF {
			return strings.Join(out, " ")
		}
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Errorf("error not wrapping ErrFormat: %v", err)
			}
			out = append(out, "!")
			continue
		}
		block, err := io.ReadAll(rec.Block)
		if err != nil {
			out = append(out, "!")
			continue
		}
		out = append(out, rec.TargetURI+"="+string(block))
	}
	t.Fatal("reader does not end")
	return ""
}

// first describes the first n of the five test records, read whole.
func first(n int) string {
	var out []string
	for i := range n {
		out = append(out, uri(i)+"="+body(i))
	}
	return strings.Join(out, " ")
}

func body(i int) string { return fmt.Sprintf("<p>page %d</p>", i) }

func uri(i int) string { return fmt.Sprintf("http://e.com/%d", i) }

// records makes n records; lies maps a record to how much its
// Content-Length overstates (or, negative, understates) its block.
func records(n int, lies map[int]int) [][]byte {
	var recs [][]byte
	for i := range n {
		v := "WARC/1.1"
		if i%2 == 1 {
			v = "WARC/1.0"
		}
		recs = append(recs, rawRecord(v, uri(i), body(i), lies[i]))
	}
	return recs
}

func TestReaderLayouts(t *testing.T) {
	want := "http://e.com/0=<p>page 0</p> http://e.com/1=<p>page 1</p> http://e.com/2=<p>page 2</p>"
	for _, l := range []layout{plain, perRecord, oneMember} {
		if got := readTrace(t, pack(t, records(3, nil), l)); got != want {
			t.Errorf("layout %d: got %q, want %q", l, got, want)
		}
	}
}

func TestReaderRecovers(t *testing.T) {
	all := func(skip ...int) string {
		out := strings.SplitAfter(first(5), "</p>")
		for _, s := range skip {
			out[s] = strings.Repeat(" ", min(s, 1)) + "!"
		}
		return strings.Join(out, "")
	}
	tests := []struct {
		name string
		data func(t testing.TB) []byte
		want string
	}{
		{"length too long, per-record gzip", func(t testing.TB) []byte {
			return pack(t, records(5, map[int]int{2: 50}), perRecord)
		}, all(2)},
		{"length too short, per-record gzip", func(t testing.TB) []byte {
			return pack(t, records(5, map[int]int{2: -4}), perRecord)
		}, all(2)},
		{"length too long, plain: the swallowed record is lost", func(t testing.TB) []byte {
			return pack(t, records(5, map[int]int{2: 40}), plain)
		}, first(2) + " ! " + uri(4) + "=" + body(4)},
		{"length too short, one member", func(t testing.TB) []byte {
			return pack(t, records(5, map[int]int{2: -4}), oneMember)
		}, all(2)},
		{"truncated file, per-record gzip", func(t testing.TB) []byte {
			data := pack(t, records(5, nil), perRecord)
			return data[:len(data)-20]
		}, first(4) + " !"},
		{"truncated file, plain", func(t testing.TB) []byte {
			data := pack(t, records(5, nil), plain)
			return data[:len(data)-10]
		}, first(4) + " !"},
		{"garbage between records", func(t testing.TB) []byte {
			recs := records(5, nil)
			recs[2] = append([]byte("not a record\r\nat all\r\n"), recs[2]...)
			return pack(t, recs, plain)
		}, strings.Replace(all(), "http://e.com/2", "! http://e.com/2", 1)},
		{"damaged member", func(t testing.TB) []byte {
			recs := records(5, nil)
			var out []byte
			for i, r := range recs {
				m := pack(t, [][]byte{r}, perRecord)
				if i == 2 {
					for j := 12; j < len(m)-8; j++ {
						m[j] ^= 0x55
					}
				}
				out = append(out, m...)
			}
			return out
		}, all(2)},
		{"garbage after the last member", func(t testing.TB) []byte {
			return append(pack(t, records(5, nil), perRecord), "\x00\x00junk"...)
		}, all() + " !"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readTrace(t, tt.data(t)); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
