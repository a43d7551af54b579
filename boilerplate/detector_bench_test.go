package boilerplate

import (
	"fmt"
	"testing"
)

// benchPage returns the blocks of a page of about 8 KB of text.
func benchPage(seed uint64, russian bool) []Block {
	s := newSynth(seed, russian)
	var blocks []Block
	for i := 0; i < 30; i++ {
		kind := KindParagraph
		text := s.paragraph(1, 4)
		if i%5 == 0 {
			kind, text = KindHeading, s.sentence(3, 8)
		}
		blocks = append(blocks, Block{Kind: kind, Text: text})
	}
	return blocks
}

func pageBytes(blocks []Block) int64 {
	n := 0
	for _, b := range blocks {
		n += len(b.Text)
	}
	return int64(n)
}

func BenchmarkShingles(b *testing.B) {
	for _, lang := range []string{"en", "ru"} {
		b.Run(lang, func(b *testing.B) {
			blocks := benchPage(1, lang == "ru")
			var s shingler
			out := make([]uint64, 0, 4096)
			cpuLoop(b, pageBytes(blocks), func() {
				for i := range blocks {
					out, _ = s.shingles(blocks[i].Text, out[:0])
				}
			})
		})
	}
}

// BenchmarkMarkRepeats measures the detector on one page: in-page only
// (nil Detector), and with a warm Detector that knows the host.
func BenchmarkMarkRepeats(b *testing.B) {
	for _, lang := range []string{"en", "ru"} {
		for _, mode := range []string{"inpage", "site"} {
			b.Run(lang+"/"+mode, func(b *testing.B) {
				page := benchPage(2, lang == "ru")
				work := make([]Block, len(page))
				var d *Detector
				if mode == "site" {
					d = NewDetector()
					for i := range 20 {
						MarkRepeats(benchPage(uint64(100+i), lang == "ru"), d, fmt.Sprintf("https://example.com/a/%d", i))
					}
				}
				cpuLoop(b, pageBytes(page), func() {
					copy(work, page)
					MarkRepeats(work, d, "https://example.com/a/1")
				})
			})
		}
	}
}
