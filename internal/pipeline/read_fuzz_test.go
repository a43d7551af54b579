package pipeline

import (
	"bytes"
	"strings"
	"testing"
	"testing/iotest"
)

// streamNames name a stream of each kind, and one whose kind is sniffed.
var streamNames = []string{"in.html", "in.txt", "in.jsonl", "in.warc", "-"}

// FuzzReadStream feeds the CLI's input readers (HTML and text files,
// JSONL, WARC, any of them gzipped or sniffed) arbitrary bytes in short
// reads: no panic, no error but emit's, every page named after its
// stream, and a page that loads is within the size limit.
func FuzzReadStream(f *testing.F) {
	f.Add([]byte("<p>A page.</p>"), uint8(0), false, uint8(0))
	f.Add([]byte("Plain text\n\nSecond paragraph."), uint8(1), true, uint8(0))
	f.Add([]byte(`{"url":"http://e.com/","text":"Some text."}`+"\n"+`{"html":"<p>x</p>"}`+"\n[1]\n"), uint8(2), false, uint8(4))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 40\r\n\r\n"+
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n\r\n"), uint8(3), true, uint8(0))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/"), uint8(4), false, uint8(0))
	f.Add([]byte("\x1f\x8b\x08\x00garbage"), uint8(4), false, uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, kind uint8, gz bool, maxBytes uint8) {
		name := streamNames[int(kind)%len(streamNames)]
		if gz {
			data, name = gzipBytes(data), name+".gz"
		}
		r := &Reader{MaxBytes: int(maxBytes) * 16}
		stream := iotest.HalfReader(bytes.NewReader(data))
		err := r.ReadStream(name, stream, int64(len(data)), func(p *Page) error {
			if !strings.HasPrefix(p.Source, name) {
				t.Errorf("page source %q, stream %q", p.Source, name)
			}
			if p.Load != nil && p.Err == nil {
				p.Data, p.Err = p.Load()
			}
			if p.Err == nil && r.MaxBytes > 0 && len(p.Data) > r.MaxBytes {
				t.Errorf("%d bytes loaded, limit %d", len(p.Data), r.MaxBytes)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("ReadStream: %v", err)
		}
	})
}
