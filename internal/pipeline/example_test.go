package pipeline_test

import (
	"fmt"
	"strings"

	"github.com/winnowtext/winnow/internal/pipeline"
)

// The CLI reads each input through a Reader: here a JSONL stream, one
// page a line, whose second line is not a record. Each page is named by
// its line; a line that cannot be read is a page with Err, and reading
// goes on.
func ExampleReader_ReadStream() {
	jsonl := `{"url":"https://gazette.example/a","html":"<p>Bridge approved.</p>"}
not a record
{"url":"https://gazette.example/b","text":"The museum opens a winter exhibition."}
`
	var r pipeline.Reader
	err := r.ReadStream("pages.jsonl", strings.NewReader(jsonl), int64(len(jsonl)), func(p *pipeline.Page) error {
		if p.Load != nil && p.Err == nil {
			p.Data, p.Err = p.Load()
		}
		if p.Err != nil {
			fmt.Printf("%s: error\n", p.Source)
			return nil
		}
		fmt.Printf("%s: %s text=%v %q\n", p.Source, p.URL, p.Text, p.Data)
		return nil
	})
	fmt.Println(err)
	// Output:
	// pages.jsonl:1: https://gazette.example/a text=false "<p>Bridge approved.</p>"
	// pages.jsonl:2: error
	// pages.jsonl:3: https://gazette.example/b text=true "The museum opens a winter exhibition."
	// <nil>
}
