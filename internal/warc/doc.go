// Package warc reads WARC files (ISO 28500, WARC/1.0 and WARC/1.1), plain
// or gzip-compressed (one gzip member per record, as crawlers and Common
// Crawl write them, or one member for the whole file).
//
// It only reads, and only what winnow needs: the record headers, the record
// block as a stream, and the HTTP response inside a response record. A
// damaged record costs that record, not the rest of the file: a compressed
// record is read within its own gzip member, a Content-Length that lies is
// caught at the record's end, and the reader finds the next record after
// anything it cannot read.
//
// Compared with github.com/nlnwa/gowarc (see compare/, a module of its
// own), it reads files compressed as one gzip member and recovers after
// damaged records where gowarc stops, and it reads a crawl file about
// 2.4 times as fast, since it neither copies blocks into buffers nor
// computes digests. Inflating is github.com/klauspost/compress/gzip,
// about 1.3 times as fast as compress/gzip on crawl files.
package warc
