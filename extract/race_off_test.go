//go:build !race

package extract

// slowdown scales the time bounds of tests: 1 without the race detector.
const slowdown = 1
