package lang_test

import (
	"fmt"

	"github.com/winnowtext/winnow/lang"
)

func ExampleDetect() {
	r := lang.Detect("Правительство объявило во вторник о новых мерах поддержки семей.")
	fmt.Println(r.Tag, r.Script, r.Confidence > 0.9)

	r = lang.Detect("https://example.com 2024-05-01")
	fmt.Println(r.Known())
	// Output:
	// ru Cyrillic true
	// false
}

func ExampleStopwords() {
	r := lang.Detect("The council voted to keep the library open on Sundays.")
	stop := lang.Stopwords(r.Tag)
	fmt.Println(stop.Count("The council voted to keep the library open on Sundays."))
	fmt.Println(stop.Contains("THE"))
	// Output:
	// 6
	// true
}

func ExampleDetectScript() {
	fmt.Println(lang.DetectScript("こんにちは、世界"))
	// Output: Kana
}
