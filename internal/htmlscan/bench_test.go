package htmlscan

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// benchPages returns the evaluation pages, decompressed, or a synthetic
// page when the corpora are not present, and their total size.
func benchPages(b *testing.B) ([][]byte, int64) {
	var pages [][]byte
	files, _ := filepath.Glob(evalDir + "*/html/*.html.gz")
	for _, f := range files {
		pages = append(pages, readGzip(b, f))
	}
	if len(pages) == 0 {
		pages = append(pages, syntheticPage())
	}
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return pages, n
}

// syntheticPage builds a page shaped like a news article: a head with
// scripts and styles, navigation, an article with attributes and
// entities, and a footer.
func syntheticPage() []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>A headline &amp; more</title>\n")
	for i := 0; i < 5; i++ {
		b.WriteString("<script type=\"text/javascript\">window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}if(a<b&&c>d){x='</div>'}</script>\n")
		b.WriteString("<style>.nav a{color:#333}.article p>span{margin:0 0 1em}</style>\n")
	}
	b.WriteString("</head><body><nav class=\"site-nav\"><ul>")
	for i := 0; i < 30; i++ {
		b.WriteString("<li class=\"nav-item\"><a href=\"/section/world?ref=nav&amp;utm=1\" data-track=\"nav\">World</a></li>")
	}
	b.WriteString("</ul></nav><article class=\"story\" itemscope itemtype=\"http://schema.org/NewsArticle\">")
	for i := 0; i < 40; i++ {
		b.WriteString("<p class=\"story-body__paragraph\">The council said on Tuesday that the new rules, which take effect next month, would apply to all residents &mdash; including those who moved in before 2020. <a href=\"https://example.com/more\">Read more</a> &nbsp;It&#39;s a change.</p>\n<!-- paragraph end -->\n")
	}
	b.WriteString("</article><footer><p>&copy; 2026 Example News. All rights reserved.</p><img src=\"/logo.png\" alt=\"Logo\" width=100 height=40/></footer></body></html>")
	return []byte(b.String())
}

// consumeScanner reads every token of page the way the segmenter does: the
// text of text tokens, the name and attributes of tags.
func consumeScanner(s *Scanner, page []byte) (n int) {
	s.Reset(page)
	for {
		switch s.Next() {
		case ErrorToken:
			return n
		case TextToken:
			n += len(s.Text())
		case StartTagToken, SelfClosingTagToken:
			n += len(s.TagName())
			for s.HasAttr() {
				k, v, _ := s.NextAttr()
				n += len(k) + len(v)
			}
		case EndTagToken:
			n += len(s.TagName())
		}
	}
}

// consumeXNet is consumeScanner for x/net/html's Tokenizer.
func consumeXNet(page []byte) (n int) {
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.TextToken:
			n += len(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			n += len(name)
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				n += len(k) + len(v)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			n += len(name)
		}
	}
}

func BenchmarkScanner(b *testing.B) {
	pages, size := benchPages(b)
	s := New(nil)
	for _, p := range pages { // grow the buffers once
		consumeScanner(s, p)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			consumeScanner(s, p)
		}
	}
}

func BenchmarkScannerNextOnly(b *testing.B) {
	pages, size := benchPages(b)
	s := New(nil)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			s.Reset(p)
			for s.Next() != ErrorToken {
			}
		}
	}
}

func BenchmarkXNetTokenizer(b *testing.B) {
	pages, size := benchPages(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			consumeXNet(p)
		}
	}
}

func BenchmarkXNetParse(b *testing.B) {
	pages, size := benchPages(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkCompare times the Scanner and x/net/html's Tokenizer on each
// page in turn, so that both see the same machine load, and reports the
// throughput of each and their ratio. ns/op is the time of both together.
func BenchmarkCompare(b *testing.B) {
	pages, size := benchPages(b)
	s := New(nil)
	var scan, xnet time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			t0 := time.Now()
			consumeScanner(s, p)
			t1 := time.Now()
			consumeXNet(p)
			scan += t1.Sub(t0)
			xnet += time.Since(t1)
		}
	}
	mb := float64(size) * float64(b.N) / 1e6
	b.ReportMetric(mb/scan.Seconds(), "scan-MB/s")
	b.ReportMetric(mb/xnet.Seconds(), "xnet-MB/s")
	b.ReportMetric(xnet.Seconds()/scan.Seconds(), "speedup")
}
