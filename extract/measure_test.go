package extract

import (
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// usage is what one call cost.
type usage struct {
	elapsed time.Duration
	peak    uint64 // peak live heap above the heap before the call, sampled
	alloc   uint64 // bytes allocated during the call
}

// heapLive reads the bytes of live and not yet swept heap objects without
// stopping the world.
func heapLive() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// measure runs f and reports its time, the peak of the heap above where it
// started (sampled every millisecond, so a short spike may be missed) and
// the bytes it allocated.
func measure(f func()) usage {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base, total := heapLive(), ms.TotalAlloc
	var peak atomic.Uint64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			if h := heapLive(); h > peak.Load() {
				peak.Store(h)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	f()
	u := usage{elapsed: time.Since(start)}
	if h := heapLive(); h > peak.Load() {
		peak.Store(h)
	}
	close(done)
	<-sampled
	runtime.ReadMemStats(&ms)
	u.alloc = ms.TotalAlloc - total
	if p := peak.Load(); p > base {
		u.peak = p - base
	}
	return u
}

// mib formats bytes as MiB.
func mib(n uint64) float64 { return float64(n) / (1 << 20) }
