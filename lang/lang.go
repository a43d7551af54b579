package lang

import "golang.org/x/text/language"

// Result is the outcome of Detect.
type Result struct {
	Tag        language.Tag // language.Und when unknown
	Confidence float64      // 0..1; 0 when unknown
	Script     Script       // script of most letters; ScriptUnknown when none
}

// Known reports whether a language was identified.
func (r Result) Known() bool { return r.Tag != language.Und }

// Base returns the ISO 639 code of the language, e.g. "nb", or "und" when
// it is unknown.
func (r Result) Base() string {
	if !r.Known() {
		return "und"
	}
	b, _ := r.Tag.Base()
	return b.String()
}
