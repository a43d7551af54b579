package boilerplate_test

import (
	"fmt"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// A line of a code listing is never judged by the boilerplate phrases;
// the same text as a paragraph is.
func ExampleRecognizeBlock() {
	line := "// Copyright 2024 The Authors. All rights reserved."
	code := boilerplate.Block{Kind: boilerplate.KindCode, Text: line}
	para := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: line}
	fmt.Printf("code: %q\n", boilerplate.RecognizeBlock(&code))
	fmt.Printf("paragraph: %q\n", boilerplate.RecognizeBlock(&para))
	// Output:
	// code: ""
	// paragraph: "legal"
}

// A page's passes over its blocks share one memo: a text the recognisers
// read once is not read again, and the answers stay RecognizeBlock's.
func ExampleRecognizeBlockMemo() {
	memo := recognize.GetMemo(3)
	defer recognize.PutMemo(memo)
	for _, text := range []string{"Share on Facebook", "Share on Facebook", "The council met on Tuesday."} {
		b := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: text}
		fmt.Printf("%q\n", boilerplate.RecognizeBlockMemo(&b, memo))
	}
	// Output:
	// "social"
	// "social"
	// ""
}
