package evaluate

import (
	"io"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestPageText(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"blocks and inline", `<html><head><title>T</title><style>p{}</style></head><body>
			<h1>Title  here</h1><p>One <b>bold</b>
			word.</p><div>A<br>B</div><ul><li>x</li><li>y</li></ul></body></html>`,
			"Title here\nOne bold word.\nA\nB\nx\ny"},
		{"skipped elements", `<p>keep<script>var x = "no";</script></p><noscript>no js</noscript>
			<template><p>tpl</p></template><p>also</p>`, "keep\nalso"},
		{"inline boundaries join", `<p><span>Wo</span><span>rd</span> <a href="#">link</a></p>`, "Word link"},
		{"table cells", `<table><tr><td>a</td><td>b</td></tr></table>`, "a\nb"},
		{"empty", ``, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PageText([]byte(tt.html)); got != tt.want {
				t.Errorf("PageText = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	cyr, _ := charmap.Windows1251.NewEncoder().String("Привет")
	latin, _ := charmap.ISO8859_1.NewEncoder().String("Grüße")
	filler := "<!-- " + strings.Repeat("x", 2000) + " -->"
	tests := []struct {
		name, page, want, charset string
	}{
		{"utf-8 declared late", "<html>" + filler + `<meta charset="utf-8"><p>Grüße</p>`, "Grüße", "utf-8"},
		{"utf-8 undeclared", filler + "<p>Grüße</p>", "Grüße", "utf-8"},
		{"windows-1251 early", `<meta charset="windows-1251"><p>` + cyr, "Привет", "windows-1251"},
		{"windows-1251 late", filler + `<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>` + cyr, "Привет", "windows-1251"},
		{"latin-1 undeclared", filler + "<p>" + latin, "Grüße", "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, name := DetectCharset([]byte(tt.page)); name != tt.charset {
				t.Errorf("charset = %s, want %s", name, tt.charset)
			}
			out, err := io.ReadAll(Decode([]byte(tt.page)))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(out), tt.want) {
				t.Errorf("decoded text lacks %q: %q", tt.want, out[max(0, len(out)-40):])
			}
		})
	}
}

// TestC4Filter holds C4Filter to the reference's clean_page
// (tensorflow_datasets/text/c4_utils.py): each want is what that code,
// with its page-level drops turned into line drops and its local
// deduplication, returns for the input (run under Python 3).
func TestC4Filter(t *testing.T) {
	long, accents := strings.Repeat("x", 1001), strings.Repeat("é", 600)
	tests := []struct {
		name, in, want string
	}{
		{"keeps sentences", "This is a whole sentence.\nIs this one a question too?\nWhat a line this one is!",
			"This is a whole sentence.\nIs this one a question too?\nWhat a line this one is!"},
		{"needs an end mark", "Home News Sport World Weather\nThe article text ends here, as it should.",
			"The article text ends here, as it should."},
		{"needs five words", "Only four words here.\nFive words are here now.", "Five words are here now."},
		{"ASCII end marks only", "これは 日本語 の 文 です。\nIl a dit « bonjour à tous »\nHe said \"it is over now.\"",
			"He said \"it is over now.\""},
		{"drops an ellipsis", "And so it went on and on...\nAnd so it went on and on.", "And so it went on and on."},
		{"citation after the end mark", "The river is long and wide.[1]\nIt floods[edit] often in the spring.[citation needed]",
			"The river is long and wide.\nIt floods often in the spring."},
		{"citation markers only", "See the note [a] and the empty [] pair.\nThe years [2019] are not [ 12 ] cited.",
			"See the note [a] and the empty  pair.\nThe years  are not [ 12 ] cited."},
		{"citation leaves white space at the end", "The river is long and wide. [1]", ""},
		{"too-long word before citations go", "One two three four " + strings.Repeat("y", 995) + "[12345].", ""},
		{"words counted after citations go", "One two three [1] four.\nOne two three four [5] five.", "One two three four  five."},
		{"word length in characters", "Some words then " + accents + " end.\nSome words then " + long + " end.",
			"Some words then " + accents + " end."},
		{"drops javascript and lorem ipsum", "Please enable JavaScript to see the page.\nLorem ipsum dolor sit amet, consectetur.", ""},
		{"drops code", "function f() { return 1; } is the code.", ""},
		{"drops policy lines", "This site uses cookies to improve it.\nRead our Privacy Policy now and then.", ""},
		{"drops repeats, case aside", "Same line is here for you.\nOther line is here for you.\nSAME LINE IS HERE FOR YOU.",
			"Same line is here for you.\nOther line is here for you."},
		{"Python's line ends and white space",
			"First line has five words.\rSecond line has five words.\u2028\u3000Third line has five words.\u00a0\x1cFourth line has five words.",
			"First line has five words.\nSecond line has five words.\nThird line has five words.\nFourth line has five words."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := C4Filter(tt.in); got != tt.want {
				t.Errorf("C4Filter = %q, want %q", got, tt.want)
			}
		})
	}
}
