package main

import (
	"context"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/pipeline"
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string) func(*[]byte) bool, func(int, string), error](&extractFn{})
	register.Emitter2[int, string]()
	register.Iter1[[]byte]()
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
}

func (f *extractFn) Setup() { f.reset() }

// reset forgets every site.
func (f *extractFn) reset() {
	f.det = newDetector()
	f.known = make(map[string]bool)
}

func (f *extractFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, templates func(string) func(*[]byte) bool, emit func(int, string)) error {
	skipped, err := readPages(ctx, file, f.Config.MaxBytes, func(p *pipeline.Page) {
		if p.Err != nil {
			fault(p.Err).Inc(ctx, 1)
			return
		}
		if site, ok := boilerplate.SiteOf(p.URL); ok {
			f.learn(ctx, site, templates)
		}
		opts := f.Config.options(p)
		opts.Detector = f.det
		res, err := extractPage(p, opts)
		if err != nil {
			extractFailed.Inc(ctx, 1)
			return
		}
		line := pipeline.JSONLRecord(&pipeline.Outcome{Page: p, Result: res})
		pagesWritten.Inc(ctx, 1)
		emit(f.shard(p.Source), string(line))
	})
	notHTML.Inc(ctx, skipped)
	if err != nil {
		unreadableFiles.Inc(ctx, 1)
		log.Warnf(ctx, "pass 2: %v", err)
	}
	return nil
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
	next := templates(site)
	var b []byte
	if !next(&b) {
		return // the site has no template
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
	h := fnv.New64a()
	h.Write([]byte(source))
	return int(h.Sum64() % uint64(max(f.Config.Shards, 1)))
}
