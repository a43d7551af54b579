package lang

import "golang.org/x/text/language"

// langInfo describes one language Detect can return.
type langInfo struct {
	code   string // BCP 47 base language
	script Script // the script Detect finds it in
}

// languages lists every language Detect can return. The languages of a
// script shared by several of them are told apart by the n-gram model
// (model.bin); a script listed once decides its language alone.
var languages = [...]langInfo{
	// Latin, n-gram model
	{"af", Latin}, {"az", Latin}, {"ca", Latin}, {"cs", Latin}, {"cy", Latin},
	{"da", Latin}, {"de", Latin}, {"en", Latin}, {"es", Latin}, {"et", Latin},
	{"eu", Latin}, {"fi", Latin}, {"fr", Latin}, {"ga", Latin}, {"hr", Latin},
	{"hu", Latin}, {"id", Latin}, {"is", Latin}, {"it", Latin}, {"lt", Latin},
	{"lv", Latin}, {"nb", Latin}, {"nl", Latin}, {"pl", Latin}, {"pt", Latin},
	{"ro", Latin}, {"sk", Latin}, {"sl", Latin}, {"sq", Latin}, {"sv", Latin},
	{"sw", Latin}, {"tl", Latin}, {"tr", Latin}, {"vi", Latin},
	// Cyrillic, n-gram model
	{"be", Cyrillic}, {"bg", Cyrillic}, {"kk", Cyrillic}, {"mk", Cyrillic},
	{"mn", Cyrillic}, {"ru", Cyrillic}, {"sr", Cyrillic}, {"uk", Cyrillic},
	// Arabic, n-gram model
	{"ar", Arabic}, {"fa", Arabic}, {"ur", Arabic},
	// Devanagari, n-gram model
	{"hi", Devanagari}, {"mr", Devanagari},
	// one language for the script
	{"el", Greek}, {"hy", Armenian}, {"he", Hebrew}, {"bn", Bengali},
	{"pa", Gurmukhi}, {"gu", Gujarati}, {"or", Oriya}, {"ta", Tamil},
	{"te", Telugu}, {"kn", Kannada}, {"ml", Malayalam}, {"si", Sinhala},
	{"th", Thai}, {"lo", Lao}, {"my", Myanmar}, {"ka", Georgian},
	{"am", Ethiopic}, {"km", Khmer}, {"ko", Hangul}, {"ja", Kana}, {"zh", Han},
}

// numLanguages is the number of languages Detect can return.
const numLanguages = len(languages)

// langID indexes languages.
type langID uint8

// tags holds the language.Tag of each entry of languages; it is filled
// once at package initialisation and never changed.
var tags = func() (t [numLanguages]language.Tag) {
	for i, l := range languages {
		t[i] = language.Raw.Make(l.code)
	}
	return t
}()

// scriptLanguage is the language of each script that has only one, or -1.
var scriptLanguage = func() (sl [numScripts]int) {
	var n [numScripts]int
	for i, l := range languages {
		n[l.script]++
		sl[l.script] = i
	}
	for s := range sl {
		if n[s] != 1 {
			sl[s] = -1
		}
	}
	return sl
}()

// Languages returns the languages Detect can return, in no particular
// order. The slice is new on each call.
func Languages() []language.Tag {
	return append([]language.Tag(nil), tags[:]...)
}
