//go:build !race

package meta

// raceEnabled is true when the tests run under the race detector.
const raceEnabled = false
