// Command gen builds the language model (lang/model.bin) and the stopword
// lists (lang/stopwords/*.txt) of package lang from public data.
//
// The n-gram statistics come from the language models of lingua-go v1.4.0
// (Apache License 2.0, https://github.com/pemistahl/lingua-go), which were
// computed from the Leipzig Corpora Collection. gen reads the unigram,
// bigram and trigram models, keeps the most frequent n-grams of each
// language and quantizes their conditional log-probabilities.
//
// The stopword lists come from stopwords-iso 1.1.0 (MIT licence,
// https://github.com/stopwords-iso/stopwords-iso), filtered to entries that
// package lang can match (see filterStopwords). stopwords-iso has no lists
// for Belarusian, Macedonian and Serbian: lang/stopwords/{be,mk,sr}.txt were
// written for this project, and gen does not touch them.
//
// Usage (from the repository root, with both sources unpacked locally):
//
//	go run ./lang/internal/gen -lingua $(go env GOMODCACHE)/github.com/pemistahl/lingua-go@v1.4.0 \
//	    -stopwords path/to/stopwords-iso.json -out lang
//
// -recode path/to/model.bin rewrites a model of format 1 (each n-gram
// with its own row) in the current format, without the sources.
//
// Package lang embeds the image of the decoded tables, not model.bin:
// after either, and after editing a stopword list, rewrite it with
//
//	go test ./lang -run TestModelImage -write-model-image
package main

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// modelLanguages are the languages that get an n-gram model: the languages
// that share a script with others. Languages alone in their script are
// found by script detection and need no model.
var modelLanguages = []string{
	// Latin
	"af", "az", "ca", "cs", "cy", "da", "de", "en", "es", "et", "eu", "fi",
	"fr", "ga", "hr", "hu", "id", "is", "it", "lt", "lv", "nb", "nl", "pl",
	"pt", "ro", "sk", "sl", "sq", "sv", "sw", "tl", "tr", "vi",
	// Cyrillic
	"be", "bg", "kk", "mk", "mn", "ru", "sr", "uk",
	// Arabic
	"ar", "fa", "ur",
	// Devanagari
	"hi", "mr",
}

const (
	scale = 10  // cost units per nat
	floor = 140 // cost of an n-gram a language does not list (p ~ 8e-7)
)

func main() {
	lingua := flag.String("lingua", "", "lingua-go module directory")
	stop := flag.String("stopwords", "", "stopwords-iso.json")
	out := flag.String("out", "lang", "output directory (package lang)")
	k3 := flag.Int("k3", 4000, "trigrams kept per language")
	recode := flag.String("recode", "", "model.bin of format 1 to rewrite in the current format")
	k2 := flag.Int("k2", 600, "bigrams kept per language")
	flag.Parse()
	if *recode != "" {
		if err := recodeModel(*recode, filepath.Join(*out, "model.bin")); err != nil {
			log.Fatal(err)
		}
	}
	if *lingua != "" {
		if err := buildModel(*lingua, filepath.Join(*out, "model.bin"), *k2, *k3); err != nil {
			log.Fatal(err)
		}
	}
	if *stop != "" {
		if err := buildStopwords(*stop, filepath.Join(*out, "stopwords")); err != nil {
			log.Fatal(err)
		}
	}
}

type pair struct{ lang, bonus uint8 }

func buildModel(dir, out string, k2, k3 int) error {
	entries := map[uint64][]pair{}
	for li, code := range modelLanguages {
		var probs [3]map[string]float64
		for n, name := range []string{"unigrams", "bigrams", "trigrams"} {
			p, err := readModel(filepath.Join(dir, "language-models", code, name+".pb.bin.zip"))
			if err != nil {
				return fmt.Errorf("%s %s: %w", code, name, err)
			}
			probs[n] = p
		}
		keep := func(m map[string]float64, k int, joint func(string) float64) {
			type kv struct {
				g string
				j float64
			}
			var all []kv
			for g := range m {
				all = append(all, kv{g, joint(g)})
			}
			sort.Slice(all, func(i, j int) bool {
				if all[i].j != all[j].j {
					return all[i].j > all[j].j
				}
				return all[i].g < all[j].g
			})
			if k > 0 && len(all) > k {
				all = all[:k]
			}
			for _, e := range all {
				cost := math.Round(-math.Log(m[e.g]) * scale)
				if cost >= floor {
					continue
				}
				key := packKey(e.g)
				entries[key] = append(entries[key], pair{uint8(li), uint8(floor - cost)})
			}
		}
		uni, bi, tri := probs[0], probs[1], probs[2]
		keep(uni, 0, func(g string) float64 { return uni[g] })
		first := func(g string) string { r := []rune(g); return string(r[:1]) }
		pre := func(g string) string { r := []rune(g); return string(r[:2]) }
		keep(bi, k2, func(g string) float64 { return uni[first(g)] * bi[g] })
		keep(tri, k3, func(g string) float64 { return uni[first(g)] * bi[pre(g)] * tri[g] })
	}
	b := encodeModel(entries)
	log.Printf("model: %d n-grams, %d bytes", len(entries), len(b))
	return os.WriteFile(out, b, 0o644)
}

// packKey packs the runes of an n-gram (1 to 3 runes) into one integer, 21
// bits a rune, as package lang does at run time.
func packKey(g string) uint64 {
	var k uint64
	for _, r := range g {
		k = k<<21 | uint64(r)
	}
	return k
}

func putUvarint(b *bytes.Buffer, v uint64) {
	var tmp [binary.MaxVarintLen64]byte
	b.Write(tmp[:binary.PutUvarint(tmp[:], v)])
}

// readModel decodes one zipped lingua model: a protobuf message whose field
// 4 repeats {double probability = 1; repeated string ngrams = 2}.
func readModel(path string) (map[string]float64, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	if len(zr.File) != 1 {
		return nil, fmt.Errorf("want one file in %s", path)
	}
	f, err := zr.File[0].Open()
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	out := map[string]float64{}
	err = fields(data, func(num int, wire int, v uint64, payload []byte) error {
		if num != 4 || wire != 2 {
			return nil
		}
		var prob float64
		var grams []string
		err := fields(payload, func(num int, wire int, v uint64, p []byte) error {
			switch {
			case num == 1 && wire == 1:
				prob = math.Float64frombits(v)
			case num == 2 && wire == 2:
				grams = append(grams, string(p))
			}
			return nil
		})
		for _, g := range grams {
			out[g] = prob
		}
		return err
	})
	return out, err
}

// fields walks the top-level fields of a protobuf message.
func fields(b []byte, fn func(num, wire int, v uint64, payload []byte) error) error {
	for len(b) > 0 {
		tag, n := binary.Uvarint(b)
		if n <= 0 {
			return fmt.Errorf("bad tag")
		}
		b = b[n:]
		num, wire := int(tag>>3), int(tag&7)
		var v uint64
		var payload []byte
		switch wire {
		case 0:
			v, n = binary.Uvarint(b)
			if n <= 0 {
				return fmt.Errorf("bad varint")
			}
			b = b[n:]
		case 1:
			if len(b) < 8 {
				return fmt.Errorf("short fixed64")
			}
			v = binary.LittleEndian.Uint64(b)
			b = b[8:]
		case 2:
			l, n := binary.Uvarint(b)
			if n <= 0 || uint64(len(b)-n) < l {
				return fmt.Errorf("bad length")
			}
			payload = b[n : n+int(l)]
			b = b[n+int(l):]
		case 5:
			if len(b) < 4 {
				return fmt.Errorf("short fixed32")
			}
			v = uint64(binary.LittleEndian.Uint32(b))
			b = b[4:]
		default:
			return fmt.Errorf("wire type %d", wire)
		}
		if err := fn(num, wire, v, payload); err != nil {
			return err
		}
	}
	return nil
}

// noSpaceScripts are written without spaces between words; package lang
// counts each of their characters as a token, so only one-character
// stopwords can match.
var noSpaceScripts = []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana}

// skipStopwords are lists package lang cannot use: Thai needs a word
// segmenter.
var skipStopwords = map[string]bool{"th": true}

// buildStopwords writes one file per language, one lowercased word a line,
// keeping only entries that are a single token as package lang tokenizes.
func buildStopwords(path, dir string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var lists map[string][]string
	if err := json.Unmarshal(raw, &lists); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for code, words := range lists {
		if skipStopwords[code] {
			continue
		}
		kept := filterStopwords(words)
		if len(kept) == 0 {
			continue
		}
		data := strings.Join(kept, "\n") + "\n"
		if err := os.WriteFile(filepath.Join(dir, code+".txt"), []byte(data), 0o644); err != nil {
			return err
		}
		log.Printf("stopwords %s: %d of %d", code, len(kept), len(words))
	}
	return nil
}

func filterStopwords(words []string) []string {
	seen := map[string]bool{}
	var kept []string
	for _, w := range words {
		w = strings.ToLower(strings.TrimSpace(w))
		if w == "" || len(w) > 48 || seen[w] || !oneToken(w) {
			continue
		}
		seen[w] = true
		kept = append(kept, w)
	}
	sort.Strings(kept)
	return kept
}

// oneToken reports whether w is one token: letters and marks only, and a
// single character when written in a script without spaces.
func oneToken(w string) bool {
	n := 0
	noSpace := false
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return false
		}
		if unicode.In(r, noSpaceScripts...) {
			noSpace = true
		}
		n++
	}
	return !noSpace || n == 1
}
