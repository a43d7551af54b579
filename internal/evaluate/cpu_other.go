//go:build !unix

package evaluate

import "time"

// processCPU is not available here; runs fall back to wall-clock time.
func processCPU() time.Duration { return 0 }
