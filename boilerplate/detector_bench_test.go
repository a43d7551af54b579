package boilerplate

import (
	"fmt"
	"runtime"
	"sync/atomic"
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
				// A page the detector has not seen on every iteration (for
				// the first 4096), so that it judges and learns.
				urls := make([]string, 4096)
				for i := range urls {
					urls[i] = fmt.Sprintf("https://example.com/b/%d", i)
				}
				i := 0
				cpuLoop(b, pageBytes(page), func() {
					copy(work, page)
					MarkRepeats(work, d, urls[i%len(urls)])
					i++
				})
			})
		}
	}
}

// BenchmarkMarkRepeatsParallel runs MarkRepeats with one shared Detector on
// all cores, pages spread over 64 hosts.
func BenchmarkMarkRepeatsParallel(b *testing.B) {
	pages := make([][]Block, 64)
	for i := range pages {
		pages[i] = benchPage(uint64(i), false)
	}
	urls := make([]string, 4096)
	for i := range urls {
		urls[i] = fmt.Sprintf("https://h%d.example/%d", i%64, i)
	}
	d := NewDetector()
	b.SetBytes(pageBytes(pages[0]))
	b.ReportAllocs()
	b.ResetTimer()
	var next atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		work := make([]Block, len(pages[0]))
		for pb.Next() {
			i := next.Add(1)
			copy(work, pages[i%64])
			MarkRepeats(work, d, urls[i%4096])
		}
	})
}

// BenchmarkDetectorMemory learns unique fingerprints into one host and
// reports the heap bytes and the accounted bytes per tracked fingerprint.
func BenchmarkDetectorMemory(b *testing.B) {
	for b.Loop() {
		var before, after runtime.MemStats
		// Text and URLs are made first so that only the detector's
		// state is measured.
		syn := newSynth(1, false)
		pages := make([][]string, 1000)
		for p := range pages {
			pages[p] = make([]string, 25)
			for i := range pages[p] {
				pages[p][i] = syn.sentence(8, 12) // 4 fingerprints each
			}
		}
		urls := make([]string, len(pages))
		for p := range urls {
			urls[p] = fmt.Sprintf("https://one.example/%d", p)
		}
		runtime.GC()
		runtime.ReadMemStats(&before)
		d := NewDetector(WithMaxMemory(1 << 30))
		for p := range pages {
			d.Learn(urls[p], pages[p])
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		s := d.Stats()
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(s.Fingerprints), "heap-B/fingerprint")
		b.ReportMetric(float64(s.MemoryBytes)/float64(s.Fingerprints), "accounted-B/fingerprint")
		b.ReportMetric(float64(s.Fingerprints), "fingerprints")
		runtime.KeepAlive(d)
		runtime.KeepAlive(pages)
	}
}

// BenchmarkDetectorManyHosts learns one page per iteration, spread over
// 300,000 hosts (a few pages each), into a detector bounded to 16 MiB, and
// reports the memory accounted, the Go heap in use and the hosts evicted.
func BenchmarkDetectorManyHosts(b *testing.B) {
	syn := newSynth(3, false)
	texts := make([][]string, 256)
	for i := range texts {
		texts[i] = []string{syn.paragraph(1, 2), syn.sentence(8, 14), editorMsg, "Short tagline of the site"}
	}
	urls := make([]string, 1<<16)
	for i := range urls {
		urls[i] = fmt.Sprintf("https://h%d.example/page/%d", (i*7919)%300000, i)
	}
	d := NewDetector(WithMaxMemory(16 << 20))
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		// Vary the host beyond the precomputed URLs.
		u := urls[i%len(urls)]
		if i >= len(urls) {
			u = fmt.Sprintf("https://h%d.example/p/%d", (i*7919)%300000, i)
		}
		d.Learn(u, texts[i%len(texts)])
		i++
	}
	b.StopTimer()
	var after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&after)
	s := d.Stats()
	b.ReportMetric(float64(s.MemoryBytes)/(1<<20), "accounted-MiB")
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "heap-MiB")
	b.ReportMetric(float64(s.Hosts), "hosts")
	b.ReportMetric(float64(s.HostEvicts), "evicted")
	if s.MemoryBytes > s.MaxMemory {
		b.Fatalf("memory %d over the bound %d", s.MemoryBytes, s.MaxMemory)
	}
}
