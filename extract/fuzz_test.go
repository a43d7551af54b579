package extract

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html"
)

// fuzzLimits derives small limits from a fuzzed byte, so that the fuzzer
// reaches the cut-offs as well as the defaults (0).
func fuzzLimits(l uint8) Limits {
	if l == 0 {
		return Limits{}
	}
	return Limits{
		MaxDepth:      1 + int(l%7),
		MaxBlocks:     1 + int(l%13),
		MaxBlockChars: 1 + int(l%31),
	}
}

// checkResult asserts what every extraction promises, whatever the input:
// see resultError.
func checkResult(t *testing.T, res *Result, err error, lim Limits) {
	t.Helper()
	if e := resultError(res, err, lim); e != nil {
		t.Fatal(e)
	}
}

// resultError returns what is wrong with the outcome of an extraction: a
// result with an error or none without, an undocumented error, a kept block
// with a reason or a dropped one without, Text not made of exactly the kept
// blocks, invalid UTF-8, or a limit not honoured.
func resultError(res *Result, err error, lim Limits) error {
	if err != nil {
		if res != nil {
			return fmt.Errorf("error %v with a non-nil result", err)
		}
		if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrNotHTML) && !errors.Is(err, ErrTooLarge) {
			return fmt.Errorf("unexpected error %v", err)
		}
		return nil
	}
	if res == nil {
		return errors.New("nil result with a nil error")
	}
	lim = lim.withDefaults()
	if len(res.Blocks) > lim.MaxBlocks {
		return fmt.Errorf("%d blocks, limit %d", len(res.Blocks), lim.MaxBlocks)
	}
	var kept []string
	for i, b := range res.Blocks {
		if b.Kept != (b.Reason == boilerplate.ReasonNone) {
			return fmt.Errorf("block %d %q: Kept=%v Reason=%q", i, b.Text, b.Kept, b.Reason)
		}
		if !utf8.ValidString(b.Text) {
			return fmt.Errorf("block %d text is not UTF-8: %q", i, b.Text)
		}
		if len(b.Text) > lim.MaxBlockChars {
			return fmt.Errorf("block %d has %d bytes, limit %d", i, len(b.Text), lim.MaxBlockChars)
		}
		if b.Kept {
			kept = append(kept, b.Text)
		}
	}
	if !joinedBlocks(res.Text, kept) {
		return fmt.Errorf("Text is not the kept blocks joined:\n got %q\nwant %q", res.Text, strings.Join(kept, "\n\n"))
	}
	for name, s := range map[string]string{
		"Title": res.Title, "Author": res.Author, "SiteName": res.SiteName,
		"Description": res.Description, "URL": res.URL, "Image": res.Image, "Language": res.Language,
	} {
		if !utf8.ValidString(s) {
			return fmt.Errorf("%s is not UTF-8: %q", name, s)
		}
	}
	if md := res.Markdown(); !utf8.ValidString(md) {
		return fmt.Errorf("Markdown is not UTF-8: %q", md)
	}
	return nil
}

func FuzzFromBytes(f *testing.F) {
	f.Add([]byte(newsPage), "", uint8(0))
	f.Add([]byte(newsPage), "text/html; charset=windows-1252", uint8(5))
	f.Add([]byte("<p>caf\xe9 cr\xe8me br\xfbl\xe9e</p>"), "text/html; charset=utf-8", uint8(3))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00h\x00i\x00"), "", uint8(0))
	f.Add([]byte("<div><div><div><p>deep text here</p></div></div></div>"), "", uint8(1))
	f.Add([]byte(`<main><template id="B:0"></template><div>Loading</div></main><div hidden id="S:0"><div><template id="P:1"></template></div></div><div hidden id="S:1"><p>streamed text</p></div>`), "", uint8(0))
	f.Add([]byte("<pre>  code\n\tindented</pre><p>é"+strings.Repeat("ж", 20)+"</p>"), "", uint8(30))
	f.Add([]byte("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":\"Body text.\"}</script><p>Body text.</p>"), "", uint8(0))
	f.Add([]byte("<table><tr><td>a<td>b<tr><td>c</table><ul><li>one<li>two</ul>"), "", uint8(9))
	f.Add([]byte("<title>T</title><a href=/x>link <p>para</a> tail"), "", uint8(0))
	f.Add([]byte(`<div itemprop=articleBody><script type="text/template"><p>Templated <a href="https://other.example/x">story</a> text.<script>var s = "</p>";</script></script></div><p>after</p>`), "", uint8(0))
	f.Add([]byte("<h1>Head</h1><div class=byline><span class=author><a rel=author>By Jane<p>Doe</a><time>3 May 2020</time></span><p class=date>x</div>"), "", uint8(0))
	f.Add([]byte(productWithSpecs(`<dl><dt>Weight</dt><dd>320 g</dd><dt>Height</dt><dd>9 cm</dd><dt>Glaze</dt><dd>Blue</dd></dl>`+
		`<div class="faq"><div><h3>Is it safe?</h3><div style="display:none"><p>Yes, it is.</p></div></div>`+
		`<div><h3>Is it big?</h3><div style="display:none"><p>No, it is not.</p></div></div></div>`)), "", uint8(0))
	f.Add([]byte(""), "", uint8(0))
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00"), "", uint8(0))
	f.Fuzz(func(t *testing.T, raw []byte, contentType string, l uint8) {
		lim := fuzzLimits(l)
		res, err := FromBytes(raw, Options{ContentType: contentType, URL: "https://fuzz.example/a", Limits: lim})
		checkResult(t, res, err, lim)
	})
}

// joinedBlocks reports whether text is the kept blocks' texts in order,
// each after the first joined by a blank line, or, in text mode, by a
// space where a paragraph split for judging was kept whole
// (renderTextParagraphs).
func joinedBlocks(text string, kept []string) bool {
	for i, k := range kept {
		if i > 0 {
			switch {
			case strings.HasPrefix(text, "\n\n"):
				text = text[2:]
			case strings.HasPrefix(text, " "):
				text = text[1:]
			default:
				return false
			}
		}
		if !strings.HasPrefix(text, k) {
			return false
		}
		text = text[len(k):]
	}
	return text == ""
}

func FuzzFromText(f *testing.F) {
	// Small seeds: the fuzzer stalls on whole seed files.
	f.Add("This website uses cookies. By continuing to browse you accept them.\nTitle of the story here\n"+
		"15.02.2022 12:57\nShow more\n"+textPara1+"\n\n"+textPara1+"\nTwitter: [ Ссылка ]\n© Sputnik / A B", uint8(0))
	f.Add("Title of the page\n\nAccept all cookies\n\nThe first paragraph has a sentence. And another one.\n", uint8(0))
	f.Add("line one\r\nline two\rline three\n\u00a0\u00a0 spaced \t out \u00a0\n", uint8(2))
	f.Add(strings.Repeat("A hard-wrapped paragraph of an old text file, seventy-two chars\n", 8), uint8(0))
	f.Add(strings.Repeat("Слово за словом, строка за строкой идёт текст.\n", 5), uint8(17))
	f.Add("caf\xe9\n\xff\xfe\n", uint8(1))
	f.Add("", uint8(0))
	f.Add("   \n\t\n", uint8(0))
	f.Fuzz(func(t *testing.T, text string, l uint8) {
		lim := fuzzLimits(l)
		res, err := FromText(text, Options{URL: "https://fuzz.example/a", Limits: lim})
		checkResult(t, res, err, lim)
	})
}

// FuzzFromNode parses the input with golang.org/x/net/html and extracts
// the tree: the walk must keep the same invariants as the tokenizer path.
func FuzzFromNode(f *testing.F) {
	f.Add([]byte(newsPage), uint8(0))
	f.Add([]byte("<div><div><div><p>deep text here</p></div></div></div>"), uint8(1))
	f.Add([]byte("<table><tr><td>a<td>b<tr><td>c</table><ul><li>one<li>two</ul>"), uint8(9))
	f.Add([]byte("<title>T</title><a href=/x>link <p>para</a> tail<svg><p>x</svg>"), uint8(0))
	f.Add([]byte(`<div itemprop=articleBody><script type="text/template"><p>Templated <a href="https://other.example/x">story</a> text.<script>var s = "</p>";</script></script></div><p>after</p>`), uint8(0))
	f.Fuzz(func(t *testing.T, raw []byte, l uint8) {
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			return
		}
		lim := fuzzLimits(l)
		res, err := FromNode(doc, Options{URL: "https://fuzz.example/a", Limits: lim})
		checkResult(t, res, err, lim)
	})
}
