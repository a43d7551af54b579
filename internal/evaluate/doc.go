// Package evaluate scores text extractors on the two public benchmark
// corpora that winnow is measured on, with the metrics their authors use:
//
//   - the ScrapingHub article extraction benchmark: 4-gram token shingles
//     compared as multisets per page, precision and recall averaged over
//     pages (CompareShingles);
//   - trafilatura's segment benchmark: each expected or unwanted segment is
//     looked up in the extracted text, and the counts are summed over the
//     corpus (CompareSegments).
//
// Load reads a corpus from disk, Evaluate runs one extractor over it on a
// single goroutine and times it, and the Run it returns holds the corpus
// scores, the per-page scores and the outputs that WorstPages turns into an
// error report. The Renderings (PageText first) turn pages into the
// whole-page-text inputs of the text mode, in the ways text comes from other
// tools, and C4Filter is its baseline. The corpora are read from a path given at run
// time; nothing of them is stored in the repository.
package evaluate
