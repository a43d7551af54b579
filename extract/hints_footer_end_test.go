package extract

import (
	"strings"
	"testing"
)

func TestCopyrightLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"© 2023 Harbour Bakery", true},
		{"Copyright 2021 Moss Lane Garage. Site by a friend.", true},
		{"COPYRIGHT © 2019 The Reading Room", true},
		{"All rights reserved.", true},
		{"Copyright law protects the photographs in this archive.", false},
		{"We opened the shop in 2019 after the fire.", false},
	} {
		if got := copyrightLine(c.text); got != c.want {
			t.Errorf("copyrightLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFooterAtEnd checks that a class-named footer of a few lines closing
// a page of boxes with no content name keeps its name when its last line
// is a copyright notice, and only then.
func TestFooterAtEnd(t *testing.T) {
	const post = `<p>The bakery closes for two weeks in August while we fix the oven.</p>`
	page := func(footer, after string) string {
		return `<html><head><title>News - Harbour Bakery</title></head><body>
<div class="box"><div class="box-inner"><h2>News</h2>` + post + `</div></div>
<div class="site-footer"><div class="box-inner"><p>Harbour Bakery, 3 Quay Street, open every day but Monday.</p>` + footer + `</div></div>` +
			after + `</body></html>`
	}
	for _, c := range []struct {
		name, page, line string
		kept             bool
	}{
		{"copyright closes the page", page(`<p>Copyright 2024 Harbour Bakery. Photos by a neighbour.</p>`, ""),
			"Photos by a neighbour", false},
		{"no copyright line", page(`<p>Fresh bread every morning from six, cakes to order.</p>`, ""),
			"cakes to order", true},
		// A line after it: not the page's end, and the footer holds most
		// of the page's prose, so its name is disbelieved as before.
		{"a line after the footer", page(`<p>Copyright 2024 Harbour Bakery. Photos by a neighbour.</p>`,
			`<div class="box"><p>Open late on Fridays.</p></div>`),
			"Photos by a neighbour", true},
	} {
		res, err := FromBytes([]byte(c.page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(res.Text, "fix the oven") {
			t.Errorf("%s: post lost: %q", c.name, res.Text)
		}
		if got := strings.Contains(res.Text, c.line); got != c.kept {
			t.Errorf("%s: %q kept = %v, want %v; text %q", c.name, c.line, got, c.kept, res.Text)
		}
	}
}
