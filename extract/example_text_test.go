package extract_test

import (
	"fmt"

	"github.com/winnowtext/winnow/extract"
)

// FromText cleans text that another tool extracted from a page: here a
// cookie banner, a dateline, a "Show more" control, two paragraphs printed
// twice and a social link line are dropped, and every line says why.
func ExampleFromText() {
	text := `This website uses cookies to improve your experience. By continuing to browse you accept our use of cookies.
Stoltenberg sees no sign of de-escalation
15.02.2022 12:57
Show more
NATO Secretary General Jens Stoltenberg said on Tuesday that the alliance had not yet seen any sign of de-escalation on the ground.
Russia has consistently denied claims that it is amassing troops on the border with the intention of launching an invasion.
NATO Secretary General Jens Stoltenberg said on Tuesday that the alliance had not yet seen any sign of de-escalation on the ground.
Russia has consistently denied claims that it is amassing troops on the border with the intention of launching an invasion.
Twitter: [ Link ]`

	res, err := extract.FromText(text, extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Title:", res.Title)
	fmt.Println("Date:", res.Date.Format("2006-01-02 15:04"))
	fmt.Println()
	fmt.Println(res.Text)
	fmt.Println()
	for _, b := range res.Blocks {
		if !b.Kept {
			fmt.Printf("line %d dropped: %s\n", b.Line, b.Reason)
		}
	}
	// Output:
	// Title: Stoltenberg sees no sign of de-escalation
	// Date: 2022-02-15 12:57
	//
	// NATO Secretary General Jens Stoltenberg said on Tuesday that the alliance had not yet seen any sign of de-escalation on the ground.
	//
	// Russia has consistently denied claims that it is amassing troops on the border with the intention of launching an invasion.
	//
	// line 1 dropped: cookie-notice
	// line 2 dropped: title
	// line 3 dropped: dateline
	// line 4 dropped: interface
	// line 7 dropped: repeated-in-page
	// line 8 dropped: repeated-in-page
	// line 9 dropped: social
}
