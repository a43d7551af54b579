package boilerplate

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

// TestDetectorSyntheticSites runs the detector over three synthetic sites
// crawled in interleaved order: the template must be gone from every page
// after a site's fifth, and no article text may be lost, not even the quote
// and the standard sentence that a few articles share.
func TestDetectorSyntheticSites(t *testing.T) {
	pages := crawl(defaultSites(), 1)
	without := runSites(pages, nil)
	with := runSites(pages, NewDetector())
	t.Logf("without detector: F1 %.3f (template words kept %d)", without.f1(), without.templateKept)
	t.Logf("with detector:    F1 %.3f (template words kept %d, dropped %d)", with.f1(), with.templateKept, with.templateDrop)
	if with.contentLost > 0 {
		t.Errorf("detector lost %d words of article text in %d blocks", with.contentLost, with.contentLostBlocks)
	}
	if with.templateMissedLate > 0 {
		t.Errorf("%d template blocks kept after a site's fifth page", with.templateMissedLate)
	}
	if with.f1() <= without.f1() {
		t.Errorf("F1 with detector %.3f, without %.3f", with.f1(), without.f1())
	}
}

// templatePage returns a page of fresh article paragraphs around the
// template paragraphs tpl.
func templatePage(seed uint64, tpl ...string) []Block {
	syn := newSynth(seed, false)
	var bs []Block
	bs = append(bs, Block{Kind: KindParagraph, Text: syn.paragraph(2, 3), Kept: true})
	for _, t := range tpl {
		bs = append(bs, Block{Kind: KindParagraph, Text: t, Kept: true})
	}
	bs = append(bs, Block{Kind: KindParagraph, Text: syn.paragraph(2, 3), Kept: true})
	return bs
}

const editorMsg = "A message from the editor: our journalism is funded by readers like you. If you value what we do, please consider becoming a member today."

func TestDetectorLearnsTemplate(t *testing.T) {
	d := NewDetector()
	for p := range 6 {
		bs := templatePage(uint64(p), editorMsg)
		MarkRepeats(bs, d, fmt.Sprintf("https://news.example/p/%d", p))
		dropped := bs[1].Reason == ReasonRepeatedAcrossSite
		if want := p+1 >= DefaultMinPages; dropped != want {
			t.Errorf("page %d: template dropped = %v, want %v", p+1, dropped, want)
		}
		if bs[0].Dropped() || bs[2].Dropped() {
			t.Errorf("page %d: article text dropped", p+1)
		}
	}
	// Another host has its own memory.
	bs := templatePage(99, editorMsg)
	MarkRepeats(bs, d, "https://other.example/")
	if bs[1].Dropped() {
		t.Error("template of one host dropped on another")
	}
}

// TestDetectorCountsPagesNotCopies: a block printed many times on one page,
// or a page extracted many times, counts once.
func TestDetectorCountsPagesNotCopies(t *testing.T) {
	d := NewDetector()
	bs := templatePage(1, editorMsg, editorMsg, editorMsg, editorMsg, editorMsg)
	MarkRepeats(bs, d, "https://news.example/a")
	for range 10 {
		bs = templatePage(1, editorMsg)
		MarkRepeats(bs, d, "https://news.example/a#comments")
	}
	if bs[0].Dropped() || bs[1].Dropped() {
		t.Fatalf("one page seen many times dropped its own text: %v", reasons(bs))
	}
	if s := d.Stats(); s.PagesLearnt != 1 {
		t.Errorf("PagesLearnt = %d, want 1", s.PagesLearnt)
	}
}

// TestDetectorNearCopies: the template matches with its counter, date or a
// word changed.
func TestDetectorNearCopies(t *testing.T) {
	d := NewDetector()
	msg := "A message from the editor: our journalism is funded by %d readers like you in %s. If you value what we do, please consider becoming a member today, it takes a minute."
	places := []string{"Leeds", "York", "Hull", "Bath", "Ely", "Wells"}
	for p := range 6 {
		bs := templatePage(uint64(p), fmt.Sprintf(msg, 1000+p*37, places[p]))
		MarkRepeats(bs, d, fmt.Sprintf("https://news.example/%d", p))
		if p == 5 && bs[1].Reason != ReasonRepeatedAcrossSite {
			t.Errorf("near copy of the template kept on page %d", p+1)
		}
	}
}

func TestDetectorWarmUp(t *testing.T) {
	d := NewDetector()
	for p := range 5 {
		texts := []string{newSynth(uint64(p), false).paragraph(2, 2), editorMsg, "Short tagline of the site"}
		d.Learn(fmt.Sprintf("https://news.example/w/%d", p), texts)
	}
	bs := templatePage(42, editorMsg, "Short tagline of the site")
	MarkRepeats(bs, d, "https://news.example/first")
	if bs[1].Reason != ReasonRepeatedAcrossSite || bs[2].Reason != ReasonRepeatedAcrossSite {
		t.Errorf("after warm-up: reasons %v, want the template dropped", reasons(bs))
	}
	if bs[0].Dropped() || bs[3].Dropped() {
		t.Errorf("after warm-up: article text dropped: %v", reasons(bs))
	}
}

func TestDetectorWithoutHost(t *testing.T) {
	d := NewDetector()
	for _, u := range []string{"", "not a url", "/relative/path", "mailto:x", "http://"} {
		for p := range 6 {
			bs := templatePage(uint64(p), editorMsg)
			MarkRepeats(bs, d, u)
			if bs[1].Dropped() {
				t.Fatalf("URL %q: cross-site drop without a host", u)
			}
		}
	}
	if s := d.Stats(); s.Hosts != 0 {
		t.Errorf("%d hosts learnt from URLs without a host", s.Hosts)
	}
}

func TestHostOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.Example.com/a/b?c#d", "example.com"},
		{"HTTPS://WwW.EXAMPLE.COM", "example.com"},
		{"http://user:pw@news.example.org:8080/x", "news.example.org"},
		{"//cdn.example.net/x", "cdn.example.net"},
		{"example.com/path", "example.com"},
		{"https://example.com.", "example.com"},
		{"http://[::1]:8080/", "[::1]"},
		{"http://localhost/x", "localhost"},
		{"", ""},
		{"not a url", ""},
		{"/relative/path", ""},
		{"http://", ""},
		{"http://exa mple.com/", ""},
	}
	for _, tt := range tests {
		got, ok := hostOf(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("hostOf(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

// TestDetectorConcurrent shares one detector between 16 goroutines that
// extract the synthetic sites' pages; run with -race.
func TestDetectorConcurrent(t *testing.T) {
	pages := crawl(defaultSites(), 3)
	d := NewDetector()
	var wg sync.WaitGroup
	lost := make([]int, 16)
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(pages); i += 16 {
				pg := pages[i]
				bs := append([]Block(nil), pg.blocks...)
				MarkRepeats(bs, d, pg.url)
				for j := range bs {
					if pg.labels[j] == labContent && bs[j].Dropped() {
						lost[g]++
					}
				}
				if i%7 == 0 {
					d.Stats()
				}
			}
		}()
	}
	wg.Wait()
	for g, n := range lost {
		if n > 0 {
			t.Errorf("goroutine %d lost %d article blocks", g, n)
		}
	}
	if s := d.Stats(); s.PagesLearnt != uint64(len(pages)) || s.BlocksDrop == 0 {
		t.Errorf("stats %+v after %d pages", s, len(pages))
	}
}

// TestDetectorMemoryBound feeds many hosts and one big host into a small
// detector: the accounted memory never exceeds the bound, hosts are
// evicted, and the big host still knows its template.
func TestDetectorMemoryBound(t *testing.T) {
	const bound = 256 << 10
	d := NewDetector(WithMaxMemory(bound))
	syn := newSynth(5, false)
	texts := make([]string, 8)
	for h := range 3000 {
		for i := range texts {
			texts[i] = syn.sentence(8, 12)
		}
		d.Learn(fmt.Sprintf("https://host%d.example/p", h), texts)
		if h%500 == 0 {
			if m := d.Stats().MemoryBytes; m > bound {
				t.Fatalf("after %d hosts: %d bytes accounted, bound %d", h, m, bound)
			}
		}
	}
	// One big site with fresh article text on every page.
	for p := range 400 {
		bs := templatePage(uint64(1000+p), editorMsg)
		MarkRepeats(bs, d, fmt.Sprintf("https://big.example/%d", p))
		if p > 10 && bs[1].Reason != ReasonRepeatedAcrossSite {
			t.Fatalf("page %d of the big site: template kept", p)
		}
	}
	s := d.Stats()
	t.Logf("stats: %+v", s)
	if s.MemoryBytes > bound || s.HostEvicts == 0 {
		t.Errorf("memory %d (bound %d), %d hosts evicted", s.MemoryBytes, bound, s.HostEvicts)
	}
	if got := accountedBytes(d); got != s.MemoryBytes {
		t.Errorf("accounted %d bytes, tables hold %d", s.MemoryBytes, got)
	}
}

// accountedBytes recomputes from the tables what the detector accounts.
func accountedBytes(d *Detector) int64 {
	var n int64
	for i := range d.shards {
		sh := &d.shards[i]
		sh.mu.Lock()
		for _, h := range sh.hosts {
			n += hostBytes + int64(len(h.tab.slots))*slotBytes
		}
		sh.mu.Unlock()
	}
	return n
}

// TestDetectorConcurrentBound: 16 goroutines learning thousands of hosts
// never push the accounted memory over the bound, and the accounting
// matches the tables afterwards.
func TestDetectorConcurrentBound(t *testing.T) {
	const bound = 128 << 10
	d := NewDetector(WithMaxMemory(bound))
	var wg sync.WaitGroup
	var over atomic.Bool
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			syn := newSynth(uint64(g), g%2 == 0)
			texts := make([]string, 6)
			for p := range 300 {
				for i := range texts {
					texts[i] = syn.sentence(6, 12)
				}
				d.Learn(fmt.Sprintf("https://h%d-%d.example/%d", g, p%40, p), texts)
				if d.memory.Load() > bound {
					over.Store(true)
				}
			}
		}()
	}
	wg.Wait()
	if over.Load() {
		t.Error("memory bound exceeded while learning")
	}
	if s := d.Stats(); s.MemoryBytes != accountedBytes(d) || s.MemoryBytes > bound {
		t.Errorf("stats %+v, tables hold %d bytes", s, accountedBytes(d))
	}
}
