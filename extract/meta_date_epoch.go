package extract

import (
	"bytes"

	"github.com/winnowtext/winnow/internal/meta"
)

// isEpochKey reports whether an attribute stamps an element with the Unix
// time of its date, in seconds or milliseconds (data-timestamp="1615800600",
// data-time="1615800600000", data-utime), as scripts that print dates as
// ages ("3 hours ago", "vor 3 Tagen") or in the reader's zone keep them.
// Only names of a date of publication count: an end, a start, an update
// or the server's clock is no article's date.
func isEpochKey(key []byte) bool {
	if len(key) < len("data-ts") || key[0] != 'd' || key[4] != '-' {
		return false
	}
	switch string(key) {
	case "data-timestamp", "data-time", "data-utime", "data-ts", "data-epoch", "data-unix", "data-unixtime",
		"data-time-ms", "data-published", "data-publish-time", "data-published-time", "data-publish-date",
		"data-published-date", "data-pubdate", "data-date", "data-datetime", "data-date-time", "data-posted",
		"data-created":
		return true
	}
	return false
}

// epochValue returns the value of an attribute that isEpochKey accepts
// when it is a Unix time of 10 digits (seconds) or 13 (milliseconds)
// that meta.ParseDate reads, else "".
func epochValue(val []byte) string {
	if len(val) != 10 && len(val) != 13 || bytes.ContainsFunc(val, notDigit) {
		return ""
	}
	s := string(val)
	if _, ok := meta.ParseDate(s); !ok {
		return ""
	}
	return s
}

// notDigit reports whether r is no ASCII digit.
func notDigit(r rune) bool { return r < '0' || r > '9' }
