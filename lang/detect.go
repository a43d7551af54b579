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

// unigramEverywhere marks the scripts whose every letter, not only the
// first of a short word, adds its one-letter row: for Devanagari the
// trigram statistics lack the vowel signs (see scan), and letter
// frequencies (Marathi's ळ) separate Marathi from Hindi.
var unigramEverywhere = [numScripts]bool{Devanagari: true}

// detection accumulates the evidence of one Detect call; it lives on the
// stack.
type detection struct {
	m      *ngramModel
	counts [numScripts]int // letters per script
	// Running n-gram scores, in 16-bit lanes (see addRows).
	even, odd [numGroups][maxGroupWords]uint64
	pending   [numGroups]int
	scores    [numGroups][8 * maxGroupWords]int64 // wide enough for any input length
	// keys waiting to be looked up (see drain), by table (ngramQueue,
	// wordQueue) and group
	queues [2][numGroups]lookupQueue
	// drain's scratch, here rather than in drain, which would clear it
	// on every call
	at        [lookupBatch]uint64
	fp, first [lookupBatch]uint32
	found     [lookupBatch]int32
}

// lookupQueue holds keys waiting to be looked up in one table (see drain).
type lookupQueue struct {
	keys [lookupBatch]uint64
	n    int
}

// The queues of a detection, by table.
const (
	ngramQueue = iota
	wordQueue
)

// Detect identifies the language of text: the script of most of its
// letters first, then, for a script that several supported languages
// share (Latin, Cyrillic, Arabic, Devanagari), a character n-gram model
// (one to three letters inside each word) picks among them.
//
// Tokens that look like URLs, e-mail addresses or file names are skipped,
// and so are digits, punctuation and symbols. When what is left gives no
// evidence (too few letters, a tie, or a confidence below 0.1), the result
// has Tag language.Und and Confidence 0, and Known reports false. Confidence grows with the
// length of the text and the margin over the next language.
//
// Detect reads every token of a text of up to scanBudget bytes; of a
// longer text it reads tokens spread evenly over the whole, about
// scanBudget bytes of them, which is ample evidence and keeps the cost of
// a whole page near that of a scan for spaces.
//
// Detect is safe for concurrent use and does not allocate; the model is
// decoded on the first call.
func Detect(text string) Result {
	d := detection{m: loadModel()}
	d.scanTokens(text, scanBudget)
	return d.result()
}

// scanTokens scans the tokens of text that forEachToken would pass on:
// all of them when text is at most budget bytes long, else tokens spread
// evenly over text, about budget bytes of them in all, so that the cost
// of a scan is bounded whatever the length of text. It calls scan
// directly, where a function value cost an indirect call and a wrapper
// per token.
func (d *detection) scanTokens(text string, budget int) {
	taken := 0 // bytes of tokens scanned
	for i := 0; i < len(text); {
		start, end, marked := nextToken(text, i)
		// take the token while the share taken stays within budget/len
		// of the text read so far (int64: no overflow on any length),
		// which every token of a text of at most budget bytes does
		if end > start && int64(taken)*int64(len(text)) <= int64(budget)*int64(end) &&
			!(marked && urlish(text[start:end])) {
			d.scan(text[start:end])
			taken += end - start
		}
		i = end
	}
}

// scanBudget is the number of bytes of tokens Detect scores.
const scanBudget = 2048

// scan adds the letters of one token to the evidence. A word is a run of
// letters of one script. Words of three letters or more are scored by
// their letter triples alone, a shorter word by its first letter and
// letter pair: the first letter and pair of a longer word add little and
// are listed by nearly every language, so skipping them halves the work.
// Every word that is a stopword of some languages adds to those (endWord).
func (d *detection) scan(tok string) {
	var r0, r1 rune
	n := 0                 // letters of the current word so far
	wh := uint64(wordSeed) // hash of the current word, as StopwordSet hashes it
	prev := ScriptUnknown
	// the queues of the fast paths' trigrams
	latin, cyrillic := &d.queues[ngramQueue][groupLatin], &d.queues[ngramQueue][groupCyrillic]
	for i := 0; i < len(tok); {
		if c := tok[i] | 0x20; 'a' <= c && c <= 'z' && prev == Latin {
			// fast path: an ASCII letter inside a Latin word
			i++
			r := rune(c)
			d.counts[Latin]++
			n++
			wh = hashRune(wh, r)
			if n >= 3 {
				if latin.push(uint64(r0)<<42 | uint64(r1)<<21 | uint64(r)) {
					d.drain(ngramQueue, groupLatin)
				}
			}
			r0, r1 = r1, r
			continue
		}
		if b := tok[i]; (b == 0xD0 || b == 0xD1) && i+1 < len(tok) && prev == Cyrillic && tok[i+1]&0xC0 == 0x80 {
			// fast path: a basic Cyrillic letter (U+0400 to U+047F)
			// inside a Cyrillic word
			r := toLower(rune(b&0x1F)<<6 | rune(tok[i+1]&0x3F))
			if r < 0x460 {
				i += 2
				d.counts[Cyrillic]++
				n++
				wh = hashRune(wh, r)
				if n >= 3 {
					if cyrillic.push(uint64(r0)<<42 | uint64(r1)<<21 | uint64(r)) {
						d.drain(ngramQueue, groupCyrillic)
					}
				}
				r0, r1 = r1, r
				continue
			}
		}
		r, size := rune(tok[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(tok[i:])
		}
		i += size
		if r >= 0x300 && isMark(r) {
			// Vowel signs, viramas, accents: the n-gram model, like the
			// data it was derived from, reads the letters alone.
			if n > 0 && r > 0x36F {
				wh = hashRune(wh, r)
			}
			continue
		}
		s := ScriptOf(r)
		d.counts[s]++
		if s != prev || scriptGroup[s] == noGroup {
			d.endWord(prev, n, r0, r1, wh)
			n, wh = 0, wordSeed
			prev = s
			if scriptGroup[s] == noGroup {
				continue
			}
		}
		r = toLower(r)
		n++
		wh = hashRune(wh, r)
		if unigramEverywhere[s] {
			d.add(ngramQueue, scriptGroup[s], uint64(r))
		}
		if n >= 3 {
			d.add(ngramQueue, scriptGroup[s], uint64(r0)<<42|uint64(r1)<<21|uint64(r))
		}
		r0, r1 = r1, r
	}
	d.endWord(prev, n, r0, r1, wh)
}

// maxStopwordLetters bounds the words looked up among the stopwords:
// longer stopwords are rare in text and weak evidence, and most words of a
// text are longer.
const maxStopwordLetters = 6

// endWord scores the end of a word: the word itself when it is a
// stopword, and its first letter and pair when it is shorter than three
// letters (r0 and r1 are its last two letters, wh its hash).
func (d *detection) endWord(s Script, n int, r0, r1 rune, wh uint64) {
	g := scriptGroup[s]
	if n == 0 || g == noGroup {
		return
	}
	if n <= maxStopwordLetters {
		d.add(wordQueue, g, finish(wh))
	}
	switch n {
	case 1:
		d.add(ngramQueue, g, uint64(r1))
	case 2:
		d.add(ngramQueue, g, uint64(r0))
		d.add(ngramQueue, g, uint64(r0)<<21|uint64(r1))
	}
}

// add queues key, an n-gram (q is ngramQueue) or a word's hash
// (wordQueue) of a script of model group g (not noGroup); drain looks the
// queue up and adds the rows of bonuses.
func (d *detection) add(q int, g int8, key uint64) {
	if d.queues[q][g].push(key) {
		d.drain(q, g)
	}
}

// push queues key and reports whether the queue is now full.
func (lq *lookupQueue) push(key uint64) bool {
	lq.keys[lq.n&(lookupBatch-1)] = key // lq.n < lookupBatch: the mask spares a bounds check
	lq.n++
	return lq.n == lookupBatch
}

// lookupBatch is the number of keys drain looks up together: a power of
// two, which push masks with.
const lookupBatch = 32

// drain looks up the keys of queue q of group g and adds their rows. The
// model is larger than the processor's caches and a page's text reads it
// once, so most lookups miss them; reading the first slot of every queued
// key in one loop, then every row in another, loads that do not wait for
// each other, lets the misses overlap, where a lookup at a time waited
// for each in turn (BenchmarkDetectCold: 8.6 to 15.0 MB/s).
func (d *detection) drain(q int, g int8) {
	t := &d.m.ngrams[g]
	if q == wordQueue {
		t = &d.m.words[g]
	}
	lq := &d.queues[q][g]
	keys := lq.keys[:lq.n]
	lq.n = 0
	if len(t.slots) == 0 {
		return
	}
	at, fp, first, found := &d.at, &d.fp, &d.first, &d.found
	for i, key := range keys {
		at[i], fp[i] = t.hash(key)
	}
	for i := range keys {
		first[i] = t.slot(at[i])
	}
	n := 0
	for i := range keys {
		if r := t.rowFrom(at[i], fp[i], first[i]); r >= 0 {
			found[n] = r
			n++
		}
	}
	d.addRows(g, t, found[:n])
}

// addRows adds the rows of bonuses of table t numbered in found to the
// scores of group g. Each row byte is added into a 16-bit lane, even
// bytes to even, odd bytes to odd; the lanes are flushed to scores before
// more than 256 rows could overflow them.
func (d *detection) addRows(g int8, t *rowTable, found []int32) {
	if d.pending[g]+len(found) > 256 {
		d.flush(int(g))
	}
	d.pending[g] += len(found)
	const lo = 0x00FF00FF00FF00FF
	even, odd := &d.even[g], &d.odd[g]
	switch t.width {
	case 1:
		e, o := even[0], odd[0]
		for _, r := range found {
			x := t.rows[r]
			e += x & lo
			o += x >> 8 & lo
		}
		even[0], odd[0] = e, o
	case maxGroupWords:
		// unrolled: a loop over the words cost half as much again
		const _ = uint(5 - maxGroupWords) // five words, no more
		for _, r := range found {
			x := &t.wide[r]
			even[0] += x[0] & lo
			odd[0] += x[0] >> 8 & lo
			even[1] += x[1] & lo
			odd[1] += x[1] >> 8 & lo
			even[2] += x[2] & lo
			odd[2] += x[2] >> 8 & lo
			even[3] += x[3] & lo
			odd[3] += x[3] >> 8 & lo
			even[4] += x[4] & lo
			odd[4] += x[4] >> 8 & lo
		}
	default:
		for _, r := range found {
			row := t.rows[int(r)*t.width : (int(r)+1)*t.width]
			for k, x := range row {
				even[k] += x & lo
				odd[k] += x >> 8 & lo
			}
		}
	}
}

// flush moves the 16-bit lanes of group g into its scores.
func (d *detection) flush(g int) {
	for k := range groupWords[g] {
		e, o := d.even[g][k], d.odd[g][k]
		for q := range 4 {
			d.scores[g][8*k+2*q] += int64(e >> (16 * q) & 0xFFFF)
			d.scores[g][8*k+2*q+1] += int64(o >> (16 * q) & 0xFFFF)
		}
		d.even[g][k], d.odd[g][k] = 0, 0
	}
	d.pending[g] = 0
}

// minConfidence is the confidence below which Detect does not name a
// language of a shared script: a word or two ("Login", "Hello") fit many
// languages about equally.
const minConfidence = 0.1

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
	g := int(scriptGroup[script])
	d.drain(ngramQueue, int8(g))
	d.drain(wordQueue, int8(g))
	d.flush(g)
	scores := d.scores[g][:len(groupMembers[g])]
	best, second := -1, -1
	for i, sc := range scores {
		switch {
		case best < 0 || sc > scores[best]:
			best, second = i, best
		case second < 0 || sc > scores[second]:
			second = i
		}
	}
	if best < 0 || second >= 0 && scores[best] == scores[second] {
		return Result{Tag: language.Und, Script: script}
	}
	sum := 0.0
	for _, sc := range scores {
		sum += math.Exp(float64(sc-scores[best]) / (costScale * temperature))
	}
	if conf := share / sum; conf >= minConfidence {
		return Result{Tag: tags[groupMembers[g][best]], Confidence: conf, Script: script}
	}
	return Result{Tag: language.Und, Script: script}
}
