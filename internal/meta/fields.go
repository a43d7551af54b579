package meta

import (
	"strings"
	"time"
	"unicode/utf8"
)

// field holds the best value offered so far for one string field.
type field struct {
	val  string
	prio int
}

// offer keeps v when it is the first value or beats the current one.
func (f *field) offer(v string, prio int) {
	if v != "" && (f.val == "" || prio < f.prio) {
		f.val, f.prio = v, prio
	}
}

// authorField holds every author offered (up to maxAuthorOffers): the
// best is chosen in Finish, once the site's name is known, since a site
// that puts its own name in meta author often names the person in
// JSON-LD.
type authorField struct {
	offers []field
}

// maxAuthorOffers bounds the authors kept per page.
const maxAuthorOffers = 8

func (f *authorField) offer(v string, prio int) {
	if v != "" && len(f.offers) < maxAuthorOffers {
		f.offers = append(f.offers, field{v, prio})
	}
}

// best returns the best-ranked author (the first of those of equal rank)
// that isOrg does not reject, else the best-ranked of all.
func (f *authorField) best(isOrg func(string) bool) string {
	var best, bestPerson field
	for _, o := range f.offers {
		best.offer(o.val, o.prio)
		if !isOrg(o.val) {
			bestPerson.offer(o.val, o.prio)
		}
	}
	if bestPerson.val != "" {
		return bestPerson.val
	}
	return best.val
}

// dateField holds the best date offered so far.
type dateField struct {
	t    time.Time
	prio int
	day  bool // t was given as a day, without a time or a zone
	// zoned is the first value offered, taken or not, that gives a time
	// with a zone offset (see hasOffset): the zone the site writes its
	// dates in, for a date given as a day (see inZone).
	zoned string
}

// offer parses s and keeps the date when it beats the current one.
func (f *dateField) offer(s string, prio int) {
	if f.zoned == "" && hasOffset(s) {
		f.zoned = s
	}
	if !f.t.IsZero() && prio >= f.prio {
		return
	}
	if t, ok := parseDate(s); ok {
		f.t, f.prio, f.day = t, prio, !strings.ContainsRune(s, ':')
	}
}

// inZone returns the date, a day given without a time placed at midnight
// in the zone that the page's other dates give ("2021-03-15" beside a
// dateModified of "2021-03-16T08:00:00-05:00" is the 15th from midnight
// in New York, not in London): the publishing tool wrote the day in the
// site's zone. Without such a date, or when they give no offset from UTC,
// the day stays at midnight UTC.
func (f *dateField) inZone() time.Time {
	if !f.day || f.zoned == "" || f.t.Location() != time.UTC {
		return f.t
	}
	z, ok := parseDate(f.zoned)
	if _, off := z.Zone(); !ok || off == 0 {
		return f.t
	}
	y, m, d := f.t.Date()
	if h, mi, sec := f.t.Clock(); h != 0 || mi != 0 || sec != 0 {
		return f.t
	}
	return time.Date(y, m, d, 0, 0, 0, 0, z.Location())
}

// hasOffset reports whether a date value ends with a time and a zone
// offset from UTC ("2021-03-16T08:00:00-05:00", "...+0530"): a sign after
// the time's colon, followed by digits and colons alone.
func hasOffset(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon < 0 || len(s) > 40 {
		return false
	}
	i := strings.LastIndexAny(s, "+-")
	if i <= colon || i+3 > len(s) {
		return false
	}
	for j := i + 1; j < len(s); j++ {
		if !isDigit(s[j]) && s[j] != ':' {
			return false
		}
	}
	return true
}

// tagsField holds the tags of the best source offered so far.
type tagsField struct {
	tags []string
	prio int
}

// offer adds the tags in s (split on commas and semicolons when split is
// true) when they come from the current source, or replaces the current
// tags when they come from a better one.
func (f *tagsField) offer(s string, prio int, split bool) {
	if strings.TrimSpace(s) == "" {
		return
	}
	switch {
	case len(f.tags) == 0 || prio < f.prio:
		f.tags, f.prio = f.tags[:0], prio
	case prio > f.prio:
		return
	}
	if !split {
		f.add(s)
		return
	}
	for s != "" && len(f.tags) < maxTags {
		i := strings.IndexAny(s, ",;")
		if i < 0 {
			f.add(s)
			return
		}
		f.add(s[:i])
		s = s[i+1:]
	}
}

func (f *tagsField) add(tag string) {
	if len(f.tags) >= maxTags {
		return
	}
	// the spaces after the commas of a list would make clean copy
	// each tag: they go first, as clean would drop them
	tag = clean(strings.Trim(tag, " "), maxTagLen)
	if tag == "" || tag[0] == '@' { // "@post-id:123": a publishing system's own marker
		return
	}
	for _, t := range f.tags {
		if strings.EqualFold(t, tag) {
			return
		}
	}
	if f.tags == nil {
		f.tags = make([]string, 0, 8) // a page lists a few: one allocation
	}
	f.tags = append(f.tags, tag)
}

// list returns the tags, nil when there are none.
func (f *tagsField) list() []string {
	if len(f.tags) == 0 {
		return nil
	}
	return f.tags
}

// clean collapses white space, trims it and cuts s to at most max bytes
// on a rune boundary. Invalid UTF-8 becomes U+FFFD.
func clean(s string, max int) string {
	if isClean(s, max) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder // its String does not copy: one allocation
	b.Grow(min(len(s), max))
	for i := 0; i < len(s); {
		if r, size := runeAt(s, i); isSpace(r) {
			i += size
			continue
		}
		j := i // s[i:j] is a word
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if c == ' ' || '\t' <= c && c <= '\r' {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if isSpace(r) {
				break
			}
			j += size
		}
		if b.Len() > 0 {
			if b.Len()+1 >= max {
				break
			}
			b.WriteByte(' ')
		}
		word := s[i:j]
		if b.Len()+len(word) > max {
			word = word[:max-b.Len()]
			for len(word) > 0 && !utf8.ValidString(word) {
				word = word[:len(word)-1]
			}
			b.WriteString(word)
			break
		}
		b.WriteString(word)
		i = j
	}
	return strings.TrimRight(b.String(), " ")
}

func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isClean reports whether clean would return s unchanged: valid UTF-8 of
// at most max bytes, no white space at either end, and none inside but
// single ASCII spaces. It saves the copy for the common case.
func isClean(s string, max int) bool {
	if len(s) > max || s == "" {
		return len(s) <= max
	}
	prevSpace := true // a leading space is not clean
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prevSpace {
					return false
				}
				prevSpace = true
			} else {
				if isSpace(rune(c)) {
					return false
				}
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || isSpace(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return !prevSpace
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0x85, 0xa0, 0x2028, 0x2029, 0x200b, 0x3000, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}
