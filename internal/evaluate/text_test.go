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

func TestC4Filter(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"keeps sentences", "This is a sentence.\nIs this one too?", "This is a sentence.\nIs this one too?"},
		{"needs terminal punctuation", "Home News Sport\nThe article text ends here.", "The article text ends here."},
		{"needs three words", "Read more.\nThree words here.", "Three words here."},
		{"drops javascript", "Please enable JavaScript to continue.", ""},
		{"drops policy lines", "This site uses cookies to improve it.\nRead our Privacy Policy now.", ""},
		{"drops code", "function f() { return 1; }.", ""},
		{"drops repeats", "Same line is here.\nOther line is here.\nSame line is here.", "Same line is here.\nOther line is here."},
		{"unicode punctuation", "これは 日本語 です。\n«Il a dit ça»", "これは 日本語 です。\n«Il a dit ça»"},
		{"strips citations", "The river is long.[1] It floods[edit] often.", "The river is long. It floods often."},
		{"keeps other brackets", "See the note [a] for more.", "See the note [a] for more."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := C4Filter(tt.in); got != tt.want {
				t.Errorf("C4Filter = %q, want %q", got, tt.want)
			}
		})
	}
}
