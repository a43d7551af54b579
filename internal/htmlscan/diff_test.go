package htmlscan

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// tok is one token in a form both tokenizers can be compared in.
type tok struct {
	tt   TokenType
	name string   // lower-cased tag name
	attr []string // key=value pairs of start tags
	text string   // text, comment or doctype data
	raw  string
}

func (t tok) String() string {
	switch t.tt {
	case StartTagToken, SelfClosingTagToken, EndTagToken:
		return fmt.Sprintf("%v %q %q", t.tt, t.name, t.attr)
	}
	return fmt.Sprintf("%v %q", t.tt, t.text)
}

// xnetTokens tokenizes src with golang.org/x/net/html's Tokenizer, which
// reads CDATA sections as text when cdata is set.
func xnetTokens(src []byte, cdata bool) []tok {
	z := html.NewTokenizer(bytes.NewReader(src))
	z.AllowCDATA(cdata)
	var out []tok
	for {
		tt := TokenType(z.Next())
		if tt == ErrorToken {
			return out
		}
		t := tok{tt: tt, raw: string(z.Raw())}
		switch tt {
		case TextToken, CommentToken, DoctypeToken:
			t.text = string(z.Text())
		default:
			name, more := z.TagName()
			t.name = string(name)
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				t.attr = append(t.attr, string(k)+"="+string(v))
			}
		}
		out = append(out, t)
	}
}

// scanTokens tokenizes src with a Scanner, which reads CDATA sections as
// text when cdata is set.
func scanTokens(s *Scanner, src []byte, cdata bool) []tok {
	s.Reset(src)
	s.AllowCDATA(cdata)
	var out []tok
	for {
		tt := s.Next()
		if tt == ErrorToken {
			return out
		}
		t := tok{tt: tt, raw: string(s.Raw())}
		switch tt {
		case TextToken, CommentToken, DoctypeToken:
			t.text = string(s.Text())
		default:
			t.name = string(s.TagName())
			for s.HasAttr() {
				k, v, _ := s.NextAttr()
				t.attr = append(t.attr, string(k)+"="+string(v))
			}
		}
		out = append(out, t)
	}
}

// diffTokens returns a description of the first difference between the
// token streams of x/net/html and the Scanner on src, or "", with CDATA
// sections read as text when cdata is set.
func diffTokens(s *Scanner, src []byte, cdata bool) string {
	want, got := xnetTokens(src, cdata), scanTokens(s, src, cdata)
	for i := 0; i < max(len(want), len(got)); i++ {
		var w, g tok
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w.String() != g.String() || w.raw != g.raw {
			return fmt.Sprintf("token %d:\n x/net %v raw %q\n scan  %v raw %q", i, w, w.raw, g, g.raw)
		}
	}
	return ""
}

// trickySnippets exercise the corners of the HTML5 tokenizer.
var trickySnippets = []string{
	"", "plain", "a<b", "a < b", "<", "<<", "<<a>", "a<", "a</", "</", "</>", "a</>b",
	"</ p>", "</ p", "<!", "<!>", "<!x", "<!-", "<!--", "<!---", "<!---->", "<!-->", "<!--->",
	"<!-- a -->", "<!-- a --!>b", "<!-- a --!-->c", "<!-- a --!!>d-->", "<!-- a -- > b -->",
	"<!-- a ->b -->", "<!-- a --", "<!-- a --!", "<!-- a -", "<!--\x00-->", "<!--a&amp;b-->",
	"<!DOCTYPE html>", "<!doctype html>", "<!DOCTYPEhtml>", "<!DOCTYPE", "<!DOCTYPE   ", "<!DOC",
	"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">", "<![CDATA[x<y]]>z",
	"<![CDATA[a]]]>b", "<![CDATA[a]>b]]>c", "<![CDATA[a&amp;\x00b", "<![CDATA", "<![cdata[x]]>", "<![CDATA[]]>", "<?xml version=\"1.0\"?>",
	"<?php echo 1 ?>x", "<a>", "<A HREF=X>", "<a href=x<b>", "< p>", "<p", "<p ", "<p a", "<p a=",
	"<p a=\"x", "<p a='x'", "<p a=x", "<br/>", "<br />", "<br/ >", "<a b/>", "<a b=c/>", "<a b='c'/>",
	"<a b=/>", "<a /b>", "<a ==x>", "<a =x>", "<a b = c d = 'e' f=\"g\">", "<a b=>", "<a b= >",
	"<a B=1 b=2 C=3>", "<a x=1 y=2 x=3 X=4>", "<a\tb\nc\fd\re>", "<a b=\"x\ry\r\nz\">",
	"<a href=\"?a=1&amp;b=2&lt=3&copy=4&notin;&notit;\">", "<a title=\"&amp\" t2=\"&ampx\" t3='&amp=' t4='&#39;&#x27;'>",
	"<a\x00b c\x00=d\x00>", "<div class=\"x\"/>", "</div x=1>", "</div", "</div ", "</DIV>",
	"a&amp;b&lt;c&gt;d&quot;e&#39;f&#x27;g&nbsp;h", "&", "&;", "&#", "&#x", "&#;", "&#x;", "&#0;", "&#128;",
	"&#x110000;", "&#xD800;", "&#99999999999;", "&notit;", "&notin;", "&not", "&copy", "&copyx", "&amp",
	"&nLt;", "&NotEqualTilde;", "&CounterClockwiseContourIntegral;", "&zwnj;&zwj;", "&Aacute&aacute",
	"a\r\nb\rc\n", "a\x00b", "x\r", "<title>a<b>&amp;</title>", "<TITLE>x</Title >y", "<title></title>",
	"<textarea>a</textarea\x00>b</textarea>", "<title>a</titlex></title>", "<title>a", "<title>a</titl",
	"<script>a<b</script>", "<script>a</SCRIPT>", "<script></script>", "<script/>x</script>",
	"<script>a</script", "<script>a</scriptx></script>", "<script>\x00\r\n</script>",
	"<script><!--\ndocument.write('<script>x</script>');\n//--></script>after",
	"<script><!-- a --></script>", "<script><!--<script>--></script>", "<script><!--<script></script>--></script>y",
	"<script><!--<script></script></script>z", "<script><!-- </script> --></script>",
	"<script><!--- -></script>", "<script><!-x</script>", "<script><!</script>", "<script><!-",
	"<script><!--<scrip</script>", "<script><!--<script", "<script><!--<a</script>", "<script><!--<</script>",
	"<script><!--</scriptx>--></script>", "<script><!--<script>-</script>--></script>",
	"<script><!--<script>--</script>--></script>", "<script><!--<script>--></script>",
	"<script><!--<script><</script>--></script>", "<script><!--<script></scrip></script>",
	"<style>p>a{}</style>", "<xmp><b></xmp>", "<iframe><p></iframe>", "<noscript><p>x</p></noscript>",
	"<noembed>a</noembed>", "<noframes>a</noframes>", "<plaintext>a</plaintext><b>", "<PLAINTEXT>",
	"<svg><title>t</title></svg>", "<p>a<!--b-->c</p>", "<table><tr><td>x</td></tr></table>",
	"<a href=\"x\" class='y' data-z=1 hidden>t</a>", "<img src=a.png alt=\"A &amp; B\">",
	"<p>\ufeffx</p>", "<p>caf\xe9</p>", "<a b='\x00'>", "<a b=\"&#0;\">", "<a b c d e f g h i j k l a>",
}

func TestDifferentialSnippets(t *testing.T) {
	s := New(nil)
	for _, src := range trickySnippets {
		for _, cdata := range []bool{false, true} {
			if d := diffTokens(s, []byte(src), cdata); d != "" {
				t.Errorf("%q (cdata %v): %s", src, cdata, d)
			}
		}
	}
}

// evalDir is where the evaluation corpora sit: ../shared/eval beside the
// repository, as in CI.
const evalDir = "../../../shared/eval/"

// evalPages returns the gzip-compressed evaluation pages, or skips the test
// when the corpora are not present.
func evalPages(tb testing.TB) []string {
	files, _ := filepath.Glob(evalDir + "*/html/*.html.gz")
	if len(files) == 0 {
		tb.Skip("evaluation pages not present")
	}
	return files
}

// readGzip returns the decompressed content of a .gz file.
func readGzip(tb testing.TB, path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestDifferentialEvalPages compares the Scanner with x/net/html on every
// page of the evaluation corpora: about 40 s of CPU, and ten times that
// under the race detector, which has nothing to find in one goroutine; so
// it skips itself there and .ci/run runs it in a step of its own.
func TestDifferentialEvalPages(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	if raceEnabled {
		t.Skip("too slow under the race detector; .ci/run runs it without")
	}
	s := New(nil)
	failed := 0
	for _, path := range evalPages(t) {
		if d := diffTokens(s, readGzip(t, path), false); d != "" {
			t.Errorf("%s: %s", strings.TrimPrefix(path, evalDir), d)
			if failed++; failed == 10 {
				t.Fatal("too many differences")
			}
		}
	}
}
