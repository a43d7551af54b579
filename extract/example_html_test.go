package extract_test

import (
	"fmt"

	"github.com/winnowtext/winnow/extract"
)

func ExampleResult_HTML() {
	page := `<html><head><title>Bridge approved</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Bridge approved</h1>
<p>The city council voted on <em>Tuesday</em> to approve a new pedestrian bridge across the river, ending a <a href="/archive/bridge">debate</a> that lasted a decade.</p>
<p onclick="alert(1)">Work should begin in the spring and take two years, the mayor said <a href="javascript:alert(1)">after the vote</a>.</p></article>
<footer>© 2024 Gazette. All rights reserved.</footer></body></html>`
	res, err := extract.FromBytes([]byte(page), extract.Options{URL: "https://gazette.example/news/bridge", KeepMarkup: true})
	if err != nil {
		panic(err)
	}
	fmt.Print(res.HTML())
	// Output:
	// <h1>Bridge approved</h1>
	// <p>The city council voted on <em>Tuesday</em> to approve a new pedestrian bridge across the river, ending a <a href="https://gazette.example/archive/bridge">debate</a> that lasted a decade.</p>
	// <p>Work should begin in the spring and take two years, the mayor said after the vote.</p>
}
