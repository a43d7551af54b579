package htmlscan_test

import (
	"fmt"

	"github.com/winnowtext/winnow/internal/htmlscan"
)

func Example() {
	page := []byte(`<p class="lead">Fish &amp; chips</p><a HREF="/menu?a=1&amp;b=2">Menu</a>`)
	s := htmlscan.New(page)
	for {
		switch s.Next() {
		case htmlscan.ErrorToken:
			return
		case htmlscan.TextToken:
			fmt.Printf("text %q\n", s.Text())
		case htmlscan.StartTagToken, htmlscan.SelfClosingTagToken:
			fmt.Printf("start %s\n", s.TagName())
			for s.HasAttr() {
				k, v, _ := s.NextAttr()
				fmt.Printf("  %s=%q\n", k, v)
			}
		case htmlscan.EndTagToken:
			fmt.Printf("end %s\n", s.TagName())
		}
	}
	// Output:
	// start p
	//   class="lead"
	// text "Fish & chips"
	// end p
	// start a
	//   href="/menu?a=1&b=2"
	// text "Menu"
	// end a
}
