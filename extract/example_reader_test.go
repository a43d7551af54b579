package extract_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

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

// The context entry points stop when the context is done, while reading
// and while extracting, and return the context's error as it is, so that
// errors.Is tells a deadline from a bad page.
func ExampleFromReaderContext() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := extract.FromReaderContext(ctx, strings.NewReader(examplePage), extract.Options{})
	fmt.Println(res != nil, err)

	cancel() // the crawler shuts down
	_, err = extract.FromBytesContext(ctx, []byte(examplePage), extract.Options{})
	fmt.Println(errors.Is(err, context.Canceled))
	// Output:
	// true <nil>
	// true
}
