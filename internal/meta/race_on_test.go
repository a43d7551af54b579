//go:build race

package meta

// raceEnabled is true when the tests run under the race detector, which
// slows encoding/json-heavy code by an order of magnitude.
const raceEnabled = true
