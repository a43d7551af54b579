module github.com/winnowtext/winnow/internal/warc/compare

go 1.26.0

require (
	github.com/nlnwa/gowarc/v3 v3.1.0
	github.com/winnowtext/winnow v0.0.0
)

require (
	github.com/bits-and-blooms/bitset v1.24.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/klauspost/compress v1.20.5 // indirect
	github.com/nlnwa/whatwg-url v0.6.2 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

replace github.com/winnowtext/winnow => ../../..
