package htmlscan

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

// describe renders the token stream of src compactly: tags as <name k=v>,
// </name> or <name/>, text as "text", comments as <!--text--> and doctypes
// as <!doctype text>.
func describe(src string) string {
	s := New([]byte(src))
	var parts []string
	for {
		switch tt := s.Next(); tt {
		case ErrorToken:
			return strings.Join(parts, " ")
		case TextToken:
			parts = append(parts, `"`+string(s.Text())+`"`)
		case CommentToken:
			parts = append(parts, "<!--"+string(s.Text())+"-->")
		case DoctypeToken:
			parts = append(parts, "<!doctype "+string(s.Text())+">")
		case EndTagToken:
			parts = append(parts, "</"+string(s.TagName())+">")
		default:
			p := "<" + string(s.TagName())
			for s.HasAttr() {
				k, v, _ := s.NextAttr()
				p += " " + string(k) + "=" + string(v)
			}
			if tt == SelfClosingTagToken {
				p += "/"
			}
			parts = append(parts, p+">")
		}
	}
}

func TestScanner(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"text", "hello", `"hello"`},
		{"tags", `<p class="a">x</p>`, `<p class=a> "x" </p>`},
		{"upper case", `<DIV ID=Main>x</DIV>`, `<div id=Main> "x" </div>`},
		{"self closing", `<br/><img src=a.png />`, `<br/> <img src=a.png/>`},
		{"unquoted value ending in slash", `<a href=/x/>t`, `<a href=/x/> "t"`},
		{"quotes", `<a b="x'y" c='x"y' d=e>`, `<a b=x'y c=x"y d=e>`},
		{"no value", `<input disabled checked=>`, `<input disabled= checked=>`},
		{"duplicate keys keep the first", `<a x=1 X=2 y=3 x=4>`, `<a x=1 y=3>`},
		{"tag inside unquoted value", `<a href=x<b>t`, `<a href=x<b> "t"`},
		{"space after lt is text", `< p>`, `"< p>"`},
		{"lt before non-letter is text", `a <3 b`, `"a <3 b"`},
		{"empty end tag", `a</>b`, `"a" <!----> "b"`},
		{"end tag with space is a bogus comment", `</ p>`, `<!-- p-->`},
		{"end tag attributes are dropped", `</p class=x>`, `</p>`},
		{"comment", `<!-- c -->x`, `<!-- c --> "x"`},
		{"comment closed with bang", `<!-- c --!>x`, `<!-- c --> "x"`},
		{"abrupt comments", `<!-->a<!--->b`, `<!----> "a" <!----> "b"`},
		{"unterminated comment", `<!-- c --`, `<!-- c -->`},
		{"bogus comment", `<!x>y`, `<!--x--> "y"`},
		{"processing instruction", `<?xml version="1.0"?>`, `<!--?xml version="1.0"?-->`},
		{"cdata is a bogus comment", `<![CDATA[x]]>`, `<!--[CDATA[x]]-->`},
		{"doctype", `<!DOCTYPE html>`, `<!doctype html>`},
		{"entities", `a&amp;b&lt;&#39;&#x27;&nbsp;&hellip;&notin;&notit;`, "\"a&b<''\u00a0\u2026\u2209\u00acit;\""},
		{"two code point entity", `&nLt;`, "\"\u226a\u20d2\""},
		{"windows-1252 reference", `&#150;`, "\"\u2013\""},
		{"invalid references", `&#0;&#xD800;&bogus;&`, "\"\ufffd\ufffd&bogus;&\""},
		{"attribute entities", `<a href="?a=1&amp;b=2&copy=3" t="&copy">`, "<a href=?a=1&b=2&copy=3 t=\u00a9>"},
		{"newlines", "a\r\nb\rc", "\"a\nb\nc\""},
		{"NUL kept in text", "a\x00b", "\"a\x00b\""},
		{"NUL replaced in script", "<script>a\x00b</script>", "<script> \"a\ufffdb\" </script>"},
		{"script is raw", `<script>if (a<b) x="</div>"</script>`, `<script> "if (a<b) x="</div>"" </script>`},
		{"script end tag case", `<script>x</SCRIPT >y`, `<script> "x" </script> "y"`},
		{"script not closed by prefix", `<script>a</scripts></script>`, `<script> "a</scripts>" </script>`},
		{"script escape", `<script><!--<script>x</script>--></script>y`, `<script> "<!--<script>x</script>-->" </script> "y"`},
		{"self-closed script is still raw", `<script/>x</script>`, `<script/> "x" </script>`},
		{"empty script", `<script></script>`, `<script> </script>`},
		{"style is raw", `<style>a>b{}</style>`, `<style> "a>b{}" </style>`},
		{"title is RCDATA", `<title>a<b>&amp;</title>`, `<title> "a<b>&" </title>`},
		{"textarea is RCDATA", `<textarea><p>&lt;</textarea>`, `<textarea> "<p><" </textarea>`},
		{"noscript is raw", `<noscript><img src=x></noscript>`, `<noscript> "<img src=x>" </noscript>`},
		{"plaintext runs to the end", `<plaintext><b>x</plaintext>`, `<plaintext> "<b>x</plaintext>"`},
		{"unterminated raw text", `<title>abc`, `<title> "abc"`},
		{"unterminated tag is dropped", `x<a href="y`, `"x"`},
		{"lt at the end", `x<`, `"x<"`},
		{"end tag open at the end", `x</`, `"x" "</"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.src); got != tt.want {
				t.Errorf("describe(%q)\n got %s\nwant %s", tt.src, got, tt.want)
			}
		})
	}
}

func TestTagAtom(t *testing.T) {
	s := New([]byte(`<DIV><custom-el></div>text`))
	want := []atom.Atom{atom.Div, 0, atom.Div, 0}
	for i, w := range want {
		s.Next()
		if got := s.TagAtom(); got != w {
			t.Errorf("token %d: atom %v, want %v", i, got, w)
		}
	}
}

// TestTagAtomNames checks the atoms of names read with one load (up to
// eight bytes, in any case) against those of longer names, names with a
// NUL, and names at the very end of the page, where fewer than eight
// bytes follow.
func TestTagAtomNames(t *testing.T) {
	for _, tc := range []struct {
		page string
		want atom.Atom
	}{
		{"<p>", atom.P},
		{"<Section class=x>", atom.Section},
		{"<NOSCRIPT>", atom.Noscript},
		{"<plaintext>", atom.Plaintext},
		{"<blockquote>", atom.Blockquote},
		{"<fb:like>", 0},
		{"<di\x00v>", 0},
		{"<b\x00>", 0},
		{"x<br>", atom.Br},
		{"</H2>", atom.H2},
		{"</h2 >", atom.H2},
	} {
		page := tc.page
		s := New([]byte(page))
		for tt := s.Next(); tt == TextToken; tt = s.Next() {
		}
		if got := s.TagAtom(); got != tc.want {
			t.Errorf("%q: atom %v, want %v", tc.page, got, tc.want)
		}
		// The cache of atoms answers the same the second time.
		s.Reset([]byte(page))
		for tt := s.Next(); tt == TextToken; tt = s.Next() {
		}
		if got := s.TagAtom(); got != tc.want {
			t.Errorf("%q again: atom %v, want %v", tc.page, got, tc.want)
		}
	}
}

func TestAccessorsOnOtherTokens(t *testing.T) {
	s := New([]byte(`x<p a=b></p>`))
	s.Next()
	if s.TagName() != nil || s.HasAttr() {
		t.Error("text token has a tag name or attributes")
	}
	s.Next()
	if s.Text() != nil {
		t.Error("start tag has text")
	}
	s.Next()
	if k, v, more := s.NextAttr(); k != nil || v != nil || more {
		t.Error("end tag has attributes")
	}
	for range 2 { // the end is reported again on every call
		if s.Next() != ErrorToken {
			t.Error("no lasting ErrorToken at the end")
		}
	}
}

func TestRawAndOffsetTileThePage(t *testing.T) {
	for _, src := range trickySnippets {
		s := New([]byte(src))
		var b strings.Builder
		for s.Next() != ErrorToken {
			if s.Offset() != b.Len() {
				t.Errorf("%q: token at %d, want %d", src, s.Offset(), b.Len())
			}
			b.Write(s.Raw())
		}
		if !strings.HasPrefix(src, b.String()) {
			t.Errorf("%q: Raw tokens give %q", src, b.String())
		}
	}
}

func TestTextDoesNotModifyPage(t *testing.T) {
	src := []byte("<A HREF='&amp;\r\n'>a&amp;b\r\n<!--\x00--><script>\x00</script>")
	orig := string(src)
	s := New(src)
	for s.Next() != ErrorToken {
		s.Text()
		s.TagName()
		for s.HasAttr() {
			s.NextAttr()
		}
	}
	if string(src) != orig {
		t.Errorf("page changed to %q", src)
	}
}

func TestAttributesStayValidUntilNext(t *testing.T) {
	s := New([]byte(`<A CLASS="a&amp;b" ID="c&lt;d" Data-X="e&gt;f">`))
	s.Next()
	var keys, vals [][]byte
	for s.HasAttr() {
		k, v, _ := s.NextAttr()
		keys, vals = append(keys, k), append(vals, v)
	}
	got := ""
	for i := range keys {
		got += string(keys[i]) + "=" + string(vals[i]) + " "
	}
	if want := "class=a&b id=c<d data-x=e>f "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestManyAttributes(t *testing.T) {
	var b strings.Builder
	b.WriteString("<a")
	for i := 0; i < 3000; i++ {
		b.WriteString(" k")
		b.WriteString(strings.Repeat("x", i%50))
		b.WriteString("=1")
	}
	b.WriteString(">")
	s := New([]byte(b.String()))
	s.Next()
	n := 0
	for s.HasAttr() {
		s.NextAttr()
		n++
	}
	if n != 50 {
		t.Errorf("%d distinct attributes, want 50", n)
	}
	if d := diffTokens(New(nil), []byte(b.String()), false); d != "" {
		t.Error(d)
	}
}

func TestSteadyStateDoesNotAllocate(t *testing.T) {
	page := syntheticPage()
	s := New(nil)
	consumeScanner(s, page)
	if n := testing.AllocsPerRun(5, func() { consumeScanner(s, page) }); n != 0 {
		t.Errorf("%v allocations per page, want 0", n)
	}
}

func TestNextIsNotRawText(t *testing.T) {
	const page = `<svg><title/><path d="M0"/></svg><p>After the icon.</p>`
	var plain, foreign []string
	for _, skip := range []bool{false, true} {
		z := New([]byte(page))
		var texts []string
		for tt := z.Next(); tt != ErrorToken; tt = z.Next() {
			switch tt {
			case TextToken:
				texts = append(texts, string(z.Text()))
			case StartTagToken, SelfClosingTagToken:
				if skip {
					z.NextIsNotRawText()
				}
			}
		}
		if skip {
			foreign = texts
		} else {
			plain = texts
		}
	}
	// As in HTML, "<title/>" opens RCDATA that runs to the end.
	if len(plain) != 1 || !strings.Contains(plain[0], "After the icon.") || !strings.HasPrefix(plain[0], "<path") {
		t.Errorf("without NextIsNotRawText: texts %q, want one RCDATA text", plain)
	}
	if len(foreign) != 1 || foreign[0] != "After the icon." {
		t.Errorf("with NextIsNotRawText: texts %q, want only the paragraph", foreign)
	}
}

func TestAllowCDATA(t *testing.T) {
	tests := []struct {
		name, src, want string
		allow           bool
	}{
		{"a comment in HTML content", "<![CDATA[a<b]]>c", `<!--[CDATA[a<b]]--> "c"`, false},
		{"text in foreign content", "<![CDATA[a<b]]>c", `"a<b" "c"`, true},
		{"references decoded", "<![CDATA[x&amp;y]]>", `"x&y"`, true},
		{"unterminated runs to the end", "<![CDATA[x<p>y", `"x<p>y"`, true},
		{"the prefix is case-sensitive", "<![cdata[x]]>", `<!--[cdata[x]]-->`, true},
		{"extra brackets are text", "<![CDATA[x]]]>", `"x]"`, true},
	}
	for _, tt := range tests {
		s := New([]byte(tt.src))
		s.AllowCDATA(tt.allow)
		var parts []string
		for {
			tok := s.Next()
			if tok == ErrorToken {
				break
			}
			switch tok {
			case TextToken:
				parts = append(parts, `"`+string(s.Text())+`"`)
			case CommentToken:
				parts = append(parts, "<!--"+string(s.Text())+"-->")
			default:
				parts = append(parts, tok.String())
			}
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("%s: %q gives %s, want %s", tt.name, tt.src, got, tt.want)
		}
	}
}

// AttrKey and AttrValueAt read by index what NextAttr reads in turn,
// whichever values are asked for and in whatever order.
func TestAttrByIndex(t *testing.T) {
	for _, src := range append(trickySnippets, `<A CLASS="a&amp;b" ID="c&lt;d" Data-X="e&gt;f" srcset='x&#13;y' DATA-y=&quot; z=1 Z=2>`) {
		whole, byIndex := New([]byte(src)), New([]byte(src))
		for n := 0; ; n++ {
			tt := whole.Next()
			if byIndex.Next() != tt {
				t.Fatalf("%q: token types differ", src)
			}
			if tt == ErrorToken {
				break
			}
			var keys, vals []string
			for whole.HasAttr() {
				k, v, _ := whole.NextAttr()
				keys, vals = append(keys, string(k)), append(vals, string(v))
			}
			if got := byIndex.AttrCount(); got != len(keys) {
				t.Fatalf("%q: AttrCount = %d, want %d", src, got, len(keys))
			}
			for i := len(keys) - 1; i >= 0; i-- { // backwards: no cursor
				if (n+i)%3 != 0 {
					if v := byIndex.AttrValueAt(i); string(v) != vals[i] {
						t.Errorf("%q: value %d is %q, want %q", src, i, v, vals[i])
					}
				}
				if k := byIndex.AttrKey(i); string(k) != keys[i] {
					t.Errorf("%q: key %d is %q, want %q", src, i, k, keys[i])
				}
			}
		}
	}
}

// TagAtom, which remembers the atoms of short names, answers as
// atom.Lookup of TagName does: for known and unknown names, upper case,
// digits, names of nine bytes and more, and more names than it remembers.
func TestTagAtomMatchesLookup(t *testing.T) {
	names := []string{"p", "P", "div", "DiV", "h1", "H6", "span", "a", "b", "br", "svg", "math", "noscript",
		"template", "blockquote", "figcaption", "my-widget", "x:y", "h7", "abbr", "TABLE", "tbody", "wbr", "x\x00"}
	for i := range 300 {
		names = append(names, fmt.Sprintf("t%d", i), fmt.Sprintf("Q%dz", i*7))
	}
	var page strings.Builder
	for range 2 {
		for _, n := range names {
			page.WriteString("<" + n + " a=1>x</" + n + ">")
		}
	}
	s := New([]byte(page.String()))
	for tt := s.Next(); tt != ErrorToken; tt = s.Next() {
		if tt == TextToken {
			if s.TagAtom() != 0 {
				t.Error("a text token has an atom")
			}
			continue
		}
		if got, want := s.TagAtom(), atom.Lookup(s.TagName()); got != want {
			t.Errorf("TagAtom of %q = %v, want %v", s.TagName(), got, want)
		}
	}
}
