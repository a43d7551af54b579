package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzCoverage runs the differential coverage test (coverage_test.go) on
// fuzzed markup: every letter and digit that html.Parse's tree shows must
// reach a block.
func FuzzCoverage(f *testing.F) {
	for _, tt := range regionTests {
		f.Add([]byte(tt.page))
	}
	for _, page := range treeSnippets {
		f.Add([]byte(page))
	}
	f.Add([]byte(newsPage))
	f.Fuzz(func(t *testing.T, page []byte) {
		if !utf8.Valid(page) || len(page) > 1<<16 {
			return
		}
		c, ok := measureCoverage(page)
		if ok && c.found < c.want {
			t.Fatalf("%d of %d visible letters reach a block; missing %q", c.found, c.want, c.missing)
		}
	})
}

// treeSnippets exercise the corners of HTML5 tree construction that move
// text: tables (foster parenting), select, frameset, the adoption agency,
// foreign content, raw text, the head and stray end tags.
var treeSnippets = []string{
	"<table>text1<tr>text2<td>cell</td>text3</tr></table>after",
	"<table><tr><td>a<table><tr><td>b</table>c</table>d",
	"<select>one<option>two<div>three</div><p>four</select>five",
	"<select><option>a<select>b</select>c",
	"<select><input>after select",
	"<frameset><frame>frameset text</frameset>after",
	"<p>a<frameset>b</frameset>c",
	"<b><p>bold para</b>after</p>",
	"<a href=x><div>block in link</a>tail</div>",
	"<p><b><i>x</p>y</b>z</i>",
	"<plaintext><p>all text</p>",
	"<xmp><p>shown</p></xmp>after",
	"<noembed><p>never shown</p></noembed>after",
	"<listing>\nlisting text</listing>",
	"<image src=x>img text",
	"<isindex prompt=search>after",
	"<form><form>inner</form>outer</form>",
	"<li>one<li>two<ul><li>three</ul>four",
	"<dd>one<dt>two<dl><dd>three</dl>",
	"<ruby>base<rt>annot</rt><rp>(</rp></ruby>",
	"<table><caption>cap<tr><td>x</table>",
	"<table><colgroup>colgroup text<col></table>",
	"<table><tbody>tb text<tr><td>x</td></tr></tbody></table>",
	"<html><head></head>between<body>body",
	"</body>after body</html>after html",
	"<body><p>x</p></body></html><p>after html</p>",
	"<svg><desc>desc text</desc></svg>x",
	"<math><annotation-xml encoding=text/html><p>html in math</p></annotation-xml></math>",
	"<math><mtext><p>mtext html</p></mtext></math>",
	"<svg><font color=red>font</font></svg>",
	"<svg><font>nofont</font></svg>",
	"<svg><title>t1</title><svg><title>t2</title></svg></svg>after",
	"<svg><title><b>bold</title>still title<title>html title <i>raw</title>after",
	"<svg><script></p>after p",
	"<p>in p<svg><style></br>after br</p>",
	"<svg><foreignObject><svg><script></p>inner</foreignObject></svg>tail",
	"<math><mi><svg><script></br>mi text</mi></math>end",
	"<p>a<svg/>b</p>",
	"<template><p>in template</p></template><p>x</p>",
	"<head><template><p>in tpl</p></template><title>T</title></head><body>b</body>",
	"<noscript><p>noscript</p></noscript>after",
	"<head><noscript><link></noscript><p>para",
	"<textarea>ta</textarea>after",
	"<button>b1<div>in div</div>b2</button>after",
	"<button><p>para in button</p></button>after",
	"<p><button>x</p>y</button>z",
	"<ul><li>a<button>b</li><li>c</button></ul>d",
	"<table><tr><td><button>cell button</td><td>next cell</td></tr></table>",
	"<div><object><p>obj</div>still in object</object>after",
	"<div><template>tpl</div>still tpl</template>after",
	"<iframe>if text</iframe>after",
	"<iframe/>x</iframe>y",
	"<a href=x/>link text</a>",
	"<title>head title</title><body><title>body title</title>x",
	"<html><title>early</title><p>x",
	"<p>one<hr>two</p>",
	"<h1>head<h2>sub</h2>after</h1>",
	"<pre>\npre text</pre>",
	"<div hidden>hidden<p>hidden p</p></div>vis",
	"<datalist><option>opt</datalist>after",
	"<video>fallback<source src=x></video>after",
	"<audio src=x>fallback</audio>",
	"<map><area href=x>map text</map>",
	"<math><mi>x</mi></math><p>after</p>",
	"<svg><p>break</p></svg>tail",
	"<svg><foreignObject><svg><p>deep</p></svg></foreignObject></svg>after",
	"<svg><a><text>svg link</text></a></svg>",
	"<svg><script>s()</script><text>t</text></svg>",
	"<p>x<svg><style>css</style></svg>y</p>",
	"<svg><![CDATA[cd1]]><text><![CDATA[cd2]]></text></svg><![CDATA[cd3]]>end",
	"<math><mi><![CDATA[m1]]></mi></math>",
	"<table><tr><td>a</td></tr><button>tb</button></table>after",
	"<table><svg><text>tsvg</text></svg></table>after",
	"<table><button>tbtn</table>after",
	"<select><button>sb</button></select>after",
	"<button><table><tr><td>bt</td></tr></table></button>after",
	"<div><button>x</div></div>y",
	"<body><button>open at end",
	"<a><button>in a</a>after a</button>end",
	"<span><button>b</span>c</button>d",
	"<p>para<textarea>ta</p>after</textarea>x",
	"<svg><title>t</svg></title>after",
	"<svg><desc><div>d</div></desc></svg>x",
	"<math><mo><svg><title>in</title></svg></mo></math>",
	"<noframes>nf</noframes>after",
	"<head><noframes>nfh</noframes></head><p>x",
	"<body><noframes>nfb</noframes>x",
	"<style>css</style>after",
	"<head><style>a</style>between</head><body>b",
	"<head></head><meta name=x>text after meta<body>",
	"<head></head>  <title>after head title</title><body>x",
	"<html><p>before head</p><head><title>late</title></head>",
	"<frameset><noframes>nf</noframes></frameset>",
	"<p>x</p><frameset>y</frameset>",
	"<br>text<br/>more</br>end",
	"<p>a</p></p>b",
	"<marquee>marq</marquee><applet>app</applet>",
	"<object><param name=x>obj text</object>",
	"<embed>after embed",
	"<keygen>kg<input>inp",
	"<wbr>w<area>a<base>b<basefont>bf<bgsound>bs<col>c<link>l<meta>m<param>p<source>s<track>t",
	"<div style='display:none'>hid</div><span style='visibility:hidden'>hid2</span>vis",
	"<table><tr><td>1<td>2<tr><td>3</table>",
	"<table><td>x</td></table>",
	"<table><th>h<td>d</table>",
	"<table><tr><th>h</th></tr><tfoot><tr><td>f</td></tr></tfoot></table>",
}
