// Package warc reads WARC files (ISO 28500, WARC/1.0 and WARC/1.1), plain
// or gzip-compressed with one gzip member per record, as web crawlers and
// Common Crawl write them.
//
// It only reads, and only what winnow needs: the record headers, the record
// block as a stream, and the HTTP response inside a response record. Reading
// a WARC takes a version line, a header block and Content-Length bytes per
// record, so a small reader here is simpler than a general WARC library that
// also writes, validates digests and resolves revisits, and it keeps the
// module's dependencies to golang.org/x.
package warc
