package evaluate

import (
	"html"
	"slices"
	"strings"
	"time"
	"unicode"
)

// MetaTruth is what a page's metadata should be, as a corpus asserts it.
// An empty field was not asserted and is not scored.
type MetaTruth struct {
	Title   string
	Author  string
	Date    string // RFC 3339 instant (Mercury) or a day, 2006-01-02 (WCXB)
	First13 string // Mercury: the article's first 13 words
}

// Output is what an extractor returns for one page: the main text and,
// where it finds them, the metadata that the metadata corpora score.
type Output struct {
	Text   string
	Title  string
	Author string
	Date   time.Time
	// Confidence is the extractor's own estimate of how right Text is,
	// 0 to 1, where it gives one.
	Confidence float64
	// Type is the kind of page the extractor judged it read, where it
	// says (WCXB's page types).
	Type string
}

// Rate is a hit rate: how many of the pages that assert a field got it
// right.
type Rate struct {
	Hits, Pages int
}

// Value is Hits/Pages, 0 when no page asserts the field.
func (r Rate) Value() float64 {
	if r.Pages == 0 {
		return 0
	}
	return float64(r.Hits) / float64(r.Pages)
}

func (r *Rate) add(asserted, hit bool) {
	if !asserted {
		return
	}
	r.Pages++
	if hit {
		r.Hits++
	}
}

// MetaScores are a corpus's metadata hit rates.
type MetaScores struct {
	Title, Author, Date, Lead Rate
}

// MetaHits says, for one page, which asserted fields the output got right.
type MetaHits struct {
	Title, Author, Date, Lead bool
}

// ScoreMeta scores one page's output against its asserted metadata with
// the metrics of the corpora's README: the title equal after Normalize;
// the author equal or contained, word for word, either way after
// Normalize and a leading "by"; the date within 24 hours of an asserted
// instant, or within a day of an asserted day; the lead (Mercury) the
// last 8 of the first 13 words found in a row among the first 400 words
// of the text.
func ScoreMeta(t MetaTruth, out Output) MetaHits {
	var h MetaHits
	if t.Title != "" {
		h.Title = Normalize(t.Title) == Normalize(out.Title)
	}
	if t.Author != "" {
		h.Author = sameAuthor(t.Author, out.Author)
	}
	if t.Date != "" {
		h.Date = sameDate(t.Date, out.Date)
	}
	if t.First13 != "" {
		h.Lead = hasLead(t.First13, out.Text)
	}
	return h
}

// Add counts one page's hits into s.
func (s *MetaScores) Add(t MetaTruth, h MetaHits) {
	s.Title.add(t.Title != "", h.Title)
	s.Author.add(t.Author != "", h.Author)
	s.Date.add(t.Date != "", h.Date)
	s.Lead.add(t.First13 != "", h.Lead)
}

// Normalize lower-cases s, unescapes its entities and keeps only its runs
// of letters and digits, joined by one space.
func Normalize(s string) string {
	return strings.Join(normWords(s), " ")
}

func normWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(html.UnescapeString(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func sameAuthor(truth, got string) bool {
	a, b := dropBy(Normalize(truth)), dropBy(Normalize(got))
	if a == "" || b == "" {
		return false
	}
	a, b = " "+a+" ", " "+b+" "
	return strings.Contains(a, b) || strings.Contains(b, a)
}

func dropBy(s string) string { return strings.TrimPrefix(s, "by ") }

// sameDate compares got with an asserted RFC 3339 instant (within 24
// hours) or day (got's own calendar day within one day of it).
func sameDate(truth string, got time.Time) bool {
	if got.IsZero() {
		return false
	}
	if day, err := time.Parse(time.DateOnly, truth); err == nil {
		g := time.Date(got.Year(), got.Month(), got.Day(), 0, 0, 0, 0, time.UTC)
		d := g.Sub(day)
		return d >= -24*time.Hour && d <= 24*time.Hour
	}
	want, err := time.Parse(time.RFC3339, truth)
	if err != nil {
		return false
	}
	d := got.Sub(want)
	return d >= -24*time.Hour && d <= 24*time.Hour
}

// hasLead reports whether the last 8 words of first13 appear in a row
// among the first 400 words of text.
func hasLead(first13, text string) bool {
	want := normWords(first13)
	if len(want) > 8 {
		want = want[len(want)-8:]
	}
	if len(want) == 0 {
		return false
	}
	words := normWords(text)
	if len(words) > 400 {
		words = words[:400]
	}
	for i := 0; i+len(want) <= len(words); i++ {
		if slices.Equal(words[i:i+len(want)], want) {
			return true
		}
	}
	return false
}
