package pipeline

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// Console serializes what a run writes to stderr: messages and, when
// enabled, a progress line redrawn in place that messages clear first.
type Console struct {
	mu      sync.Mutex
	w       io.Writer
	drawn   bool // the progress line is on screen
	stop    chan struct{}
	stopped sync.WaitGroup
}

// NewConsole returns a Console writing to w.
func NewConsole(w io.Writer) *Console { return &Console{w: w} }

// Printf writes one message line, clearing the progress line first.
func (c *Console) Printf(format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clear()
	fmt.Fprintf(c.w, format+"\n", args...)
}

func (c *Console) clear() {
	if c.drawn {
		io.WriteString(c.w, "\r\x1b[K")
		c.drawn = false
	}
}

// Meter is what the progress line shows.
type Meter struct {
	Pages      func() int64 // pages done
	Bytes      func() int64 // input bytes read
	TotalBytes int64        // input bytes in all; -1 when unknown
}

// StartProgress redraws a progress line every interval until
// StopProgress: pages, MB read, pages/s and, when the total is known, the
// share done and the time left.
func (c *Console) StartProgress(m Meter, interval time.Duration) {
	c.stop = make(chan struct{})
	start := time.Now()
	c.stopped.Go(func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-c.stop:
				c.mu.Lock()
				c.clear()
				c.mu.Unlock()
				return
			case <-t.C:
				line := progressLine(m.Pages(), m.Bytes(), m.TotalBytes, time.Since(start))
				c.mu.Lock()
				fmt.Fprintf(c.w, "\r\x1b[K%s", line)
				c.drawn = true
				c.mu.Unlock()
			}
		}
	})
}

// StopProgress removes the progress line; it is a no-op without one.
func (c *Console) StopProgress() {
	if c.stop == nil {
		return
	}
	close(c.stop)
	c.stopped.Wait()
	c.stop = nil
}

func progressLine(pages, read, total int64, elapsed time.Duration) string {
	secs := elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(pages) / secs
	}
	line := fmt.Sprintf("%d pages  %s  %.1f pages/s", pages, byteSize(read), rate)
	if total > 0 && read > 0 {
		done := min(float64(read)/float64(total), 1)
		left := time.Duration(float64(elapsed) * (1 - done) / done).Round(time.Second)
		line += fmt.Sprintf("  %3.0f%%  ETA %s", 100*done, left)
	}
	return line
}
