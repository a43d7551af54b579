// Package compare measures internal/warc against github.com/nlnwa/gowarc,
// a maintained WARC library, on the same inputs: which records each reads
// from well-formed and damaged files (WARC/1.0 and 1.1, one gzip member per
// record or one for the file, truncated files, Content-Length that lies,
// damaged gzip data), and how fast each reads a real crawl file.
//
// It is a module of its own so that winnow does not depend on gowarc:
//
//	cd internal/warc/compare
//	go test -v -run Correctness        # the table of what each reader reads
//	WARC=/path/to/file.warc.gz go test -run '^$' -bench . -benchtime 3x
package compare
