package extract

import (
	"bytes"

	"github.com/winnowtext/winnow/internal/meta"
)

// epochDate returns the Unix time, in seconds or milliseconds, that an
// element marked as a date (a <time>, a class naming a date) carries in a
// data attribute (data-timestamp="1615800600", data-time="1615800600000",
// data-utime), as scripts that print dates as ages ("3 hours ago", "vor 3
// Tagen") or in the reader's zone keep them; "" when it carries none.
// Only names of a date of publication count: an end, a start, an update
// or the server's clock is no article's date. The scan leaves the values
// of data attributes undecoded (see readsValue), so the value is read
// from the raw tag; only marked elements cost the search.
func (s *segmenter) epochDate(attrs []attr) string {
	for i := range attrs {
		at := &attrs[i]
		if !isEpochKey(at.key) {
			continue
		}
		val := at.val
		if val == nil && s.scanner != nil {
			val = rawAttrValue(s.scanner.Raw(), at.key)
		}
		if v := epochValue(val); v != "" {
			return v
		}
	}
	return ""
}

// isEpochKey reports whether an attribute's name is one that epochDate
// reads.
func isEpochKey(key []byte) bool {
	switch string(key) {
	case "data-timestamp", "data-time", "data-utime", "data-ts", "data-epoch", "data-unix", "data-unixtime",
		"data-time-ms", "data-published", "data-publish-time", "data-published-time", "data-publish-date",
		"data-published-date", "data-pubdate", "data-date", "data-datetime", "data-date-time", "data-posted",
		"data-created":
		return true
	}
	return false
}

// rawAttrValue returns the value of the attribute key in a raw start tag
// (`<span class="date" data-time="1615800600">`), quoted or not, as the
// page writes it; nil when the tag has no such attribute.
func rawAttrValue(tag, key []byte) []byte {
	for i := 0; i < len(tag); {
		j := bytes.Index(tag[i:], key)
		if j < 0 {
			return nil
		}
		j += i
		i = j + len(key)
		if j == 0 || !isTagSpace(tag[j-1]) {
			continue // the end of a longer name, or a value
		}
		rest := bytes.TrimLeft(tag[i:], " \t\n\r\f")
		if len(rest) == 0 || rest[0] != '=' {
			continue // another attribute whose name starts so
		}
		rest = bytes.TrimLeft(rest[1:], " \t\n\r\f")
		if len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') {
			if k := bytes.IndexByte(rest[1:], rest[0]); k >= 0 {
				return rest[1 : 1+k]
			}
			return nil
		}
		k := bytes.IndexAny(rest, " \t\n\r\f>")
		if k < 0 {
			k = len(rest)
		}
		return rest[:k]
	}
	return nil
}

// isTagSpace reports whether c is white space between a tag's attributes.
func isTagSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// epochValue returns val when it is a Unix time of 10 digits (seconds) or
// 13 (milliseconds) that meta.ParseDate reads, else "".
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
