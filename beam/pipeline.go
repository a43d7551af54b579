package main

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/winnowtext/winnow/boilerplate"
)

// Config is what the pipeline does; its fields travel with the DoFns, so
// they are exported.
type Config struct {
	Input       string // glob of the input files
	Output      string // prefix of the output shards
	Shards      int    // output files; below 1 means 1
	MaxBytes    int    // largest page in bytes
	Favor       string // balanced, precision or recall
	SamplePages int    // pages per site learnt from in pass 1
	Workers     int    // goroutines extracting the pages of one file; 0: one per CPU
}

// Build adds the pipeline to s:
//
//	files  = the input glob's matches
//	pass 1: files -> (site, one-page sample) per page -> per site, a sample
//	        merged associatively (SiteSample) -> (site, template)
//	pass 2: files, with every site's template as a side input -> (shard,
//	        JSONL record) per page -> one file per shard
//
// The input is read twice rather than kept: only the page sketches (tens
// of numbers a page) and the templates (a few hundred a site) cross the
// network. Pass 2 does not group pages by site, so a site with most of the
// pages does not make a hot key there; in pass 1 its sample is bounded
// (SamplePages) and merged by combiners on every worker before the
// shuffle. Pass 2 gets the names of the sites that have a template as a
// second side input, so that it looks up only those: most sites of a
// crawl have too few pages for one.
func Build(s beam.Scope, c Config) {
	s = s.Scope("winnow")
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, c.Input), fileio.ReadUncompressed())
	templates := LearnTemplates(s.Scope("pass1"), c, files)
	records := beam.ParDo(s.Scope("pass2"), &extractFn{Config: c}, files,
		beam.SideInput{Input: beam.DropValue(s, templates)}, beam.SideInput{Input: templates})
	beam.ParDo0(s.Scope("write"), &writeFn{Config: c}, beam.GroupByKey(s, records))
}

// LearnTemplates is pass 1: from a PCollection of fileio.ReadableFile, the
// PCollection of (site, encoded boilerplate.SiteTemplate) of the sites
// that have one.
func LearnTemplates(s beam.Scope, c Config, files beam.PCollection) beam.PCollection {
	sketches := beam.ParDo(s, &sketchFn{Config: c}, files)
	samples := beam.CombinePerKey(s, &sampleFn{Config: c}, sketches)
	return beam.ParDo(s, &templateFn{Config: c}, samples)
}

// limits are the bounds of a site's sample.
func (c Config) limits() boilerplate.SampleLimits {
	return boilerplate.SampleLimits{MaxPages: c.SamplePages}
}
