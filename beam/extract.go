package main

import (
	"context"
	"hash/fnv"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/pipeline"
)

func init() {
	register.DoFn5x1[context.Context, fileio.ReadableFile, func(*string) bool, func(string) func(*[]byte) bool, func(int, string), error](&extractFn{})
	register.Emitter2[int, string]()
	register.Iter1[[]byte]()
	register.Iter1[string]()
}

// maxSites bounds the sites whose templates one worker keeps; beyond it
// the worker starts over with an empty Detector.
const maxSites = 20000

// extractFn is pass 2: it extracts every page of a file with a Detector
// that knows the page's site template (looked up in the side input once
// per site and worker) and learns nothing, and emits the page's JSONL
// record keyed by output shard. Faults are counted and skipped.
type extractFn struct {
	Config Config

	det   *boilerplate.Detector
	known map[string]bool // sites looked up in the side input
	sites []uint64        // hashes of the sites that have a template, sorted; nil until read
}

func (f *extractFn) Setup() { f.reset() }

// reset forgets every site.
func (f *extractFn) reset() {
	f.det = newDetector()
	f.known = make(map[string]bool)
}

// extractJob is a page on its way through pass 2.
type extractJob struct {
	page *pipeline.Page
	det  *boilerplate.Detector // the worker's Detector when the page was read
	line []byte                // the JSONL record; nil when extraction failed
}

func (f *extractFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, sites func(*string) bool, templates func(string) func(*[]byte) bool, emit func(int, string)) error {
	if f.sites == nil {
		f.readSites(sites)
	}
	work := newInOrder(f.Config.Workers, f.extract)
	done := func(j extractJob) {
		if j.line == nil {
			extractFailed.Inc(ctx, 1)
			return
		}
		pagesWritten.Inc(ctx, 1)
		emit(f.shard(j.page.Source), string(j.line))
	}
	skipped, err := readPages(ctx, file, f.Config.MaxBytes, func(p *pipeline.Page) {
		if p.Err != nil {
			fault(p.Err).Inc(ctx, 1)
			return
		}
		if site, ok := boilerplate.SiteOf(p.URL); ok {
			f.learn(ctx, site, templates)
		}
		work.add(extractJob{page: p, det: f.det}, done)
	})
	work.finish(done)
	notHTML.Inc(ctx, skipped)
	if err != nil {
		unreadableFiles.Inc(ctx, 1)
		log.Warnf(ctx, "pass 2: %v", err)
	}
	return nil
}

// extract extracts a page against its site's template; it runs on a
// worker.
func (f *extractFn) extract(j extractJob) extractJob {
	opts := f.Config.options(j.page)
	opts.Detector = j.det
	res, err := extractPage(j.page, opts)
	if err == nil {
		j.line = pipeline.JSONLRecord(&pipeline.Outcome{Page: j.page, Result: res})
	}
	j.page.Data, j.det = nil, nil
	return j
}

// readSites reads the names of the sites that have a template.
func (f *extractFn) readSites(sites func(*string) bool) {
	f.sites = []uint64{}
	var s string
	for sites(&s) {
		f.sites = append(f.sites, hashString(s))
	}
	slices.Sort(f.sites)
}

// learn gives the Detector site's template the first time the worker
// meets the site.
func (f *extractFn) learn(ctx context.Context, site string, templates func(string) func(*[]byte) bool) {
	if f.known[site] {
		return
	}
	if len(f.known) >= maxSites {
		f.reset()
	}
	f.known[site] = true
	if _, ok := slices.BinarySearch(f.sites, hashString(site)); !ok {
		return // no template: no lookup
	}
	next := templates(site)
	var b []byte
	if !next(&b) {
		return
	}
	var t boilerplate.SiteTemplate
	if err := t.UnmarshalBinary(b); err != nil {
		log.Errorf(ctx, "template of %s: %v", site, err)
		return
	}
	evicted := f.det.Stats().HostEvicts
	if !f.det.AddSite(site, t) || f.det.Stats().HostEvicts > evicted {
		// Out of memory: a site whose template was dropped would lose it
		// silently; start over with this one.
		f.reset()
		f.known[site] = true
		f.det.AddSite(site, t)
	}
}

// shard spreads records over the output files by their source, the same
// way on every worker and run.
func (f *extractFn) shard(source string) int {
	return int(hashString(source) % uint64(max(f.Config.Shards, 1)))
}

func hashString(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
