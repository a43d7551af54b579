package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/report"
)

// Format is an output format.
type Format uint8

// Output formats.
const (
	FormatText        Format = iota // the main text, paragraphs separated by a blank line
	FormatMarkdown                  // the main text as Markdown
	FormatJSON                      // one indented JSON object per page: metadata, text, blocks
	FormatJSONL                     // one compact record per line: url, title, date, language, text
	FormatExplain                   // a table of every block with its kind, score, decision, reason
	FormatHTML                      // the main text as clean HTML (extract.Result.HTML), one document
	FormatExplainHTML               // the explain view as one self-contained HTML page (package report)
)

var formatNames = [...]string{"text", "markdown", "json", "jsonl", "explain", "html", "explain-html"}

// String returns the name used by the -format flag.
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "unknown"
}

// ParseFormat parses a -format flag value.
func ParseFormat(s string) (Format, error) {
	for i, n := range formatNames {
		if s == n {
			return Format(i), nil
		}
	}
	if s == "md" {
		return FormatMarkdown, nil
	}
	return 0, fmt.Errorf("unknown format %q (want text, markdown, html, json or jsonl)", s)
}

// Writer writes outcomes in one format. Failed pages write nothing except
// in JSON and JSONL, where their record carries an "error" field.
type Writer struct {
	format Format
	multi  bool // several pages may follow: text formats name each page
	w      *bufio.Writer
	n      int // pages written
}

// NewWriter returns a Writer of format to w. When multi is set, the text,
// Markdown and explain formats put a line naming the source before each
// page.
func NewWriter(w io.Writer, format Format, multi bool) *Writer {
	return &Writer{format: format, multi: multi, w: bufio.NewWriterSize(w, 64<<10)}
}

// Write writes one outcome.
func (w *Writer) Write(o *Outcome) error {
	return w.WriteRendered(o, w.Render(o))
}

// Render formats one outcome as Write would, but for the line naming its
// source, and returns the bytes. It is safe for concurrent use, so that
// workers render pages while the writer writes earlier ones; nil means the
// outcome writes nothing (a failed page in the text formats).
func (w *Writer) Render(o *Outcome) []byte {
	var b bytes.Buffer
	bw := bufio.NewWriterSize(&b, 512)
	switch w.format {
	case FormatJSONL:
		bw.Write(JSONLRecord(o))
		bw.WriteByte('\n')
	case FormatJSON:
		writeJSON(bw, o)
	default:
		if o.Err != nil {
			return nil
		}
		switch w.format {
		case FormatMarkdown:
			writeText(bw, o.Result.Markdown())
		case FormatExplain:
			writeExplain(bw, o.Result)
		case FormatHTML:
			writeHTML(bw, o.Result)
		case FormatExplainHTML:
			if err := report.WritePage(bw, report.Page{Source: pageName(o.Page), Result: o.Result}); err != nil {
				// The report of one page failed: say so where it would be.
				fmt.Fprintf(bw, "<!-- winnow: report failed: %s -->\n", html.EscapeString(err.Error()))
			}
		default:
			writeText(bw, o.Result.Text)
		}
	}
	bw.Flush()
	if b.Len() == 0 {
		return []byte{} // written, if empty: the page still counts
	}
	return b.Bytes()
}

// WriteRendered writes an outcome that Render formatted as body, in
// order: Write is WriteRendered(o, Render(o)).
func (w *Writer) WriteRendered(o *Outcome, body []byte) error {
	if body == nil {
		return nil
	}
	if w.format != FormatJSONL && w.format != FormatJSON {
		w.header(o)
	}
	w.w.Write(body)
	w.n++
	// Flush only when the buffer fills: pages are small and many.
	if w.w.Available() < 4<<10 {
		return w.w.Flush()
	}
	return nil
}

// Flush writes buffered output; call it once after the last Write.
func (w *Writer) Flush() error { return w.w.Flush() }

func (w *Writer) header(o *Outcome) {
	if w.n == 0 {
		w.documentStart(o)
	}
	if !w.multi && !o.Page.Record || w.format == FormatExplainHTML {
		return
	}
	if w.n > 0 {
		w.w.WriteByte('\n')
	}
	name := pageName(o.Page)
	if w.format == FormatMarkdown || w.format == FormatHTML {
		fmt.Fprintf(w.w, "<!-- winnow: %s -->\n\n", strings.ReplaceAll(name, "--", "- -"))
		return
	}
	fmt.Fprintf(w.w, "==> %s <==\n", name)
}

// pageName names a page in headers: its source and URL.
func pageName(p *Page) string {
	if p.URL != "" {
		return p.Source + " " + p.URL
	}
	return p.Source
}

// documentStart writes what the HTML formats need once, before the first
// page: a character set for the articles, the head and style of a report.
func (w *Writer) documentStart(o *Outcome) {
	switch w.format {
	case FormatHTML:
		w.w.WriteString("<!DOCTYPE html>\n<meta charset=\"utf-8\">\n")
	case FormatExplainHTML:
		title := "winnow explain"
		if !w.multi {
			title += ": " + pageName(o.Page)
		}
		report.WriteDocumentStart(w.w, title)
	}
}

// writeHTML writes a page's article as an <article> element.
func writeHTML(w *bufio.Writer, res *extract.Result) {
	w.WriteString("<article>\n")
	w.WriteString(res.HTML())
	w.WriteString("</article>\n")
}

func writeText(w *bufio.Writer, s string) {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return
	}
	w.WriteString(s)
	w.WriteByte('\n')
}

// jsonPage is the JSON format: the result's fields after the source.
type jsonPage struct {
	Source string `json:"source"`
	Error  string `json:"error,omitempty"`
	*extract.Result
}

func writeJSON(w *bufio.Writer, o *Outcome) {
	pg := jsonPage{Source: o.Page.Source, Result: o.Result}
	if o.Err != nil {
		pg.Error = o.Err.Error()
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(pg); err != nil {
		fmt.Fprintf(w, "{\"source\": %q, \"error\": %q}\n", o.Page.Source, err.Error())
	}
}

// jsonlKeys are the fields winnow writes in a JSONL record; input fields of
// the same name are not passed through.
var jsonlKeys = map[string]bool{"source": true, "url": true, "title": true, "date": true, "language": true, "text": true, "error": true}

// JSONLRecord encodes one record of the JSONL format, without its newline:
// source, url (the input's, else the page's canonical URL), title, date
// (when known), language, text, error (when the page failed), then the
// input's other fields in their order.
func JSONLRecord(o *Outcome) []byte {
	var b bytes.Buffer
	b.WriteByte('{')
	field := func(k string, v any) {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		b.Write(jsonValue(k))
		b.WriteByte(':')
		if raw, ok := v.(json.RawMessage); ok {
			b.Write(raw)
			return
		}
		b.Write(jsonValue(v))
	}
	field("source", o.Page.Source)
	res := o.Result
	if res == nil {
		res = &extract.Result{}
	}
	// The input's URL keys the record, so that it joins back to the
	// input; the page's canonical URL stands in when the input has none.
	url := o.Page.URL
	if url == "" {
		url = res.URL
	}
	field("url", url)
	field("title", res.Title)
	if !res.Date.IsZero() {
		field("date", res.Date.Format(time.RFC3339))
	}
	field("language", res.Language)
	field("text", res.Text)
	if o.Err != nil {
		field("error", o.Err.Error())
	}
	for _, f := range o.Page.Extra {
		if !jsonlKeys[f.Key] {
			field(f.Key, f.Value)
		}
	}
	b.WriteByte('}')
	return b.Bytes()
}

// jsonValue encodes v without HTML escaping and without a newline.
func jsonValue(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return []byte("null")
	}
	return bytes.TrimRight(b.Bytes(), "\n")
}

// writeExplain writes every block of res as a table row: position, kind,
// score, decision, reason and the start of its text, after the page's
// title, type, confidence and the fallback that gave it its text, if any.
func writeExplain(w *bufio.Writer, res *extract.Result) {
	if res.Title != "" {
		fmt.Fprintf(w, "title: %s\n", res.Title)
	}
	if res.PageType != "" {
		fmt.Fprintf(w, "page: %s, confidence %.2f", res.PageType, res.Confidence)
		if res.Fallback != "" {
			// The blocks a fallback kept carry no reason of their own.
			fmt.Fprintf(w, ", fallback %s", res.Fallback)
		}
		w.WriteByte('\n')
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tkind\tscore\tkept\treason\ttext")
	for i, b := range res.Blocks {
		kept := "drop"
		if b.Kept {
			kept = "KEEP"
		}
		reason := string(b.Reason)
		if reason == "" {
			reason = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%.2f\t%s\t%s\t%s\n", i, b.Kind, b.Score, kept, reason, clip(b.Text, 70))
	}
	tw.Flush()
	if len(res.Blocks) == 0 {
		fmt.Fprintln(w, "(no blocks)")
	}
}

// clip shortens s to at most n runes on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, count := 0, 0
	for i = range s {
		if count == n-1 {
			break
		}
		count++
	}
	return s[:i] + "…"
}
