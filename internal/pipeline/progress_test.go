package pipeline

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	tests := []struct {
		pages, read, total int64
		elapsed            time.Duration
		want               string
	}{
		{10, 5e6, 10e6, 2 * time.Second, "10 pages  5.0 MB  5.0 pages/s   50%  ETA 2s"},
		{10, 5e6, -1, 2 * time.Second, "10 pages  5.0 MB  5.0 pages/s"},
		{0, 0, 10e6, 0, "0 pages  0 B  0.0 pages/s"},
	}
	for _, tt := range tests {
		if got := progressLine(tt.pages, tt.read, tt.total, tt.elapsed); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

// syncBuffer is a bytes.Buffer safe for the progress goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestConsoleClearsProgressForMessages(t *testing.T) {
	var buf syncBuffer
	c := NewConsole(&buf)
	c.StartProgress(Meter{Pages: func() int64 { return 3 }, Bytes: func() int64 { return 0 }, TotalBytes: -1}, time.Millisecond)
	for !strings.Contains(buf.String(), "3 pages") {
		time.Sleep(time.Millisecond)
	}
	c.Printf("winnow: %s", "a.html: bad page")
	c.StopProgress()
	c.StopProgress() // a second stop is harmless
	out := buf.String()
	if !strings.Contains(out, "\r\x1b[Kwinnow: a.html: bad page\n") {
		t.Errorf("message not on a cleared line: %q", out)
	}
	if !strings.HasSuffix(out, "\r\x1b[K") && !strings.HasSuffix(out, "bad page\n") {
		t.Errorf("progress line left on screen: %q", out)
	}
}
