//go:build race

package extract

// slowdown scales the time bounds of tests: the race detector makes code
// several times slower.
const slowdown = 10
