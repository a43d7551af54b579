package pipeline

import (
	"fmt"
	"sync/atomic"
	"time"
)

// Stats counts what a run did. Its methods are safe for concurrent use.
type Stats struct {
	Pages        atomic.Int64 // pages written, failed ones included
	Failed       atomic.Int64 // pages that could not be read or extracted
	KeptBytes    atomic.Int64 // bytes of text in kept blocks
	DroppedBytes atomic.Int64 // bytes of text in dropped blocks
}

// Add counts one outcome.
func (s *Stats) Add(o *Outcome) {
	s.Pages.Add(1)
	if o.Err != nil {
		s.Failed.Add(1)
		return
	}
	if len(o.Result.Blocks) == 0 {
		s.KeptBytes.Add(int64(len(o.Result.Text)))
		return
	}
	var kept, dropped int64
	for i := range o.Result.Blocks {
		b := &o.Result.Blocks[i]
		if b.Kept {
			kept += int64(len(b.Text))
		} else {
			dropped += int64(len(b.Text))
		}
	}
	s.KeptBytes.Add(kept)
	s.DroppedBytes.Add(dropped)
}

// Summary is the line printed at the end of a run.
func (s *Stats) Summary(elapsed time.Duration, inputBytes, skipped int64) string {
	pages := s.Pages.Load()
	line := fmt.Sprintf("winnow: %s, %d failed", plural(pages, "page"), s.Failed.Load())
	if skipped > 0 {
		line += fmt.Sprintf(", %s skipped", plural(skipped, "record"))
	}
	kept, dropped := s.KeptBytes.Load(), s.DroppedBytes.Load()
	share := 0.0
	if kept+dropped > 0 {
		share = 100 * float64(dropped) / float64(kept+dropped)
	}
	line += fmt.Sprintf("; text kept %s, dropped %s (%.0f%%); read %s in %s",
		byteSize(kept), byteSize(dropped), share, byteSize(inputBytes), elapsed.Round(time.Millisecond))
	if secs := elapsed.Seconds(); secs > 0 {
		line += fmt.Sprintf(" (%.1f pages/s, %.1f MB/s)", float64(pages)/secs, float64(inputBytes)/1e6/secs)
	}
	return line
}

// byteSize formats n bytes with a decimal unit.
func byteSize(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.2f GB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d B", n)
}

func plural(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
