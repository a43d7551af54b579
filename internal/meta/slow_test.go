package meta

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestLinearTime feeds inputs built to trigger quadratic behaviour and
// checks that each is handled in well under a second.
func TestLinearTime(t *testing.T) {
	n := 1 << 20
	if raceEnabled || testing.Short() {
		// The race detector makes JSON decoding ten to twenty times
		// slower; a smaller input still shows quadratic behaviour.
		n = 1 << 16
	}
	inputs := map[string]string{
		"unclosed tags":  `{"@type":"Article","articleBody":"` + strings.Repeat("<a", n/2) + `"}`,
		"lone brackets":  `{"@type":"Article","articleBody":"` + strings.Repeat("< ", n/2) + `>"}`,
		"open comment":   `{"@type":"Article",` + strings.Repeat("/*", n/2),
		"many commas":    `{"@type":"Article","keywords":"` + strings.Repeat(",", n) + `"}`,
		"many keywords":  `{"@type":"Article","keywords":"` + strings.Repeat("a,", n/2) + `"}`,
		"many authors":   `{"@type":"Article","author":[` + strings.Repeat(`{"name":"x"},`, n/16) + `{}]}`,
		"many nodes":     `[` + strings.Repeat(`{"@type":"Article","headline":"h"},`, n/40) + `{}]`,
		"deep arrays":    strings.Repeat("[", n/4) + strings.Repeat("]", n/4),
		"broken strings": strings.Repeat(`"\`, n/2),
		"many ids":       manyIDs(n / 32),
	}
	for name, raw := range inputs {
		start := time.Now()
		var c Collector
		c.JSONLD([]byte(raw))
		c.Finish("https://example.com/")
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: %v", name, d)
		}
	}
}

// manyIDs is a script of n nodes, each with its own @id and an author
// given by reference to the one before it.
func manyIDs(n int) string {
	var b strings.Builder
	b.WriteString(`{"@graph":[`)
	for i := range n {
		fmt.Fprintf(&b, `{"@id":"#n%d","@type":"Person","name":"N","author":{"@id":"#n%d"}},`, i, i-1)
	}
	b.WriteString(`{}]}`)
	return b.String()
}
