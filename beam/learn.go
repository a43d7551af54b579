package main

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/pipeline"
)

func init() {
	beam.RegisterCoder(reflect.TypeOf(boilerplate.SiteSample{}), encodeSample, decodeSample)
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string, boilerplate.SiteSample), error](&sketchFn{})
	register.Combiner1[boilerplate.SiteSample](&sampleFn{})
	register.DoFn4x0[context.Context, string, boilerplate.SiteSample, func(string, []byte)](&templateFn{})
	register.Emitter2[string, boilerplate.SiteSample]()
	register.Emitter2[string, []byte]()
}

func encodeSample(s boilerplate.SiteSample) ([]byte, error) { return s.MarshalBinary() }

func decodeSample(b []byte) (boilerplate.SiteSample, error) {
	var s boilerplate.SiteSample
	err := s.UnmarshalBinary(b)
	return s, err
}

// sketchFn extracts every page of a file without site memory and emits
// what a Detector would learn from it, as a one-page sample keyed by site.
type sketchFn struct {
	Config Config
}

func (f *sketchFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string, boilerplate.SiteSample)) error {
	work := newInOrder(f.Config.Workers, f.sketch)
	done := func(j sketchJob) {
		if j.ok {
			emit(j.site, boilerplate.SiteSample{Pages: []boilerplate.PageSketch{j.sketch}, Added: 1})
		}
	}
	_, err := readPages(ctx, file, f.Config.MaxBytes, func(p *pipeline.Page) {
		if p.Err == nil { // faults are counted by pass 2
			work.add(sketchJob{page: p}, done)
		}
	})
	work.finish(done)
	if err != nil {
		log.Warnf(ctx, "pass 1: %v", err) // counted by pass 2
	}
	return nil
}

// sketchJob is a page on its way through pass 1.
type sketchJob struct {
	page   *pipeline.Page
	site   string
	sketch boilerplate.PageSketch
	ok     bool
}

// sketch extracts the page and sketches it; it runs on a worker.
func (f *sketchFn) sketch(j sketchJob) sketchJob {
	res, err := extractPage(j.page, f.Config.options(j.page))
	if err != nil {
		return j
	}
	texts := make([]string, len(res.Blocks))
	for i := range res.Blocks {
		texts[i] = res.Blocks[i].Text
	}
	j.site, j.sketch, j.ok = boilerplate.SketchPage(j.page.URL, texts)
	j.page = nil
	return j
}

// sampleFn merges the samples of a site: Merge is associative and
// commutative, so runners may combine partial samples on every worker.
type sampleFn struct {
	Config Config
}

func (f *sampleFn) CreateAccumulator() boilerplate.SiteSample { return boilerplate.SiteSample{} }

func (f *sampleFn) AddInput(a, in boilerplate.SiteSample) boilerplate.SiteSample {
	a.Merge(&in, f.Config.limits())
	return a
}

func (f *sampleFn) MergeAccumulators(a, b boilerplate.SiteSample) boilerplate.SiteSample {
	a.Merge(&b, f.Config.limits())
	return a
}

func (f *sampleFn) ExtractOutput(a boilerplate.SiteSample) boilerplate.SiteSample { return a }

// templateFn turns a site's sample into its template, the fingerprints
// that can drop a block, encoded; sites without any emit nothing.
type templateFn struct {
	Config Config
}

func (f *templateFn) ProcessElement(ctx context.Context, site string, s boilerplate.SiteSample, emit func(string, []byte)) {
	sites.Inc(ctx, 1)
	if len(s.Pages) >= boilerplate.DefaultSamplePages && f.Config.SamplePages <= 0 || f.Config.SamplePages > 0 && len(s.Pages) >= f.Config.SamplePages {
		sitesSampled.Inc(ctx, 1)
	}
	sampleBytes.Update(ctx, int64(s.Bytes()))
	t := newDetector().Template(&s)
	if len(t.Fingerprints) == 0 {
		return
	}
	siteTemplates.Inc(ctx, 1)
	b, _ := t.MarshalBinary()
	templateBytes.Update(ctx, int64(len(b)))
	emit(site, b)
}

// newDetector returns the Detector of pass 2, with the command's defaults.
func newDetector() *boilerplate.Detector {
	return boilerplate.NewDetector(boilerplate.WithoutLearning())
}
