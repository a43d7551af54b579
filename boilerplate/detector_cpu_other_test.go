//go:build !linux

package boilerplate

import "testing"

// cpuLoop runs f b.N times; thread CPU time is measured on Linux only.
func cpuLoop(b *testing.B, bytes int64, f func()) {
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		f()
	}
}
