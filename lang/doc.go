// Package lang identifies the language of a text and provides stopword
// lists for scoring.
//
// Detect works in two steps. The script of most letters decides the
// language when one supported language is written in it (Greek, Hebrew,
// Thai, Hangul for Korean, Kana for Japanese, Han for Chinese, ...). For the
// scripts several languages share (Latin, Cyrillic, Arabic, Devanagari), a
// character n-gram model compares the text with each language: a Markov
// chain over the letters of each word (first letter, letter pairs, then
// letter triples), with quantized log-probabilities in one hash table of
// about 51,000 n-grams. The model is embedded (model.bin, 460 KB) and
// decoded on first use into about 1.4 MB.
//
// The n-gram statistics are derived from the language models of lingua-go
// v1.4.0 (Apache License 2.0, Copyright Peter M. Stahl), which were computed
// from the Leipzig Corpora Collection; see MODEL_LICENSE. The stopword lists
// are derived from stopwords-iso 1.1.0 (MIT licence), see STOPWORDS_LICENSE.
// Both are rebuilt by internal/gen.
//
// Stopwords returns the stopword set of a language; StopwordSet.Count
// counts the stopwords of a block, the input of jusText-style stopword
// density, and is cheap enough to run on every block of every page.
package lang
