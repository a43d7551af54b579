package boilerplate

import (
	"cmp"
	"slices"
	"strings"
)

// A batch job over a whole crawl learns each site's template in a
// map-reduce rather than in one Detector: SketchPage turns a page into what
// a Detector would learn from it, a SiteSample gathers the sketches of one
// site (Add, and Merge in any order and grouping), Detector.Template turns
// a sample into the fingerprints that can mark a block as template, and
// Detector.AddSite hands those to a Detector that extracts the pages in a
// second pass (made WithoutLearning, so that every page is judged against
// the same state, whatever the order).

// PageSketch is what a Detector learns from one page: the key of its URL
// and the fingerprints of its blocks.
type PageSketch struct {
	URLKey       uint64   // hash of the page's URL without its fragment
	Fingerprints []uint64 // sorted and distinct
}

// SketchPage returns the host of pageURL and what Detector.Learn(pageURL,
// texts) would learn from the page: the fingerprints of its blocks of two
// words or more. texts are the texts of all the page's blocks, kept or
// dropped, as extract.Result.Blocks holds them. It reports false when
// pageURL has no host or texts is empty, as Learn then learns nothing.
func SketchPage(pageURL string, texts []string) (string, PageSketch, bool) {
	host, ok := hostOf(pageURL)
	if !ok || len(texts) == 0 {
		return "", PageSketch{}, false
	}
	ps := getScratch()
	defer putScratch(ps)
	var fps []uint64
	for _, t := range texts {
		var n blockNote
		ps.shing, n.hashes = ps.sh.shingles(t, ps.shing[:0])
		if n.hashes.words < minJudgedWords {
			continue
		}
		n.setSketch(ps.shing)
		for _, k := range n.sketch[:n.nsketch] {
			if k == 0 {
				k = 1 // as fpTable stores it
			}
			fps = append(fps, k)
		}
	}
	slices.Sort(fps)
	return host, PageSketch{URLKey: pageKey(pageURL), Fingerprints: slices.Compact(fps)}, true
}

// SiteOf returns the site of pageURL as a Detector keys its memory: the
// host, lower-cased, without port, user information or a leading "www.".
// It reports false when pageURL has no host, and the Detector then keeps
// no memory for the page.
func SiteOf(pageURL string) (string, bool) {
	return hostOf(pageURL)
}

// pageKey is the key of a page URL in a host's table, as judgeAndLearn
// makes it.
func pageKey(pageURL string) uint64 {
	if i := strings.IndexByte(pageURL, '#'); i >= 0 {
		pageURL = pageURL[:i]
	}
	return hashString(pageURL) ^ pageTag
}

// SampleLimits bound a SiteSample. Zero fields take the defaults.
type SampleLimits struct {
	// MaxPages is the most pages a sample keeps. A site's template is on
	// nearly every page, so a thousand pages find it as surely as a
	// million. Default 1,000.
	MaxPages int
	// MaxPageFingerprints is the most fingerprints a sample keeps of one
	// page, the smallest (a uniform choice): four per long block, so the
	// default, 1,024, keeps all of a page of 256 long blocks. A sample
	// holds at most MaxPages times this many, 8 bytes each: 8 MiB by
	// default, and about 80 KB per 100 pages of news articles.
	MaxPageFingerprints int
}

// Default sample limits.
const (
	DefaultSamplePages            = 1000
	DefaultSamplePageFingerprints = 1024
)

func (l SampleLimits) withDefaults() SampleLimits {
	if l.MaxPages <= 0 {
		l.MaxPages = DefaultSamplePages
	}
	if l.MaxPageFingerprints <= 0 {
		l.MaxPageFingerprints = DefaultSamplePageFingerprints
	}
	return l
}

// SiteSample is a bounded sample of the pages of one site: the pages with
// the smallest URL keys, as many as the limits allow. Pages are sampled by
// the hash of their URL, so the sample is uniform, a page added twice is
// kept once, and the sample of a set of pages is the same whatever the
// order and grouping in which they were added and merged: Add and Merge
// are commutative and associative, as a map-reduce combiner must be. A
// site with fewer pages than the limits keeps them all, and a Detector
// built from its sample knows exactly what one that learnt every page
// would (as long as that one had memory enough).
//
// The zero value is an empty sample. It is not safe for concurrent use.
type SiteSample struct {
	// Pages are sorted by URLKey, keys distinct.
	Pages []PageSketch
	// Added counts the pages added, in the sample or not (a page added
	// twice counts twice).
	Added uint64
}

// Add adds one page to the sample.
func (s *SiteSample) Add(p PageSketch, lim SampleLimits) {
	s.Merge(&SiteSample{Pages: []PageSketch{p}, Added: 1}, lim)
}

// Merge adds the pages of o to s. When both have a page of the same URL
// key with other fingerprints (the same URL fetched twice, changed), the
// one whose fingerprints sort first is kept, so that the choice does not
// depend on the order of merging. A nil o adds nothing.
func (s *SiteSample) Merge(o *SiteSample, lim SampleLimits) {
	if o == nil {
		o = &SiteSample{} // nothing to add; the limits still apply
	}
	lim = lim.withDefaults()
	// The sample is the MaxPages smallest keys: a key left out here is
	// left out of any larger union too, so that truncating commutes with
	// merging.
	merged := make([]PageSketch, 0, min(len(s.Pages)+len(o.Pages), lim.MaxPages))
	a, b := s.Pages, o.Pages
	for len(a)+len(b) > 0 && len(merged) < lim.MaxPages {
		var p PageSketch
		switch {
		case len(b) == 0 || len(a) > 0 && a[0].URLKey < b[0].URLKey:
			p, a = a[0], a[1:]
		case len(a) == 0 || b[0].URLKey < a[0].URLKey:
			p, b = b[0], b[1:]
		default: // the same page in both
			p = a[0]
			if slices.Compare(capKeys(b[0].Fingerprints, lim), capKeys(p.Fingerprints, lim)) < 0 {
				p = b[0]
			}
			a, b = a[1:], b[1:]
		}
		p.Fingerprints = capKeys(p.Fingerprints, lim)
		merged = append(merged, p)
	}
	s.Pages = merged
	s.Added += o.Added
}

// capKeys keeps the MaxPageFingerprints smallest of sorted fingerprints.
func capKeys(fps []uint64, lim SampleLimits) []uint64 {
	if len(fps) > lim.MaxPageFingerprints {
		return slices.Clip(fps[:lim.MaxPageFingerprints])
	}
	return fps
}

// Bytes is about the memory the sample holds.
func (s *SiteSample) Bytes() int {
	n := 48 + 32*cap(s.Pages)
	for _, p := range s.Pages {
		n += 8 * cap(p.Fingerprints)
	}
	return n
}

// SiteTemplate is what a Detector needs to know of a site to judge its
// pages: how many pages it learnt, and the fingerprints seen on enough of
// them to be template, with on how many.
type SiteTemplate struct {
	Pages        uint32   // pages the sample held
	Fingerprints []uint64 // sorted
	Counts       []uint32 // Counts[i] pages had Fingerprints[i]
}

// Template returns the fingerprints of the sample's pages that can mark a
// block as template under d's thresholds (WithMinPages, WithMinShare),
// whether the page judged is one of the sample's or a new one. The rest,
// seen on too few pages, could never drop a block. A nil sample is an
// empty one.
func (d *Detector) Template(s *SiteSample) SiteTemplate {
	if s == nil {
		s = &SiteSample{}
	}
	counts := make(map[uint64]uint32)
	for _, p := range s.Pages {
		for _, k := range p.Fingerprints {
			counts[k]++
		}
	}
	pages := uint32(len(s.Pages))
	// A page judged that is not part of the state counts itself: one
	// less is enough for it.
	need := d.need(pages+1) - 1
	t := SiteTemplate{Pages: pages}
	for k, c := range counts {
		if c >= need {
			t.Fingerprints = append(t.Fingerprints, k)
		}
	}
	slices.Sort(t.Fingerprints)
	t.Counts = make([]uint32, len(t.Fingerprints))
	for i, k := range t.Fingerprints {
		t.Counts[i] = counts[k]
	}
	return t
}

// need is on how many pages a fingerprint must have been seen to be
// template on a host of pages pages, the page judged included.
func (d *Detector) need(pages uint32) uint32 {
	return max(d.minPages, uint32(d.minShare*float64(pages)+0.999999))
}

// AddSite makes d know host's template as t says, replacing what d knew of
// host: its pages are judged against t as if d had learnt the site's pages
// (those of the sample t came from). It reports false when d's memory
// bound left no room for it (a table larger than the bound on one host
// keeps its most seen fingerprints).
func (d *Detector) AddSite(host string, t SiteTemplate) bool {
	host, ok := hostOf(host)
	if !ok || len(t.Fingerprints) != len(t.Counts) {
		return false
	}
	slots := make([]fpSlot, 0, len(t.Fingerprints))
	for i, k := range t.Fingerprints {
		if k != 0 && t.Counts[i] > 0 {
			slots = append(slots, fpSlot{key: k, pages: t.Counts[i], last: max(t.Pages, 1) - 1})
		}
	}
	hk := hashString(host)
	h := newHostState(t.Pages, slots, d.maxHostSlot)
	cost := hostBytes + int64(len(h.tab.slots))*slotBytes
	h.lastSeen = d.clock.Add(1)
	sh := &d.shards[hk%numShards]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if old := sh.hosts[hk]; old != nil {
		delete(sh.hosts, hk)
		d.memory.Add(-(hostBytes + int64(len(old.tab.slots))*slotBytes))
	}
	if !d.reserve(sh, nil, cost) {
		return false
	}
	sh.hosts[hk] = h
	return true
}

// newHostState builds the state of a host that learnt pages pages from
// its table entries, in a table of at most maxSlots slots: when they do not
// fit, the most seen are kept.
func newHostState(pages uint32, slots []fpSlot, maxSlots int) *hostState {
	size := minTableSlots
	for 4*len(slots) > 3*size && size < maxSlots {
		size *= 2
	}
	if 4*len(slots) > 3*size {
		slices.SortFunc(slots, func(a, b fpSlot) int {
			return cmp.Or(cmp.Compare(b.pages, a.pages), cmp.Compare(a.key, b.key))
		})
		slots = slots[:3*size/4]
	}
	h := &hostState{pages: pages}
	h.tab.init(size)
	h.tab.reinsert(slots, nil)
	return h
}

// WithoutLearning makes a Detector that judges pages against what it was
// given (AddSite, Load) and learns nothing: every page is judged as one of
// the pages its state was learnt from, so the verdicts do not depend on
// the order in which pages come. It is the Detector of the second pass of
// a batch job.
func WithoutLearning() DetectorOption {
	return func(d *Detector) { d.frozen = true }
}
