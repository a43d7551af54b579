package extract

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"
)

// TestContextStops checks that a cancelled or expired context stops the
// context entry points early with the context's error.
func TestContextStops(t *testing.T) {
	page := bytes.Repeat([]byte("<p>a b c</p>"), 1_000_000)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()

	start := time.Now()
	if _, err := FromBytesContext(cancelled, page, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("FromBytesContext, cancelled: got %v", err)
	}
	ctx, stop := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer stop()
	if _, err := FromBytesContext(ctx, page, Options{}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("FromBytesContext, deadline: got %v", err)
	}
	if _, err := FromReaderContext(cancelled, bytes.NewReader(page), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("FromReaderContext, cancelled: got %v", err)
	}
	// An endless stream under a limit that never ends it: only the
	// context does.
	ctx2, stop2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer stop2()
	if _, err := FromReaderContext(ctx2, slowReader{}, Options{Limits: Limits{MaxInputBytes: 1 << 40}}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("FromReaderContext, endless stream: got %v", err)
	}
	if el := time.Since(start); el > 2*time.Second*slowdown {
		t.Errorf("took %v to stop", el)
	}
}

// slowReader is an endless reader of spaces that yields a little at a
// time.
type slowReader struct{}

func (slowReader) Read(p []byte) (int, error) {
	time.Sleep(100 * time.Microsecond)
	n := min(len(p), 512)
	for i := range n {
		p[i] = ' '
	}
	return n, nil
}

// TestNilContext checks that a nil context is an error, not a panic, in
// both context entry points, whatever the input.
func TestNilContext(t *testing.T) {
	var nilCtx context.Context
	for _, input := range []string{"", "<p>Some words of a page.</p>"} {
		if _, err := FromBytesContext(nilCtx, []byte(input), Options{}); !errors.Is(err, ErrNilContext) {
			t.Errorf("FromBytesContext(nil, %q): got %v", input, err)
		}
		if _, err := FromReaderContext(nilCtx, bytes.NewReader([]byte(input)), Options{}); !errors.Is(err, ErrNilContext) {
			t.Errorf("FromReaderContext(nil, %q): got %v", input, err)
		}
	}
}
