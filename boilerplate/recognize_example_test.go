package boilerplate_test

import (
	"fmt"

	"github.com/winnowtext/winnow/boilerplate"
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
