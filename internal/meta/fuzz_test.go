package meta

import (
	"testing"
	"unicode/utf8"
)

func FuzzJSONLD(f *testing.F) {
	f.Add([]byte(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","author":[{"@id":"#a"}],"datePublished":"2020-01-02"}`))
	f.Add([]byte(`{"@graph":[{"@type":"WebPage","mainEntity":{"@type":"Article","articleBody":"<p>x</p>"}},{"@id":"#a","name":"A"}]}`))
	f.Add([]byte("<!--{\"@type\":\"Article\",\"keywords\":[\"a\",],}-->"))
	f.Add([]byte(`{&quot;@type&quot;:&quot;Article&quot;}`))
	f.Add([]byte("{\"@type\":\"Article\",\"headline\":\"a\\'b\nc\"} /* x */ // y"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var c Collector
		c.JSONLD(raw)
		checkMetadata(t, c.Finish("https://example.com/a/b"))
	})
}

func FuzzCollector(f *testing.F) {
	f.Add(`<html lang="en_US"><title>T | S</title><meta property="og:site_name" content="S"><meta name="keywords" content="a,b">`, "https://example.com/")
	f.Add(`<link rel="canonical image_src" href="//x/y"><time pubdate datetime="March 3rd, 2020 at 4:05 pm"></time>`, "")
	f.Add(`<meta itemprop="datePublished author image" content="1614834367"><script type="application/ld+json">[{"@type":"WebSite","name":"S"}]</script>`, "http://[::1]:80/")
	f.Fuzz(func(t *testing.T, doc, pageURL string) {
		var c Collector
		feed(&c, doc)
		checkMetadata(t, c.Finish(pageURL))
	})
}

// checkMetadata asserts what holds for any input: valid UTF-8, bounded
// fields, absolute http(s) URLs.
func checkMetadata(t *testing.T, md Metadata) {
	t.Helper()
	for _, s := range []string{md.Title, md.PageTitle, md.Author, md.SiteName, md.Description, md.Language, md.Type} {
		if !utf8.ValidString(s) || len(s) > maxShort {
			t.Fatalf("bad field %q", s)
		}
	}
	if len(md.ArticleBody) > maxBody || !utf8.ValidString(md.ArticleBody) {
		t.Fatalf("bad article body")
	}
	for _, u := range []string{md.URL, md.Image} {
		if u != "" && hostOf(u) == "" {
			t.Fatalf("not an absolute http(s) URL: %q", u)
		}
	}
	if len(md.Tags) > maxTags {
		t.Fatalf("%d tags", len(md.Tags))
	}
}
