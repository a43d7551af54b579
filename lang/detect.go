package lang

import (
	"math"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// costScale is the number of model score units per nat of log-probability;
// internal/gen quantizes with the same scale.
const costScale = 10

// temperature flattens the model's log-likelihood ratios before they
// become a confidence: a character n-gram model treats overlapping
// n-grams as independent evidence and so is overconfident.
const temperature = 4

// modelScripts are the scripts whose languages the n-gram model separates.
var modelScripts = [numScripts]bool{Latin: true, Cyrillic: true, Arabic: true, Devanagari: true}

// detection accumulates the evidence of one Detect call; it lives on the
// stack.
type detection struct {
	m      *ngramModel
	counts [numScripts]int     // letters (and marks) per script
	scores [numLanguages]int32 // n-gram model score per language
	grams  [numScripts]int     // n-grams looked up per script
}

// Detect identifies the language of text: the script of most of its
// letters first, then, for a script that several supported languages
// share (Latin, Cyrillic, Arabic, Devanagari), a character n-gram model
// (one to three letters inside each word) picks among them.
//
// Tokens that look like URLs, e-mail addresses or file names are skipped,
// and so are digits, punctuation and symbols. When what is left gives no
// evidence (too few letters, or a tie), the result has Tag language.Und
// and Confidence 0, and Known reports false. Confidence grows with the
// length of the text and the margin over the next language.
//
// Detect is safe for concurrent use and does not allocate; the model is
// decoded on the first call.
func Detect(text string) Result {
	d := detection{m: loadModel()}
	forEachToken(text, d.scan)
	return d.result()
}

// scan adds the letters of one token to the evidence.
func (d *detection) scan(tok string) {
	var r0, r1 rune
	n := 0 // letters of the current word so far
	prev := ScriptUnknown
	for i := 0; i < len(tok); {
		r, size := rune(tok[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(tok[i:])
		}
		i += size
		s := ScriptOf(r)
		d.counts[s]++
		if !modelScripts[s] {
			n = 0
			continue
		}
		if s != prev {
			n = 0
			prev = s
		}
		r = toLower(r)
		n++
		var key uint64
		switch n {
		case 1:
			key = uint64(r)
		case 2:
			key = uint64(r1)<<21 | uint64(r)
		default:
			key = uint64(r0)<<42 | uint64(r1)<<21 | uint64(r)
		}
		r0, r1 = r1, r
		d.grams[s]++
		for _, p := range d.m.lookup(key) {
			d.scores[p>>8] += int32(p & 0xff)
		}
	}
}

// minLetters is the number of letters below which Detect does not name a
// language: an ideograph or two for Han, Kana and Hangul, a word otherwise.
func minLetters(s Script) int {
	switch s {
	case Han, Kana, Hangul:
		return 2
	}
	return 4
}

func (d *detection) result() Result {
	total := 0
	for s := Latin; s < numScripts; s++ {
		total += d.counts[s]
	}
	script := dominantScript(&d.counts)
	letters := d.counts[script]
	if script == ScriptUnknown || letters < minLetters(script) {
		return Result{Tag: language.Und}
	}
	share := float64(min(letters, total)) / float64(total)
	if id := scriptLanguage[script]; id >= 0 {
		conf := share * float64(letters) / float64(letters+2)
		return Result{Tag: tags[id], Confidence: conf, Script: script}
	}
	best, second := -1, -1
	for i := range languages {
		if languages[i].script != script {
			continue
		}
		switch {
		case best < 0 || d.scores[i] > d.scores[best]:
			best, second = i, best
		case second < 0 || d.scores[i] > d.scores[second]:
			second = i
		}
	}
	if best < 0 || second >= 0 && d.scores[best] == d.scores[second] {
		return Result{Tag: language.Und, Script: script}
	}
	sum := 0.0
	for i := range languages {
		if languages[i].script == script {
			sum += math.Exp(float64(d.scores[i]-d.scores[best]) / (costScale * temperature))
		}
	}
	return Result{Tag: tags[best], Confidence: share / sum, Script: script}
}
