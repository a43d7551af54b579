package boilerplate

import (
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/winnowtext/winnow/internal/wyhash"
)

// Detector remembers, per host, on how many distinct pages each block
// fingerprint was seen, so that blocks of a site's template are dropped
// (ReasonRepeatedAcrossSite) even when they read like content: a long
// "message from the editor", an "about us" paragraph in full sentences.
//
// A block's fingerprint is its whole normalised text when it is short, and
// the sketchSize smallest hashes of its word 3-grams when it is long, so
// that near copies (a date, a counter, a word changed) match. A block is
// template when three of its four fingerprints (or its one) were seen on
// at least MinPages distinct pages of the host (WithMinPages) and on at
// least MinShare of the pages learnt from that host (WithMinShare). A block
// printed several times on one page counts once, and so does a page
// extracted twice (same URL without its fragment).
//
// Memory is bounded (WithMaxMemory): when the bound is reached the least
// useful state goes first: fingerprints seen on few pages, then whole hosts
// that have not reached MinPages pages, least recently seen first, then
// other hosts, least recently seen first.
//
// A Detector is safe for concurrent use by many goroutines: hosts are
// spread over independently locked shards. Its state can be saved and
// loaded (Save, Load) to carry what it learnt across runs.
type Detector struct {
	minPages    uint32
	minShare    float64
	maxMemory   int64
	maxHostSlot int  // table capacity one host may reach
	frozen      bool // WithoutLearning: judge only

	clock  atomic.Uint64 // pages seen, used as the time of last use
	memory atomic.Int64  // bytes accounted over all shards
	shards [numShards]shard

	pagesLearnt atomic.Uint64
	blocksDrop  atomic.Uint64
	hostEvicts  atomic.Uint64
	sweeps      atomic.Uint64
	skipped     atomic.Uint64
}

// numShards is the number of independently locked parts of a Detector:
// enough that 16 or more goroutines rarely wait on each other.
const numShards = 64

// shard holds the hosts whose key falls into it.
type shard struct {
	mu    sync.Mutex
	hosts map[uint64]*hostState
	_     [48]byte // keep shards on separate 64-byte cache lines
}

// hostState is what a Detector knows about one host.
type hostState struct {
	pages    uint32 // pages learnt
	lastSeen uint64 // Detector clock when last used
	tab      fpTable
}

// Default options, chosen by measurement on synthetic sites of 300 pages
// where a quote is shared by 4 articles, a standard sentence by 5% or 10%
// of them, and the template has a section box that varies by one word
// (TestMeasureSiteThresholds). Every setting removed the template from
// every page after a site's fifth. MinShare below 0.15 lost the shared
// sentences (225 to 514 words); at 0.2, MinPages 3 still lost a sentence
// that three early articles share, while MinPages 4 lost nothing and kept
// the least template (669 words, on the first three pages of each site).
const (
	// DefaultMinPages: a block seen on this many distinct pages of a host
	// (the current page included) may be template.
	DefaultMinPages = 4
	// DefaultMinShare: ... and on this share of the pages learnt from the
	// host, so that a sentence shared by a tenth of the articles is kept
	// while the site-wide template, on nearly every page, goes.
	DefaultMinShare = 0.2
	// DefaultMaxMemory bounds the state of a Detector: 64 MiB hold about
	// 2.4 million fingerprints, the templates of tens of thousands of
	// hosts.
	DefaultMaxMemory = 64 << 20
)

// DetectorOption configures a Detector.
type DetectorOption func(*Detector)

// WithMinPages sets on how many distinct pages of a host (the current one
// included) a block must have been seen to be dropped as template; values
// below 2 mean 2.
func WithMinPages(n int) DetectorOption {
	return func(d *Detector) { d.minPages = uint32(max(2, min(n, 1<<30))) }
}

// WithMinShare sets the share of a host's learnt pages (0 to 1) on which a
// block must have been seen to be dropped as template.
func WithMinShare(share float64) DetectorOption {
	return func(d *Detector) {
		if share >= 0 && share <= 1 {
			d.minShare = share
		}
	}
}

// WithMaxMemory sets the bound, in bytes, of the memory a Detector's state
// may take; it is never exceeded. Values below 64 KiB mean 64 KiB.
func WithMaxMemory(bytes int64) DetectorOption {
	return func(d *Detector) { d.maxMemory = max(bytes, 64<<10) }
}

// NewDetector returns a Detector ready to use with sane defaults.
func NewDetector(opts ...DetectorOption) *Detector {
	d := &Detector{minPages: DefaultMinPages, minShare: DefaultMinShare, maxMemory: DefaultMaxMemory}
	for _, o := range opts {
		o(d)
	}
	// One host may take an eighth of the memory, so that a big site does
	// not push every other host out.
	d.maxHostSlot = minTableSlots
	for int64(2*d.maxHostSlot*slotBytes) <= d.maxMemory/8 {
		d.maxHostSlot *= 2
	}
	for i := range d.shards {
		d.shards[i].hosts = make(map[uint64]*hostState)
	}
	return d
}

// hostBytes is the memory accounted for a host besides its table: the
// hostState, its map entry and the allocator's rounding (measured by
// TestHostOverhead).
const hostBytes = 112

// DetectorStats is a snapshot of a Detector's state and counters.
type DetectorStats struct {
	Hosts        int    // hosts tracked
	Fingerprints int    // entries over all hosts: block fingerprints and page URLs
	MemoryBytes  int64  // bytes accounted for the state
	MaxMemory    int64  // the bound on MemoryBytes
	PagesLearnt  uint64 // pages learnt since creation or Load
	BlocksDrop   uint64 // blocks dropped as repeated across a site
	HostEvicts   uint64 // hosts evicted to honour the memory bound
	Sweeps       uint64 // times a host's rare fingerprints were swept
	Skipped      uint64 // pages not learnt for lack of memory
}

// Stats returns a snapshot of the detector's state. It locks each shard in
// turn.
func (d *Detector) Stats() DetectorStats {
	s := DetectorStats{
		MemoryBytes: d.memory.Load(),
		MaxMemory:   d.maxMemory,
		PagesLearnt: d.pagesLearnt.Load(),
		BlocksDrop:  d.blocksDrop.Load(),
		HostEvicts:  d.hostEvicts.Load(),
		Sweeps:      d.sweeps.Load(),
		Skipped:     d.skipped.Load(),
	}
	for i := range d.shards {
		sh := &d.shards[i]
		sh.mu.Lock()
		s.Hosts += len(sh.hosts)
		for _, h := range sh.hosts {
			s.Fingerprints += h.tab.used
		}
		sh.mu.Unlock()
	}
	return s
}

// Learn records the blocks of a page without extracting it: a warm-up pass
// over some pages of a site lets the first pages extracted lose their
// template too. texts are the texts of the page's blocks. Learning the same
// pageURL twice counts it once.
func (d *Detector) Learn(pageURL string, texts []string) {
	host, ok := hostOf(pageURL)
	if !ok || len(texts) == 0 {
		return
	}
	ps := getScratch()
	defer putScratch(ps)
	if cap(ps.notes) < len(texts) {
		ps.notes = make([]blockNote, len(texts))
	}
	ps.notes = ps.notes[:len(texts)]
	for i, t := range texts {
		n := &ps.notes[i]
		*n = blockNote{}
		ps.shing, n.hashes = ps.sh.shingles(t, ps.shing[:0])
		n.setSketch(ps.shing)
	}
	d.judgeAndLearn(ps, nil, host, pageURL)
}

// judgeAndLearn drops the template blocks of a page (when blocks is not
// nil) and learns the page's fingerprints, under the lock of the host's
// shard.
func (d *Detector) judgeAndLearn(ps *pageScratch, blocks []Block, host, pageURL string) {
	hk := hashString(host)
	page := pageURL
	if i := strings.IndexByte(page, '#'); i >= 0 {
		page = page[:i] // a fragment names a part of the same page
	}
	pk := hashString(page) ^ pageTag
	now := d.clock.Add(1)
	sh := &d.shards[hk%numShards]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	h := sh.hosts[hk]
	if h == nil {
		if d.frozen {
			return
		}
		if !d.reserve(sh, nil, hostBytes+minTableSlots*slotBytes) {
			d.skipped.Add(1)
			return
		}
		h = &hostState{}
		h.tab.init(minTableSlots)
		sh.hosts[hk] = h
	}
	h.lastSeen = now
	_, seen := h.tab.get(pk)
	seen = seen || d.frozen // a frozen state stands for every page of the host
	add := uint32(1)
	if seen {
		add = 0 // the same URL again: judge it, do not count it twice
	}
	if blocks != nil && h.pages+add >= d.minPages {
		d.judge(ps, blocks, h, add)
	}
	if seen {
		return
	}
	ps.learn = ps.learn[:0]
	for i := range ps.notes {
		n := &ps.notes[i]
		if n.hashes.words >= minJudgedWords {
			ps.learn = append(ps.learn, n.sketch[:n.nsketch]...)
		}
	}
	// Keys repeated within the page are counted once by fpTable.add, which
	// knows the page number; no sort is needed.
	ps.learn = append(ps.learn, pk)
	if !d.makeRoom(sh, h, len(ps.learn)) {
		d.skipped.Add(1)
		return
	}
	for _, k := range ps.learn {
		h.tab.add(k, h.pages)
	}
	h.pages++
	d.pagesLearnt.Add(1)
}

// judge drops the blocks of a page whose fingerprints are template on h.
// add is 1 when the page is new to h: its own occurrence counts.
func (d *Detector) judge(ps *pageScratch, blocks []Block, h *hostState, add uint32) {
	need := max(d.minPages, uint32(d.minShare*float64(h.pages+add)+0.999999))
	for i := range blocks {
		n := &ps.notes[i]
		b := &blocks[i]
		if b.Dropped() || n.nsketch == 0 || n.hashes.words < minJudgedWords || b.Kind == KindCode ||
			(n.hashes.words < sketchMinWords && !shortRepeatKind(b.Kind)) {
			continue
		}
		hits := 0
		for _, k := range n.sketch[:n.nsketch] {
			if c, _ := h.tab.get(k); c+add >= need {
				hits++
			}
		}
		// Three of four fingerprints: a near copy matches, a paragraph that
		// merely shares a phrase with the template does not.
		if hits*4 >= 3*int(n.nsketch) {
			b.Drop(ReasonRepeatedAcrossSite)
			d.blocksDrop.Add(1)
		}
	}
}

// makeRoom makes sure h's table can take extra more keys, growing it while
// memory allows and sweeping its rare fingerprints otherwise. It reports
// false when no room could be made.
func (d *Detector) makeRoom(sh *shard, h *hostState, extra int) bool {
	for !h.tab.fits(extra) {
		size := len(h.tab.slots)
		if size < d.maxHostSlot && d.reserve(sh, h, int64(size*slotBytes)) {
			h.tab.resize(2 * size)
			continue
		}
		d.sweeps.Add(1)
		if !h.tab.sweep(extra, h.pages) {
			return false
		}
	}
	return true
}

// reserve accounts n more bytes, evicting other hosts (never keep) until
// they fit under the bound. The caller holds sh's lock; other shards are
// only tried, never waited for, so that shards cannot deadlock.
func (d *Detector) reserve(sh *shard, keep *hostState, n int64) bool {
	for {
		// Compare-and-swap, so that goroutines growing tables at the same
		// time cannot overshoot the bound together.
		cur := d.memory.Load()
		if cur+n <= d.maxMemory {
			if d.memory.CompareAndSwap(cur, cur+n) {
				return true
			}
			continue
		}
		if d.evictFrom(sh, keep) {
			continue
		}
		evicted := false
		start := rand.IntN(numShards)
		for j := range numShards {
			other := &d.shards[(start+j)%numShards]
			if other == sh || !other.mu.TryLock() {
				continue
			}
			evicted = d.evictFrom(other, nil)
			other.mu.Unlock()
			if evicted {
				break
			}
		}
		if !evicted {
			return false
		}
	}
}

// evictFrom evicts the least useful of a few hosts of sh (never keep): a
// host that has not reached MinPages pages, as it cannot drop anything yet,
// before one that has; the least recently seen first. The caller holds
// sh's lock.
func (d *Detector) evictFrom(sh *shard, keep *hostState) bool {
	var victim *hostState
	var vk uint64
	sampled := 0
	for k, h := range sh.hosts { // map order is random: a fair sample
		if h == keep {
			continue
		}
		if victim == nil || lessUseful(h, victim, d.minPages) {
			victim, vk = h, k
		}
		if sampled++; sampled == 8 {
			break
		}
	}
	if victim == nil {
		return false
	}
	delete(sh.hosts, vk)
	d.memory.Add(-(hostBytes + int64(len(victim.tab.slots))*slotBytes))
	d.hostEvicts.Add(1)
	return true
}

// lessUseful reports whether host a is less worth keeping than host b.
func lessUseful(a, b *hostState, minPages uint32) bool {
	ya, yb := a.pages < minPages, b.pages < minPages
	if ya != yb {
		return ya
	}
	return a.lastSeen < b.lastSeen
}

// pageTag separates the keys of page URLs from fingerprints in a host's
// table.
const pageTag = 0x2d358dccaa6c78a5

// hashString hashes s with the shingle hash's mixer.
func hashString(s string) uint64 {
	h := uint64(wyhash.K1) ^ uint64(len(s))
	for len(s) >= 8 {
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = wyhash.Mix(h^v, wyhash.K2)
		s = s[8:]
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		v |= uint64(s[i]) << (8 * i)
	}
	return wyhash.Mix(h^v, wyhash.K3)
}
