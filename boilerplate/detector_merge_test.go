package boilerplate

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// testSite makes the pages of a synthetic site: each has a template of
// boilerplate paragraphs (one varies by a word, one is on a tenth of the
// pages) around an article of its own.
func testSite(seed uint64, host string, n int) (urls []string, pages [][]string) {
	s := newSynth(seed, false)
	template := []string{s.paragraph(2, 3), s.sentence(8, 12), s.paragraph(1, 2)}
	sometimes := s.paragraph(2, 2)
	for i := range n {
		var texts []string
		texts = append(texts, template[0], fmt.Sprintf("%s Section %d.", template[1], i%7))
		for range 3 + s.r.IntN(4) {
			texts = append(texts, s.paragraph(1, 4))
		}
		if i%10 == 3 {
			texts = append(texts, sometimes)
		}
		texts = append(texts, template[2], "Share", "Read more stories")
		urls = append(urls, fmt.Sprintf("https://%s/news/%d#top", host, i))
		pages = append(pages, texts)
	}
	return urls, pages
}

// verdicts returns the reasons MarkRepeats gives each block of each page.
func verdicts(d *Detector, urls []string, pages [][]string) [][]Reason {
	var out [][]Reason
	for i, texts := range pages {
		blocks := make([]Block, len(texts))
		for j, t := range texts {
			blocks[j] = Block{Kind: KindParagraph, Text: t, Kept: true}
		}
		MarkRepeats(blocks, d, urls[i])
		var r []Reason
		for _, b := range blocks {
			r = append(r, b.Reason)
		}
		out = append(out, r)
	}
	return out
}

// TestTwoPassesMatchOneDetector: a frozen Detector given the templates of
// samples judges every page as a Detector that learnt the whole input
// first does (then judging pages it has seen, as a second run does).
func TestTwoPassesMatchOneDetector(t *testing.T) {
	sites := map[string]int{"a.example": 40, "b.example": 9, "c.example": 3}
	var urls []string
	var pages [][]string
	for host, n := range sites {
		u, p := testSite(uint64(len(host)*n), host, n)
		urls, pages = append(urls, u...), append(pages, p...)
	}
	one := NewDetector()
	for i := range urls {
		one.Learn(urls[i], pages[i])
	}
	want := verdicts(one, urls, pages)

	samples := map[string]*SiteSample{}
	for i := range urls {
		host, sk, ok := SketchPage(urls[i], pages[i])
		if !ok {
			t.Fatalf("no sketch of %s", urls[i])
		}
		if samples[host] == nil {
			samples[host] = &SiteSample{}
		}
		samples[host].Add(sk, SampleLimits{})
	}
	two := NewDetector(WithoutLearning())
	for host, s := range samples {
		if !two.AddSite(host, two.Template(s)) {
			t.Fatalf("AddSite(%s) failed", host)
		}
	}
	got := verdicts(two, urls, pages)
	dropped := 0
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("%s: got %v, want %v", urls[i], got[i], want[i])
		}
		for _, r := range want[i] {
			if r == ReasonRepeatedAcrossSite {
				dropped++
			}
		}
	}
	if dropped < 100 {
		t.Errorf("only %d template blocks dropped: the test site has no template", dropped)
	}
	if s := two.Stats(); s.PagesLearnt != 0 {
		t.Errorf("a Detector WithoutLearning learnt %d pages", s.PagesLearnt)
	}
}

func TestSketchPage(t *testing.T) {
	_, sk, ok := SketchPage("https://www.Example.com/a#x", []string{"One two three four five six seven", "Solo", "Two words"})
	if !ok || len(sk.Fingerprints) != 5 || !slices.IsSorted(sk.Fingerprints) {
		t.Errorf("got %v %v: want 4 fingerprints of the long block and 1 of the short", sk, ok)
	}
	host, sk2, _ := SketchPage("https://www.Example.com/a", []string{"One two three four five six seven", "Solo", "Two words"})
	if site, _ := SiteOf("http://WWW.Example.com:8080/x"); host != "example.com" || site != host || sk2.URLKey != sk.URLKey {
		t.Errorf("host %q, keys %x %x: a fragment names the same page", host, sk.URLKey, sk2.URLKey)
	}
	for _, tt := range []struct {
		url   string
		texts []string
	}{{"", []string{"a b"}}, {"not a url", []string{"a b"}}, {"https://e.com/", nil}} {
		if _, _, ok := SketchPage(tt.url, tt.texts); ok {
			t.Errorf("SketchPage(%q, %q) reported a page", tt.url, tt.texts)
		}
	}
}

// randomSketches makes n page sketches, some of the same URL.
func randomSketches(r *rand.Rand, n int) []PageSketch {
	var out []PageSketch
	for range n {
		fps := make([]uint64, 1+r.IntN(20))
		for i := range fps {
			fps[i] = uint64(r.IntN(200)) + 1
		}
		slices.Sort(fps)
		out = append(out, PageSketch{URLKey: uint64(r.IntN(3 * n)), Fingerprints: slices.Compact(fps)})
	}
	return out
}

// TestSiteSampleMergeOrder: the sample of a set of pages is the same
// whatever the order and grouping of Add and Merge.
func TestSiteSampleMergeOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, lim := range []SampleLimits{{}, {MaxPages: 10}, {MaxPageFingerprints: 5}, {MaxPages: 7, MaxPageFingerprints: 3}} {
		pages := randomSketches(r, 60)
		var want SiteSample
		for _, p := range pages {
			want.Add(p, lim)
		}
		for trial := range 20 {
			shuffled := slices.Clone(pages)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			// Split into groups, sample each, merge the groups in a random
			// tree.
			var parts []*SiteSample
			for len(shuffled) > 0 {
				k := 1 + r.IntN(len(shuffled))
				s := &SiteSample{}
				for _, p := range shuffled[:k] {
					s.Add(p, lim)
				}
				parts = append(parts, s)
				shuffled = shuffled[k:]
			}
			for len(parts) > 1 {
				i := r.IntN(len(parts) - 1)
				parts[i].Merge(parts[i+1], lim)
				parts = slices.Delete(parts, i+1, i+2)
			}
			if !reflect.DeepEqual(parts[0], &want) {
				t.Fatalf("limits %+v, trial %d: merged sample differs:\n%v\nwant\n%v", lim, trial, parts[0], &want)
			}
		}
		l := lim.withDefaults()
		if len(want.Pages) > l.MaxPages || want.Added != 60 {
			t.Errorf("limits %+v: %d pages, %d added", lim, len(want.Pages), want.Added)
		}
		for _, p := range want.Pages {
			if len(p.Fingerprints) > l.MaxPageFingerprints {
				t.Errorf("limits %+v: a page keeps %d fingerprints", lim, len(p.Fingerprints))
			}
		}
	}
}

func TestSiteSampleSamePageTwice(t *testing.T) {
	a := PageSketch{URLKey: 7, Fingerprints: []uint64{1, 2}}
	b := PageSketch{URLKey: 7, Fingerprints: []uint64{1, 3}}
	var s1, s2 SiteSample
	s1.Add(a, SampleLimits{})
	s1.Add(b, SampleLimits{})
	s2.Add(b, SampleLimits{})
	s2.Add(a, SampleLimits{})
	if len(s1.Pages) != 1 || !reflect.DeepEqual(s1, s2) || s1.Added != 2 {
		t.Errorf("got %v and %v", s1, s2)
	}
}

func TestTemplateKeepsOnlyWhatCanDrop(t *testing.T) {
	d := NewDetector(WithMinPages(3), WithMinShare(0.5))
	var s SiteSample
	// Fingerprint 1 on every page, 2 on five of ten, 3 on four, 4 on one.
	for i := range 10 {
		fps := []uint64{1}
		if i < 5 {
			fps = append(fps, 2)
		}
		if i < 4 {
			fps = append(fps, 3)
		}
		if i == 0 {
			fps = append(fps, 4)
		}
		s.Add(PageSketch{URLKey: uint64(100 + i), Fingerprints: fps}, SampleLimits{})
	}
	tpl := d.Template(&s)
	// A new page counts itself: 11 pages, need 6, so 5 of 10 is enough.
	want := SiteTemplate{Pages: 10, Fingerprints: []uint64{1, 2}, Counts: []uint32{10, 5}}
	if !reflect.DeepEqual(tpl, want) {
		t.Errorf("got %+v, want %+v", tpl, want)
	}
}

func TestAddSiteHonoursMemory(t *testing.T) {
	d := NewDetector(WithMaxMemory(64<<10), WithoutLearning())
	big := SiteTemplate{Pages: 100}
	for i := range 20000 {
		big.Fingerprints = append(big.Fingerprints, uint64(i+1))
		big.Counts = append(big.Counts, uint32(1+i%100))
	}
	for i := range 50 {
		d.AddSite(fmt.Sprintf("site%d.example", i), big)
	}
	if s := d.Stats(); s.MemoryBytes > 64<<10 || s.Hosts == 0 {
		t.Errorf("memory %d of %d, %d hosts", s.MemoryBytes, 64<<10, s.Hosts)
	}
	if d.AddSite("no host", big) || d.AddSite("e.example", SiteTemplate{Fingerprints: []uint64{1}}) {
		t.Error("AddSite accepted a bad host or a template without counts")
	}
}

func TestSiteCodecRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var s SiteSample
	for _, p := range randomSketches(r, 50) {
		s.Add(p, SampleLimits{})
	}
	data, _ := s.MarshalBinary()
	var s2 SiteSample
	if err := s2.UnmarshalBinary(data); err != nil || !reflect.DeepEqual(s, s2) {
		t.Errorf("sample round trip: %v\n%v\n%v", err, s, s2)
	}
	tpl := NewDetector(WithMinPages(2), WithMinShare(0)).Template(&s)
	data, _ = tpl.MarshalBinary()
	var tpl2 SiteTemplate
	if err := tpl2.UnmarshalBinary(data); err != nil || !reflect.DeepEqual(tpl, tpl2) || len(tpl.Counts) == 0 {
		t.Errorf("template round trip: %v\n%v\n%v", err, tpl, tpl2)
	}
	for _, bad := range [][]byte{nil, []byte("WSS1"), []byte("WST1\x01\x02\x05\x00"), append(data[:len(data):len(data)], 0), []byte("WSS1\x00\xff\xff\xff\xff\x0f")} {
		if err := s2.UnmarshalBinary(bad); !errors.Is(err, ErrCorruptState) {
			t.Errorf("UnmarshalBinary(%q): %v", bad, err)
		}
	}
}

func FuzzSiteSampleDecode(f *testing.F) {
	var s SiteSample
	s.Add(PageSketch{URLKey: 5, Fingerprints: []uint64{1, 9}}, SampleLimits{})
	s.Add(PageSketch{URLKey: 9, Fingerprints: []uint64{2}}, SampleLimits{})
	data, _ := s.MarshalBinary()
	f.Add(data)
	tpl := NewDetector(WithMinPages(2), WithMinShare(0)).Template(&s)
	data, _ = tpl.MarshalBinary()
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		var s SiteSample
		if s.UnmarshalBinary(data) == nil {
			if !slices.IsSortedFunc(s.Pages, func(a, b PageSketch) int { return cmpKeys(a.URLKey, b.URLKey) }) {
				t.Fatal("decoded pages out of order")
			}
			again, _ := s.MarshalBinary()
			var s2 SiteSample
			if err := s2.UnmarshalBinary(again); err != nil || !reflect.DeepEqual(s, s2) {
				t.Fatalf("re-encoding changed the sample: %v", err)
			}
			s.Merge(&s2, SampleLimits{MaxPages: 3})
		}
		var tpl SiteTemplate
		if tpl.UnmarshalBinary(data) == nil {
			d := NewDetector(WithoutLearning())
			d.AddSite("fuzz.example", tpl)
			MarkRepeats([]Block{{Kind: KindParagraph, Text: "a b c d e f g"}}, d, "https://fuzz.example/")
		}
	})
}

func cmpKeys(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func FuzzSketchPage(f *testing.F) {
	f.Add("https://www.example.com/a#b", "One two three four five six seven.\x00Solo\x00Two words")
	f.Add("//e.com", "")
	f.Fuzz(func(t *testing.T, url, joined string) {
		texts := strings.Split(joined, "\x00")
		host, sk, ok := SketchPage(url, texts)
		if !ok {
			return
		}
		if site, ok := SiteOf(url); !ok || site != host {
			t.Fatalf("SketchPage host %q, SiteOf %q %v", host, site, ok)
		}
		if !slices.IsSorted(sk.Fingerprints) || len(slices.Compact(slices.Clone(sk.Fingerprints))) != len(sk.Fingerprints) {
			t.Fatalf("fingerprints not sorted and distinct: %v", sk.Fingerprints)
		}
		var s SiteSample
		s.Add(sk, SampleLimits{MaxPageFingerprints: 3})
		d := NewDetector(WithMinPages(2), WithMinShare(0))
		d.AddSite(host, d.Template(&s))
	})
}
