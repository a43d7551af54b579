package lang

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// benchText joins the test sentences of one language to about n bytes.
func benchText(b testing.TB, code string, n int) string {
	var sb strings.Builder
	for sb.Len() < n {
		for _, s := range loadSentences(b) {
			if s.code == code && sb.Len() < n {
				sb.WriteString(s.text)
				sb.WriteByte(' ')
			}
		}
	}
	return sb.String()
}

func BenchmarkDetect(b *testing.B) {
	for _, bc := range []struct {
		name, code string
		size       int
	}{
		{"en/block", "en", 100},
		{"en/2KB", "en", 2000},
		{"ru/2KB", "ru", 2000},
		{"en/4KB", "en", 4096},
		{"de/4KB", "de", 4096},
		{"ru/4KB", "ru", 4096},
		{"ar/4KB", "ar", 4096},
		{"zh/4KB", "zh", 4096},
		{"en/64KB", "en", 65536},
	} {
		text := benchText(b, bc.code, bc.size)
		Detect(text) // decode the model outside the timing
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Detect(text)
			}
		})
	}
}

// shuffledText draws n bytes of words at random from the test sentences of
// one language, in lines of about 200 bytes. Unlike benchText, which
// repeats a few kilobytes, its word ends and stopwords come in no order
// that a branch predictor could learn over the iterations of a benchmark,
// as in real text.
func shuffledText(b testing.TB, code string, n int) []string {
	var words []string
	for _, s := range loadSentences(b) {
		if s.code == code {
			words = append(words, strings.Fields(s.text)...)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	var lines []string
	var sb strings.Builder
	for total := 0; total < n; {
		sb.Reset()
		for sb.Len() < 200 {
			sb.WriteString(words[r.IntN(len(words))])
			sb.WriteByte(' ')
		}
		lines = append(lines, sb.String())
		total += sb.Len()
	}
	return lines
}

// BenchmarkDetectCold is Detect on a 384-byte sample, as FromText calls it
// once a page, with the processor's caches emptied of the model before
// each call by reading 64 MB elsewhere: a pipeline does much else between
// two pages, and the n-gram lookups of a call then miss the caches.
func BenchmarkDetectCold(b *testing.B) {
	text := benchText(b, "en", 384)[:384]
	flush := make([]byte, 64<<20)
	Detect(text) // decode the model outside the timing
	b.SetBytes(int64(len(text)))
	sink := byte(0)
	for b.Loop() {
		b.StopTimer()
		for i := 0; i < len(flush); i += 64 {
			flush[i]++
			sink += flush[i]
		}
		b.StartTimer()
		Detect(text)
	}
	_ = sink
}

func BenchmarkStopwordsCount(b *testing.B) {
	for _, code := range []string{"en", "ru"} {
		text := benchText(b, code, 4096)
		set := Stopwords(language.Make(code))
		b.Run(code, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				set.Count(text)
			}
		})
		lines := shuffledText(b, code, 1<<20)
		b.Run(code+"/shuffled", func(b *testing.B) {
			n := 0
			for _, l := range lines {
				n += len(l)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, l := range lines {
					set.Count(l)
				}
			}
		})
	}
}

// BenchmarkDecodeModel measures what model.img spares the first Detect
// call of a process: decoding model.bin and the stopword lists. The
// stopword lists are built once, outside the timing.
func BenchmarkDecodeModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeModel(modelData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeImage measures the one-time cost of the first Detect call
// of a process: reading the embedded image of the model's tables.
func BenchmarkDecodeImage(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeImage(modelImage); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDetectMixed is Detect on 4 KB page samples of every language
// the n-gram model separates, in turn, with the processor's second-level
// cache emptied of the model before each call by reading 2 MB elsewhere:
// as between two pages of a pipeline, the model's lookups then go to the
// last-level cache, and a more compact model misses it less.
func BenchmarkDetectMixed(b *testing.B) {
	var texts []string
	seen := map[string]bool{}
	size := 0
	for _, s := range loadSentences(b) {
		id := languageIndex(s.code)
		if seen[s.code] || id < 0 || scriptGroup[languages[id].script] == noGroup {
			continue
		}
		seen[s.code] = true
		text := strings.Join(shuffledText(b, s.code, 4096), "\n")
		texts = append(texts, text)
		size += len(text)
	}
	flush := make([]byte, 2<<20)
	Detect(texts[0]) // decode the model outside the timing
	b.SetBytes(int64(size / len(texts)))
	sink := byte(0)
	i := 0
	for b.Loop() {
		b.StopTimer()
		for k := 0; k < len(flush); k += 64 {
			flush[k]++
			sink += flush[k]
		}
		b.StartTimer()
		Detect(texts[i%len(texts)])
		i++
	}
	_ = sink
}

// BenchmarkDecodeStopwords measures what the first Stopwords calls of a
// process cost for every language: reading the directory of
// stopwords.img and the sets.
func BenchmarkDecodeStopwords(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := decodeStopwordDirectory(stopwordImage)
		if err != nil {
			b.Fatal(err)
		}
		for i := range d.entries {
			if _, err := decodeStopwordSet(d.entries[i].body); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkBuildStopwords measures what stopwords.img spares: building
// every set from its list.
func BenchmarkBuildStopwords(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		files, err := stopwordFiles.ReadDir("stopwords")
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			data, err := stopwordFiles.ReadFile("stopwords/" + f.Name())
			if err != nil {
				b.Fatal(err)
			}
			newStopwordSet(listWords(string(data)))
		}
	}
}
