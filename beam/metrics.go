package main

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
)

// The metrics of a run, in namespace "winnow": handles, set once. Pass 2
// counts pages and faults; pass 1 reads the same files and counts nothing
// twice.
var (
	pagesWritten    = beam.NewCounter("winnow", "pages_written")     // JSONL records written
	malformed       = beam.NewCounter("winnow", "malformed_records") // WARC records or JSONL lines that could not be read
	notHTML         = beam.NewCounter("winnow", "not_html")          // records of another media type, or not a 2xx response
	tooLarge        = beam.NewCounter("winnow", "too_large")         // pages over --max-bytes
	extractFailed   = beam.NewCounter("winnow", "extract_failed")    // pages winnow could not extract (empty, binary)
	unreadableFiles = beam.NewCounter("winnow", "unreadable_files")  // input files that could not be opened
	sites           = beam.NewCounter("winnow", "sites")             // sites seen in pass 1
	sitesSampled    = beam.NewCounter("winnow", "sites_sampled")     // sites with more pages than --sample-pages
	siteTemplates   = beam.NewCounter("winnow", "site_templates")    // sites with a template
	// sampleBytes is the distribution of the memory one site's sample
	// takes in pass 1.
	sampleBytes = beam.NewDistribution("winnow", "sample_bytes")
	// templateBytes is the distribution of the size of a site's template,
	// encoded, as pass 2 receives it.
	templateBytes = beam.NewDistribution("winnow", "template_bytes")
)

// Counters sums the values of winnow's counters in m by name.
func Counters(m metrics.Results) map[string]int64 {
	out := map[string]int64{}
	for _, c := range m.AllMetrics().Counters() {
		if c.Key.Namespace == "winnow" {
			out[c.Key.Name] += c.Result()
		}
	}
	return out
}
