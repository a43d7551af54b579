package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
)

func testOutcomes() []*Outcome {
	res := &extract.Result{
		Title: "A <title>", Language: "en", URL: "http://e.com/canonical", Date: time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC),
		Text: "Heading\n\nFirst paragraph.",
		Blocks: []boilerplate.Block{
			{Kind: boilerplate.KindHeading, Text: "Heading", Kept: true, Score: 1.5},
			{Kind: boilerplate.KindParagraph, Text: "We use cookies to improve your experience.", Score: -2, Reason: boilerplate.ReasonCookieNotice},
			{Kind: boilerplate.KindParagraph, Text: "First paragraph.", Kept: true, Score: 2},
		},
	}
	return []*Outcome{
		{Page: &Page{Source: "a.html", URL: "http://e.com/a", Extra: []Field{{"id", json.RawMessage(`7`)}, {"title", json.RawMessage(`"input title"`)}}}, Result: res},
		{Page: &Page{Source: "b.html"}, Err: errors.New("winnow: input is empty")},
		{Page: &Page{Source: "c.html"}, Result: &extract.Result{URL: "http://e.com/c", Text: "C.",
			Blocks: []boilerplate.Block{{Kind: boilerplate.KindParagraph, Text: "C.", Kept: true}}}},
	}
}

func writeAll(t *testing.T, f Format, multi bool) string {
	t.Helper()
	var b bytes.Buffer
	w := NewWriter(&b, f, multi)
	for _, o := range testOutcomes() {
		if err := w.Write(o); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriteFormats(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		multi  bool
		want   string
	}{
		{"text", FormatText, false, "Heading\n\nFirst paragraph.\nC.\n"},
		{"text multi", FormatText, true, "==> a.html http://e.com/a <==\nHeading\n\nFirst paragraph.\n\n==> c.html <==\nC.\n"},
		{"jsonl", FormatJSONL, false, `{"source":"a.html","url":"http://e.com/a","title":"A <title>","date":"2024-05-01T10:00:00Z","language":"en","text":"Heading\n\nFirst paragraph.","id":7}` + "\n" +
			`{"source":"b.html","url":"","title":"","language":"","text":"","error":"winnow: input is empty"}` + "\n" +
			`{"source":"c.html","url":"http://e.com/c","title":"","language":"","text":"C."}` + "\n"},
		{"markdown", FormatMarkdown, true, "<!-- winnow: a.html http://e.com/a -->\n\n# A <title>\n\n## Heading\n\nFirst paragraph.\n\n<!-- winnow: c.html -->\n\nC.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := writeAll(t, tt.format, tt.multi); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestWriteJSON(t *testing.T) {
	dec := json.NewDecoder(strings.NewReader(writeAll(t, FormatJSON, true)))
	var pages []map[string]any
	for dec.More() {
		var p map[string]any
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
	}
	if len(pages) != 3 || pages[0]["title"] != "A <title>" || len(pages[0]["blocks"].([]any)) != 3 || pages[1]["error"] != "winnow: input is empty" {
		t.Errorf("got %v", pages)
	}
}

func TestWriteExplain(t *testing.T) {
	got := writeAll(t, FormatExplain, false)
	for _, want := range []string{"title: A <title>", "#  kind", "reason", "1  paragraph  -2.00  drop  cookie-notice  We use cookies", "0  heading    1.50   KEEP  -"} {
		if !strings.Contains(got, want) {
			t.Errorf("explain output lacks %q:\n%s", want, got)
		}
	}
}

func TestClip(t *testing.T) {
	if got := clip("  a  b\n c ", 10); got != "a b c" {
		t.Errorf("got %q", got)
	}
	if got := clip("ééééé", 3); got != "éé…" {
		t.Errorf("got %q", got)
	}
}

// TestWriteExplainHeader checks the header line of the explain table:
// the page's type and confidence, and the fallback when one gave the page
// its text (the blocks it kept carry no reason to say so).
func TestWriteExplainHeader(t *testing.T) {
	tests := []struct {
		name     string
		res      extract.Result
		want     string
		unwanted string
	}{
		{"no fallback", extract.Result{PageType: extract.PageProduct, Confidence: 0.7},
			"page: product, confidence 0.70\n", "fallback"},
		{"marked article", extract.Result{PageType: extract.PageProduct, Confidence: 0.4, Fallback: extract.FallbackMarked},
			"page: product, confidence 0.40, fallback marked-article\n", ""},
		{"title container", extract.Result{PageType: extract.PageArticle, Confidence: 0.3, Fallback: extract.FallbackTitle},
			"page: article, confidence 0.30, fallback title-container\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			w := bufio.NewWriter(&b)
			writeExplain(w, &tt.res)
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			got := b.String()
			if !strings.Contains(got, tt.want) {
				t.Errorf("explain lacks %q:\n%s", tt.want, got)
			}
			if tt.unwanted != "" && strings.Contains(got, tt.unwanted) {
				t.Errorf("explain holds %q:\n%s", tt.unwanted, got)
			}
		})
	}
}
