//go:build race

package htmlscan

// raceEnabled is whether the tests run under the race detector, which makes
// them several times slower.
const raceEnabled = true
