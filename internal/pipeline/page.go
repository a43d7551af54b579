package pipeline

import (
	"encoding/json"

	"github.com/winnowtext/winnow/extract"
)

// Page is one unit of input: an HTML page or a text to clean.
type Page struct {
	// Source names where the page came from: a path, "path:LINE" for a
	// JSONL record, "path#N" for the N-th WARC record, "-" for stdin.
	Source string
	// Record is true when the page is one of many in its source (a WARC or
	// JSONL record).
	Record      bool
	URL         string
	ContentType string
	Text        bool   // plain text: cleaned by extract.FromText
	Data        []byte // the page; released once extracted
	// Load, when set, runs on the worker that extracts the page and
	// returns Data (it may fill URL, Text and Extra too), so that reading,
	// gunzipping and decoding run in parallel as well.
	Load  func() ([]byte, error)
	Extra []Field
	// Err is set when the page could not be read; it is reported as a
	// failed page and not extracted.
	Err error
}

// Field is a JSONL input field passed through to the output record.
type Field struct {
	Key   string
	Value json.RawMessage
}

// Outcome is a page with the result of its extraction.
type Outcome struct {
	Page   *Page
	Result *extract.Result // nil when Err is set, or released by Pool.Finish
	Err    error
	// Output is the outcome rendered by Pool.Finish, for the writer.
	Output []byte
}
