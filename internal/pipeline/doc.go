// Package pipeline runs winnow over many inputs: it expands paths,
// directories and globs into sources, reads pages out of HTML and text
// files, WARC files and JSONL, extracts them on a pool of workers that share
// one boilerplate.Detector, and writes the results in input order as text,
// Markdown, HTML, JSON, JSONL or an explain view (a table or an HTML
// report), with a progress line and a summary.
//
// The stages meet at two types: a Page (one input unit, read by a source
// reader) and an Outcome (a page with its extraction result or error).
package pipeline
