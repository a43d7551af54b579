package recognize_test

import (
	"fmt"

	"github.com/winnowtext/winnow/recognize"
)

func ExampleText() {
	for _, line := range []string{
		"We use cookies to improve your experience on our site. Accept all cookies",
		"Sign up for our newsletter",
		"Photo: Jane Doe/Reuters",
		"Show more",
		"Regulators said websites must obtain consent before they place tracking cookies on your browser, a rule that took effect in 2018.",
	} {
		fmt.Printf("%q\n", recognize.Text(line))
	}
	// Output:
	// "cookie-notice"
	// "newsletter"
	// "credit"
	// "interface"
	// ""
}

func ExampleByline() {
	fmt.Println(recognize.Byline("By Jane Doe, February 15, 2022"))
	fmt.Printf("%q\n", recognize.Byline("By the end of the week, prices had fallen."))
	// Output:
	// Jane Doe
	// ""
}

func ExampleParseDate() {
	d, ok := recognize.ParseDate("Published 15 февраля 2022, 12:57")
	fmt.Println(d, ok)
	// Output: 2022-02-15 12:57:00 +0000 UTC true
}

// A Memo answers as Text does, and once per distinct short text of a page.
func ExampleMemo() {
	lines := []string{"Home", "Share on Facebook", "The council met on Tuesday.", "Share on Facebook"}
	memo := recognize.GetMemo(len(lines))
	defer recognize.PutMemo(memo)
	for _, line := range lines {
		fmt.Printf("%q\n", memo.Text(line))
	}
	// Output:
	// "navigation"
	// "social"
	// ""
	// "social"
}
