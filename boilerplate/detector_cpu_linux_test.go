//go:build linux

package boilerplate

import (
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// threadCPU returns the CPU time used by the calling OS thread, from
// CLOCK_THREAD_CPUTIME_ID: the scheduler's exact run time. (getrusage's
// RUSAGE_THREAD counts in scheduler ticks, 4 ms on this project's test
// machine: 15% of a 3000-page benchmark.)
func threadCPU() time.Duration {
	const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}

// cpuLoop runs f b.N times on one locked OS thread and reports, besides
// the usual wall-clock numbers, the throughput per CPU second of that
// thread ("cpu-MB/s"): on a machine shared with other work, wall time
// includes the time spent waiting for a core, thread CPU time does not.
func cpuLoop(b *testing.B, bytes int64, f func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(bytes)
	b.ReportAllocs()
	start := threadCPU()
	for b.Loop() {
		f()
	}
	if cpu := threadCPU() - start; cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}
