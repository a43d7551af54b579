package meta

import (
	"math/rand"
	"strings"
	"testing"
)

// isBareDateKeyBefore and isPubDateKeyBefore are the two functions as they
// were before their quick tests, kept to test that the answers agree.
func isBareDateKeyBefore(key string) bool {
	i := strings.LastIndexAny(key, ".:")
	return i >= 0 && key[i+1:] == "date"
}

func isPubDateKeyBefore(key string) bool {
	if len(key) > 64 {
		return false
	}
	var letters []byte
	for i := 0; i < len(key); i++ {
		if c := key[i]; 'a' <= c && c <= 'z' {
			letters = append(letters, c)
		}
	}
	for _, w := range pubDateWords {
		if strings.Contains(string(letters), w) {
			return true
		}
	}
	return false
}

// TestDateKeysAsBefore compares isBareDateKey and isPubDateKey with their
// former versions on written and random meta names.
func TestDateKeysAsBefore(t *testing.T) {
	keys := []string{"", "date", ".date", "ms.date", "cms:date", "a.date.x", "a:b.date", "date.", "viewport",
		"sn-post-date", "zdf:publicationdate", "sw-pubdate", "pub_date", "publish-time", "release.date",
		"x:datepublished", "display_date", "dates", "update", "time", ".Date"}
	pieces := []string{"pub", "date", "time", "publish", "ed", "ication", "post", "release", "display",
		"-", "_", ".", ":", "x", "D", "ate", "d", "1"}
	r := rand.New(rand.NewSource(16))
	for range 30000 {
		var b strings.Builder
		for n := r.Intn(8); n >= 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		keys = append(keys, b.String())
	}
	keys = append(keys, strings.Repeat("x", 60)+"date", strings.Repeat("x", 61)+"date")
	for _, k := range keys {
		if got, want := isBareDateKey(k), isBareDateKeyBefore(k); got != want {
			t.Errorf("isBareDateKey(%q) = %v, was %v", k, got, want)
		}
		if got, want := isPubDateKey(k), isPubDateKeyBefore(k); got != want {
			t.Errorf("isPubDateKey(%q) = %v, was %v", k, got, want)
		}
	}
}
