// Package lang identifies the language of a text and provides stopword
// lists for scoring.
//
// # Detection
//
// Detect works in two steps. The script of most letters decides the
// language when one supported language is written in it (Greek, Hebrew,
// Thai, Georgian, Hangul for Korean, Kana for Japanese, Han for Chinese,
// ...). For the scripts several languages share (Latin: 34 languages,
// Cyrillic: 8, Arabic: 3, Devanagari: 2) a character n-gram model compares
// the text with each language: a Markov chain over the letters of each word
// (letter triples; first letter and pair for words shorter than three),
// with conditional log-probabilities quantized to bytes, plus a bonus for
// every word that is a stopword of a language. Tokens that look like URLs or
// e-mail addresses, digits and symbols give no evidence; text with none
// left is "und" (language.Und), not a guess. Texts longer than 2 KB are
// sampled evenly, so a whole page costs little more than a scan for
// spaces. Languages Detect returns: see Languages.
//
// Accuracy on the project's own test sentences (testdata/, 682 sentences of
// 50 characters or more in 68 languages, written for these tests and never
// used to build the model): 99.9%; on their first 25 characters, for the
// languages the model separates, 96.3%. The hard pairs are Danish and
// Norwegian Bokmål, Hindi and Marathi, Czech and Slovak.
//
// The model is embedded as an image of its lookup tables (model.img, 1.1
// MB, derived from model.bin and the stopword lists; TestModelImage
// checks it and `go generate ./lang` rewrites it) that the first
// call copies into tables of about 1.8 MB, in about 4 million
// instructions. Detect does not allocate and is safe for concurrent use.
//
// # Stopwords
//
// Stopwords returns the stopword set of a language (60 languages, see
// StopwordLanguages); StopwordSet.Count counts the stopwords of a block,
// the input of jusText-style stopword density, without allocating.
//
// The sets are embedded as an image of their hash tables (stopwords.img,
// 257 KB, derived from the lists in stopwords/); the first call for a
// language copies its tables, about 0.1 million instructions for English
// where hashing its list cost 0.6 million. TestStopwordImage fails while
// the image is stale. After changing a list (or model.bin), rewrite both
// images with
//
//	go generate ./lang
//
// # Provenance
//
// The n-gram statistics are derived from the language models of lingua-go
// v1.4.0 (Apache License 2.0, Copyright Peter M. Stahl), which were computed
// from the Leipzig Corpora Collection; see MODEL_LICENSE. The stopword lists
// are derived from stopwords-iso 1.1.0 (MIT licence, see STOPWORDS_LICENSE),
// except Belarusian, Macedonian and Serbian, written for this project. The
// command internal/gen rebuilds both, byte for byte.
package lang
