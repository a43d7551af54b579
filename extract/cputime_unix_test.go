//go:build unix

package extract

import (
	"syscall"
	"time"
)

// spent returns the CPU time the process has used so far, in user and
// system mode on all its threads. The linearity tests time runs with it
// rather than the wall clock: on a machine shared with other work a long
// run is descheduled more often than a short one, which made a linear
// extraction look superlinear by the clock.
func spent() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
