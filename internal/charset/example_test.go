package charset_test

import (
	"fmt"

	"github.com/winnowtext/winnow/internal/charset"
)

func ExampleDecode() {
	// "Привет" in koi8-r, declared in the page.
	raw := []byte("<meta charset=koi8-r><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>")
	text, name, _ := charset.Decode(raw, "")
	fmt.Println(name, string(text))
	// Output: koi8-r <meta charset=koi8-r><p>Привет</p>
}

func ExampleIsBinary() {
	fmt.Println(charset.IsBinary([]byte("\x89PNG\r\n\x1a\n...")))
	fmt.Println(charset.IsBinary([]byte("<p>Hello</p>")))
	// Output:
	// true
	// false
}
