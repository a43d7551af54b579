package extract_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/winnowtext/winnow/extract"
)

// FromReader reads a page from a stream (an HTTP response body, a file)
// up to Limits.MaxInputBytes; the charset comes from ContentType when the
// server sends one. A longer page is ErrTooLarge, read no further than the
// limit.
func ExampleFromReader() {
	body := strings.NewReader(examplePage) // resp.Body in a crawler
	res, err := extract.FromReader(body, extract.Options{
		URL:         "https://gazette.example/bridge",
		ContentType: "text/html; charset=utf-8",
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Language, "|", res.Title)
	fmt.Println(strings.Count(res.Text, "\n\n")+1, "paragraphs")

	_, err = extract.FromReader(strings.NewReader(examplePage), extract.Options{
		Limits: extract.Limits{MaxInputBytes: 100},
	})
	fmt.Println(errors.Is(err, extract.ErrTooLarge))
	// Output:
	// en | Bridge approved
	// 2 paragraphs
	// true
}
