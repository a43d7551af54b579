// Package lang identifies the language of a text and provides stopword
// lists for scoring. STUB: the real implementation lands with its issue.
package lang

import "golang.org/x/text/language"

// Result is the outcome of Detect.
type Result struct {
	Tag        language.Tag // language.Und when unknown
	Confidence float64      // 0..1
}

// Known reports whether a language was identified.
func (r Result) Known() bool { return r.Tag != language.Und }

// Detect identifies the language of text.
func Detect(text string) Result { return Result{Tag: language.Und} }

// StopwordSet is a set of stopwords of one language.
type StopwordSet struct{}

// Stopwords returns the stopword set of tag's base language, or nil when
// there is none. A nil *StopwordSet is valid and contains nothing.
func Stopwords(tag language.Tag) *StopwordSet { return nil }

// Count returns how many of the words in text are stopwords.
func (s *StopwordSet) Count(text string) int { return 0 }
