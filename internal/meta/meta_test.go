package meta

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func collect(doc, pageURL string) Metadata {
	var c Collector
	feed(&c, doc)
	return c.Finish(pageURL)
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCollectorFullPage(t *testing.T) {
	doc := `<!DOCTYPE html><html lang="en_gb"><head>
<title>Rain returns to the valley | Valley Gazette</title>
<meta property="og:title" content="Rain returns to the valley">
<meta property="og:site_name" content="Valley Gazette">
<meta name="description" content="After months of drought, the first storms arrived.">
<meta property="og:description" content="The first storms in months arrived on Tuesday.">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-05-02T08:30:00+01:00">
<meta property="article:modified_time" content="2023-05-03T10:00:00+01:00">
<meta property="article:tag" content="Weather"><meta property="article:tag" content="Farming">
<meta name="keywords" content="rain, drought, valley">
<meta property="og:image" content="/img/storm.jpg">
<link rel="canonical" href="/news/rain-returns">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Rain returns","articleBody":"The first storms arrived.\n\nFarmers cheered.",
 "author":{"@type":"Person","name":"J. Doe"}}</script>
</head><body><p>...</p></body></html>`
	got := collect(doc, "https://gazette.example/news/rain-returns?utm=x")
	want := Metadata{
		Title:       "Rain returns to the valley",
		PageTitle:   "Rain returns to the valley | Valley Gazette",
		Author:      "Jane Doe",
		SiteName:    "Valley Gazette",
		Description: "The first storms in months arrived on Tuesday.",
		Language:    "en-GB",
		URL:         "https://gazette.example/news/rain-returns",
		Image:       "https://gazette.example/img/storm.jpg",
		Date:        date("2023-05-02T08:30:00+01:00"),
		Tags:        []string{"Weather", "Farming"},
		ArticleBody: "The first storms arrived.\n\nFarmers cheered.",
		Type:        "NewsArticle",
		Types:       []string{"NewsArticle"},
		Host:        "gazette.example",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestCollectorFields(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		check func(Metadata) any
		want  any
	}{
		// Title.
		{"title cleaned by site name", `<title>Budget talks stall - The Daily Planet</title><meta property="og:site_name" content="The Daily Planet">`,
			func(m Metadata) any { return m.Title }, "Budget talks stall"},
		{"title cleaned by leading site name", `<title>The Daily Planet — Budget talks stall</title><meta property="og:site_name" content="the daily planet">`,
			func(m Metadata) any { return m.Title }, "Budget talks stall"},
		{"title cleaned by host", `<title>Budget talks stall | Daily Planet</title>`,
			func(m Metadata) any { return m.Title }, "Budget talks stall"},
		{"title section kept", `<title>Budget talks stall | Politics</title>`,
			func(m Metadata) any { return m.Title }, "Budget talks stall | Politics"},
		{"title never emptied", `<title>Daily Planet</title><meta property="og:site_name" content="Daily Planet">`,
			func(m Metadata) any { return m.Title }, "Daily Planet"},
		{"twitter title beats JSON-LD headline", `<meta name="twitter:title" content="Tweet title"><script type="application/ld+json">{"@type":"Article","headline":"LD title"}</script>`,
			func(m Metadata) any { return m.Title }, "Tweet title"},
		{"JSON-LD headline beats title", `<title>Page | Site</title><script type="application/ld+json">{"@type":"BlogPosting","headline":"LD &amp; title"}</script>`,
			func(m Metadata) any { return m.Title }, "LD & title"},
		{"og title with site suffix", `<meta property="og:title" content="Budget talks stall | Daily Planet"><meta property="og:site_name" content="Daily Planet">`,
			func(m Metadata) any { return m.Title }, "Budget talks stall"},
		{"first title only", "<title>  Real\n title </title><svg><title>icon</title></svg>",
			func(m Metadata) any { return m.PageTitle }, "Real title"},

		{"og title that is the site name", `<title>Budget talks stall | Daily Planet</title><meta property="og:title" content="Daily Planet"><meta property="og:site_name" content="Daily Planet">`,
			func(m Metadata) any { return m.Title }, "Budget talks stall"},
		{"site name from title", `<title>Budget talks stall – Planet Daily</title><meta property="og:title" content="Budget talks stall">`,
			func(m Metadata) any { return m.SiteName }, "Planet Daily"},
		{"og title cleaned by host", `<meta property="og:title" content="Budget talks stall | DailyPlanet.example">`,
			func(m Metadata) any { return m.Title }, "Budget talks stall"},

		// Author.
		{"article:author URL skipped", `<meta property="article:author" content="https://facebook.com/jane"><script type="application/ld+json">{"@type":"Article","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>`,
			func(m Metadata) any { return m.Author }, "Jane Doe, John Roe"},
		{"JSON-LD author by reference", `<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#jane"}},{"@type":"Person","@id":"#jane","name":"Jane Doe"}]}</script>`,
			func(m Metadata) any { return m.Author }, "Jane Doe"},
		{"JSON-LD author string", `<script type="application/ld+json">{"@type":"Article","author":"By Jane Doe"}</script>`,
			func(m Metadata) any { return m.Author }, "Jane Doe"},
		{"URL and admin are not authors", `<meta name="author" content="www.example.com"><meta name="byl" content="admin"><meta name="dc.creator" content="Jane Doe">`,
			func(m Metadata) any { return m.Author }, "Jane Doe"},
		{"login when nothing else", `<meta name="author" content="news_desk"><script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"news_desk"}}</script>`,
			func(m Metadata) any { return m.Author }, "news_desk"},
		{"name before login", `<meta name="author" content="jane_doe"><script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Jane Doe"}}</script>`,
			func(m Metadata) any { return m.Author }, "Jane Doe"},
		{"template variable no author", `<meta name="author" content="page.author.name">`,
			func(m Metadata) any { return m.Author }, ""},
		{"itemprop author", `<span itemprop="author" content="Jane Doe"></span><meta name="byl" content="By Someone Else">`,
			func(m Metadata) any { return m.Author }, "Jane Doe"},
		{"value for content", `<meta value="Jane Doe" name="sailthru.author"><meta name="og:article:published_time" value="2016-12-14T06:02:15Z">`,
			func(m Metadata) any { return m.Author + " " + m.Date.Format(time.RFC3339) }, "Jane Doe 2016-12-14T06:02:15Z"},
		{"meta author first", `<meta name="author" content="Jane Doe"><script type="application/ld+json">{"@type":"Article","author":{"name":"Other"}}</script>`,
			func(m Metadata) any { return m.Author }, "Jane Doe"},
		{"site name in meta author, person in JSON-LD", `<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Harbour Gazette"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}</script>`,
			func(m Metadata) any { return m.Author }, "Jane Doe"},
		{"publisher in meta author, person in article:author", `<meta name="author" content="Hafen Verlag"><meta property="article:author" content="Max Mustermann"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Hafen Verlag"}}</script>`,
			func(m Metadata) any { return m.Author }, "Max Mustermann"},
		{"copyright holder in meta author, person in article:author", `<meta name="author" content="Éditions du Port"><meta name="copyright" content="Copyright (c) Éditions du Port 2022"><meta property="article:author" content="Jeanne Dupont">`,
			func(m Metadata) any { return m.Author }, "Jeanne Dupont"},
		{"Twitter card's written-by pair", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">`,
			func(m Metadata) any { return m.Author }, "Jane Doe"},
		{"Twitter card's pair, data first, in German", `<meta name="twitter:data2" content="Max Mustermann"><meta name="twitter:label2" content="Verfasst von">`,
			func(m Metadata) any { return m.Author }, "Max Mustermann"},
		{"Twitter card's pair in French ranks after meta author", `<meta name="twitter:label1" content="Écrit par"><meta name="twitter:data1" content="Paul Martin"><meta name="author" content="Jeanne Dupont">`,
			func(m Metadata) any { return m.Author }, "Jeanne Dupont"},
		{"Twitter card's other pairs name no author", `<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">`,
			func(m Metadata) any { return m.Author }, ""},
		{"the site alone stays the author", `<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Harbour Gazette">`,
			func(m Metadata) any { return m.Author }, "Harbour Gazette"},

		// Date.
		{"JSON-LD datePublished", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-04T05:06:07Z","dateModified":"2022-01-01"}</script>`,
			func(m Metadata) any { return m.Date }, date("2021-03-04T05:06:07Z")},
		{"published beats time element", `<time datetime="2020-01-01">Jan 1</time><meta name="parsely-pub-date" content="2021-06-07T10:00:00Z">`,
			func(m Metadata) any { return m.Date }, date("2021-06-07T10:00:00Z")},
		{"first time element", `<time datetime="2020-01-01">a</time><time datetime="2019-01-01">b</time>`,
			func(m Metadata) any { return m.Date }, date("2020-01-01T00:00:00Z")},
		{"pubdate time beats first time", `<time datetime="2020-01-01">a</time><time pubdate datetime="2019-01-01">b</time>`,
			func(m Metadata) any { return m.Date }, date("2019-01-01T00:00:00Z")},
		{"itemprop datePublished on time", `<time itemprop="datePublished" datetime="2018-02-03T04:05">x</time>`,
			func(m Metadata) any { return m.Date }, date("2018-02-03T04:05:00Z")},
		{"unparseable skipped", `<meta property="article:published_time" content="yesterday"><meta name="dc.date" content="02.01.2006">`,
			func(m Metadata) any { return m.Date }, date("2006-01-02T00:00:00Z")},
		{"publisher's own date name", `<meta name="sn-post-date" content="2019/11/19"><meta name="created" content="2018-01-01">`,
			func(m Metadata) any { return m.Date }, date("2019-11-19T00:00:00Z")},
		{"a known date name beats a publisher's own", `<meta name="published-time" content="2026-03-09T08:45:32Z"><meta name="published-date" content="2021-02-16">`,
			func(m Metadata) any { return m.Date }, date("2021-02-16T00:00:00Z")},
		{"JSON-LD in a meta descriptor", `<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;,&quot;headline&quot;:&quot;Full &amp;amp; fair&quot;}">`,
			func(m Metadata) any { return m.Date }, date("2025-11-17T09:00:00-05:00")},
		{"JSON-LD uploadDate", `<script type="application/ld+json">{"@type":"VideoObject","uploadDate":"2020-04-04T20:57:00.000+02:00"}</script>`,
			func(m Metadata) any { return m.Date }, date("2020-04-04T20:57:00+02:00")},
		{"embedded video ranks below meta dates", `<script type="application/ld+json">{"@type":"VideoObject","uploadDate":"2019-10-11"}</script><meta name="pubdate" content="2019-11-19">`,
			func(m Metadata) any { return m.Date }, date("2019-11-19T00:00:00Z")},
		{"modified as last resort", `<meta property="article:modified_time" content="2022-02-02">`,
			func(m Metadata) any { return m.Date }, date("2022-02-02T00:00:00Z")},
		{"no date", `<p>nothing</p>`, func(m Metadata) any { return m.Date.IsZero() }, true},
		{"published meta", `<meta name="published" content="July 17, 2025">`,
			func(m Metadata) any { return m.Date }, date("2025-07-17T00:00:00Z")},
		{"publisher's bare date meta", `<meta name="cms.date" content="2025-03-06T00:00:00Z"><meta name="cms.update" content="2025-04-06">`,
			func(m Metadata) any { return m.Date }, date("2025-03-06T00:00:00Z")},
		{"publication date is strong", `<meta property="article:published_time" content="2021-02-01">`,
			func(m Metadata) any { return [2]bool{m.DateWeak, m.DateFromURL} }, [2]bool{false, false}},
		{"time element is weak", `<time datetime="2021-02-01">Feb 1</time>`,
			func(m Metadata) any { return [2]bool{m.DateWeak, m.DateFromURL} }, [2]bool{true, false}},
		{"modification date is weak", `<meta property="article:modified_time" content="2021-02-01">`,
			func(m Metadata) any { return [2]bool{m.DateWeak, m.DateFromURL} }, [2]bool{true, false}},

		// Site name, description.
		{"publisher name", `<meta name="application-name" content="App"><script type="application/ld+json">{"@type":"Article","publisher":{"@type":"Organization","name":"The Publisher"}}</script>`,
			func(m Metadata) any { return m.SiteName }, "The Publisher"},
		{"URL is no site name", `<meta property="og:site_name" content="https://www.example.com"><meta name="application-name" content="Example">`,
			func(m Metadata) any { return m.SiteName }, "Example"},
		{"WebSite name", `<script type="application/ld+json">[{"@type":"WebSite","name":"Site Name"},{"@type":"WebPage","name":"Page"}]</script>`,
			func(m Metadata) any { return m.SiteName }, "Site Name"},
		{"meta description", `<meta name="twitter:description" content="tw"><meta name="description" content="  Plain   description ">`,
			func(m Metadata) any { return m.Description }, "Plain description"},

		// Language.
		{"html lang", `<html lang="pt-br"><meta property="og:locale" content="en_US">`,
			func(m Metadata) any { return m.Language }, "pt-BR"},
		{"content-language", `<meta http-equiv="Content-Language" content="de-at, de"><meta property="og:locale" content="en_US">`,
			func(m Metadata) any { return m.Language }, "de-AT"},
		{"og:locale", `<html lang="{{lang}}"><meta property="og:locale" content="en_US">`,
			func(m Metadata) any { return m.Language }, "en-US"},
		{"script subtag", `<html xml:lang="zh-hant-tw">`,
			func(m Metadata) any { return m.Language }, "zh-Hant-TW"},

		// URL and image.
		{"og:url when no canonical", `<meta property="og:url" content="https://example.com/a">`,
			func(m Metadata) any { return m.URL }, "https://example.com/a"},
		{"javascript canonical dropped", `<link rel="canonical" href="javascript:void(0)"><meta property="og:url" content="//example.com/b">`,
			func(m Metadata) any { return m.URL }, "https://example.com/b"},
		{"JSON-LD mainEntityOfPage", `<script type="application/ld+json">{"@type":"Article","mainEntityOfPage":{"@type":"WebPage","@id":"https://example.com/c"}}</script>`,
			func(m Metadata) any { return m.URL }, "https://example.com/c"},
		{"JSON-LD image object list", `<script type="application/ld+json">{"@type":"Article","image":[{"@type":"ImageObject","url":"https://img.example/1.jpg"},"https://img.example/2.jpg"]}</script>`,
			func(m Metadata) any { return m.Image }, "https://img.example/1.jpg"},
		{"twitter image", `<meta name="twitter:image" content="/t.png"><link rel="image_src" href="/i.png">`,
			func(m Metadata) any { return m.Image }, "https://www.dailyplanet.example/t.png"},
		{"data image dropped", `<meta property="og:image" content="data:image/png;base64,AAAA"><img itemprop="image" src="/x.jpg">`,
			func(m Metadata) any { return m.Image }, "https://www.dailyplanet.example/x.jpg"},

		// Tags.
		{"keywords split and deduplicated", `<meta name="keywords" content="Go, parsing,, go ; HTML">`,
			func(m Metadata) any { return m.Tags }, []string{"Go", "parsing", "HTML"}},
		{"double-escaped keywords and system markers", `<meta name="keywords" content="&amp;quot;water&amp;quot;, @post-id:12, moon">`,
			func(m Metadata) any { return m.Tags }, []string{`"water"`, "moon"}},
		{"JSON-LD keywords array", `<script type="application/ld+json">{"@type":"Article","keywords":["a b","c"]}</script>`,
			func(m Metadata) any { return m.Tags }, []string{"a b", "c"}},
		{"keywords beat JSON-LD", `<script type="application/ld+json">{"@type":"Article","keywords":"x,y"}</script><meta name="keywords" content="k">`,
			func(m Metadata) any { return m.Tags }, []string{"k"}},

		// JSON-LD body and type.
		{"graph and mainEntity", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","mainEntity":{"@type":["Thing","ReportageNewsArticle"],"articleBody":"<p>One</p><p>Two &amp; three</p>"}}]}</script>`,
			func(m Metadata) any { return m.Type + ": " + m.ArticleBody }, "ReportageNewsArticle: One\n\nTwo & three"},
		{"schema prefix", `<script type="application/ld+json">{"@type":"http://schema.org/BlogPosting"}</script>`,
			func(m Metadata) any { return m.Type }, "BlogPosting"},
		{"item list not the page", `<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"Other story"}]}</script>`,
			func(m Metadata) any { return m.Type + m.Title }, ""},
		{"WebPage values rank below article", `<script type="application/ld+json">[{"@type":"WebPage","name":"Page name","datePublished":"2001-01-01"},{"@type":"Article","headline":"Article headline","datePublished":"2002-02-02"}]</script>`,
			func(m Metadata) any { return m.Title + " " + m.Date.Format("2006") }, "Article headline 2002"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.check(collect(tt.doc, "https://www.dailyplanet.example/story"))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestFinishWithoutPageURL(t *testing.T) {
	md := collect(`<link rel="canonical" href="/news/rain"><meta property="og:url" content="https://gazette.example/news/rain?x=1">
<meta property="og:image" content="/img/a.jpg">`, "")
	if md.URL != "https://gazette.example/news/rain" || md.Image != "https://gazette.example/img/a.jpg" {
		t.Errorf("URL %q Image %q", md.URL, md.Image)
	}
	md = collect(`<link rel="canonical" href="/news/rain"><meta property="og:image" content="/img/a.jpg">`, "")
	if md.URL != "" || md.Image != "" {
		t.Errorf("unresolvable URLs kept: URL %q Image %q", md.URL, md.Image)
	}
}

func TestJSONLDRepairs(t *testing.T) {
	tests := []struct {
		name, raw string
	}{
		{"plain", `{"@type":"Article","headline":"H"}`},
		{"comment wrapper", "<!--\n{\"@type\":\"Article\",\"headline\":\"H\"}\n-->"},
		{"CDATA wrapper", "//<![CDATA[\n{\"@type\":\"Article\",\"headline\":\"H\"}\n//]]>"},
		{"trailing commas", `{"@type":"Article","headline":"H","keywords":["a","b",],}`},
		{"raw newline in string", "{\"@type\":\"Article\",\"headline\":\"H\",\"articleBody\":\"line one\nline two\"}"},
		{"bad escape", `{"@type":"Article","headline":"H","description":"it\'s"}`},
		{"HTML-escaped", `{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;H&quot;}`},
		{"trailing semicolon", `{"@type":"Article","headline":"H"};`},
		{"two values", `{"@type":"WebSite","name":"S"} {"@type":"Article","headline":"H"}`},
		{"comma-separated values", `{"@type":"WebSite","name":"S"}, {"@type":"Article","headline":"H"}`},
		{"JS comments", "{\"@type\":\"Article\", // the type\n/* headline */ \"headline\":\"H\"}"},
		{"garbage after a value", `{"@type":"Article","headline":"H"} }}} not json`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Collector
			c.JSONLD([]byte(tt.raw))
			if md := c.Finish(""); md.Title != "H" || md.Type != "Article" {
				t.Errorf("Title %q Type %q, want H and Article", md.Title, md.Type)
			}
		})
	}
}

func TestJSONLDGarbage(t *testing.T) {
	for _, raw := range []string{"", "null", "[]", "{", `{"@type":`, "[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]",
		`{"@type":["Article",{"x":1},null],"headline":{"a":"b"},"author":[[["deep"]]],"image":{"url":{"url":{"url":{"url":"x"}}}}}`,
		strings.Repeat(`{"@type":"Article",`, 5000)} {
		var c Collector
		c.JSONLD([]byte(raw))
		c.Finish("https://example.com/")
	}
	var c Collector
	huge := []byte(`{"@type":"Article","headline":"` + strings.Repeat("x", maxJSONLDScript) + `"}`)
	c.JSONLD(huge)
	if md := c.Finish(""); md.Title != "" {
		t.Errorf("oversized script was parsed")
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for no date
	}{
		{"2021-03-04T05:06:07Z", "2021-03-04T05:06:07Z"},
		{"2021-03-04T05:06:07.123+02:00", "2021-03-04T05:06:07.123+02:00"},
		{"2021-03-04T05:06:07+0200", "2021-03-04T05:06:07+02:00"},
		{"2021-03-04T05:06:07-05", "2021-03-04T05:06:07-05:00"},
		{"2021-03-04T05:06", "2021-03-04T05:06:00Z"},
		{"2021-03-04T05:06+01:00", "2021-03-04T05:06:00+01:00"},
		{"2021-03-04 05:06:07", "2021-03-04T05:06:07Z"},
		{"2021-03-04 05:06:07 +0100", "2021-03-04T05:06:07+01:00"},
		{"2021-03-04", "2021-03-04T00:00:00Z"},
		{"2021-3-4", "2021-03-04T00:00:00Z"},
		{"2021/03/04", "2021-03-04T00:00:00Z"},
		{"20210304", "2021-03-04T00:00:00Z"},
		{"20210304050607", "2021-03-04T05:06:07Z"},
		{"20211304050607", ""},
		{"Thu, 04 Mar 2021 05:06:07 GMT", "2021-03-04T05:06:07Z"},
		{"Thu, 4 Mar 2021 05:06:07 +0000", "2021-03-04T05:06:07Z"},
		{"March 4, 2021", "2021-03-04T00:00:00Z"},
		{"Mar 4, 2021", "2021-03-04T00:00:00Z"},
		{"march 4th, 2021", "2021-03-04T00:00:00Z"},
		{"Sept 21, 2021", "2021-09-21T00:00:00Z"},
		{"Thursday, March 4, 2021", "2021-03-04T00:00:00Z"},
		{"March 4, 2021 at 5:06 pm", "2021-03-04T17:06:00Z"},
		{"March 4, 2021, 05:06 PM UTC", "2021-03-04T17:06:00Z"},
		{"2021-03-04T05:06:07 UTC", "2021-03-04T05:06:07Z"},
		{"4 March 2021", "2021-03-04T00:00:00Z"},
		{"04 Mar 2021", "2021-03-04T00:00:00Z"},
		{"04.03.2021", "2021-03-04T00:00:00Z"},
		{"4.3.2021 12:30", "2021-03-04T12:30:00Z"},
		{"03/04/2021", "2021-03-04T00:00:00Z"},
		{"25/12/2021", "2021-12-25T00:00:00Z"},
		{"1614834367", "2021-03-04T05:06:07Z"},
		{"1614834367000", "2021-03-04T05:06:07Z"},
		{"0001-01-01T00:00:00Z", ""},
		{"yesterday", ""},
		{"", ""},
		{"12345", ""},
		{"2021-13-45", ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("parseDate(%q) = %v, want no date", tt.in, got)
			}
			continue
		}
		if !ok || !got.Equal(date(tt.want)) {
			t.Errorf("parseDate(%q) = %v, %v; want %s", tt.in, got, ok, tt.want)
		}
	}
}

// TestParseDateOffsetDigits: an offset of hours under ten written
// without its leading zero, as templates that print the offset as a
// number write it, keeps its zone.
func TestParseDateOffsetDigits(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2018-10-29T10:15-500", "2018-10-29T10:15:00-05:00"},
		{"2018-10-29T10:15:00-500", "2018-10-29T10:15:00-05:00"},
		{"2018-10-29T10:15:00+530", "2018-10-29T10:15:00+05:30"},
		{"2018-10-29T10:15:00+5:30", "2018-10-29T10:15:00+05:30"},
		{"2018-10-29T10:15:00-5", "2018-10-29T10:15:00-05:00"},
		{"2018-10-29 10:15:00 +100", "2018-10-29T10:15:00+01:00"},
		{"2018-10-29T10:15:00-0500", "2018-10-29T10:15:00-05:00"},
		{"2018-10-29", "2018-10-29T00:00:00Z"},
		{"2018-10-2", "2018-10-02T00:00:00Z"},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if !ok || got.Format(time.RFC3339) != tt.want {
			t.Errorf("parseDate(%q) = %s, %v; want %s", tt.in, got.Format(time.RFC3339), ok, tt.want)
		}
	}
}

func TestNormLang(t *testing.T) {
	tests := map[string]string{
		"en": "en", "EN": "en", "en_US": "en-US", "en-us": "en-US", "zh-hant-tw": "zh-Hant-TW",
		"es-419": "es-419", "de-AT, de": "de-AT", "und": "", "english": "", "{{lang}}": "", "": "",
		"x": "", "fr-": "fr", "sr_Latn_RS": "sr-Latn-RS",
	}
	for in, want := range tests {
		if got := normLang(in); got != want {
			t.Errorf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDateFromURL(t *testing.T) {
	tests := map[string]string{
		"https://example.com/news/2019/11/19/story-title/123/":                        "2019-11-19",
		"https://example.com/2022/5/3/story.html":                                     "2022-05-03",
		"http://example.com/local/2020-02/19/c_11255.htm":                             "2020-02-19",
		"http://example.com/blog/briefe/2010-10-26-18":                                "2010-10-26",
		"https://example.com/2019_11_05_title":                                        "2019-11-05",
		"https://web.archive.org/web/20140109030403/http://example.com/2013/12/09/x/": "2013-12-09",
		"https://example.com/sports/20190411-OYT1T50287/":                             "2019-04-11",
		"http://example.com/diary/20190211.html":                                      "2019-02-11",
		"http://example.com/n1/2019/0425/c1001-31049302.html":                         "2019-04-25",
		"https://example.com/world/2019/mar/05/story-title":                           "2019-03-05",
		"https://example.com/2019/Sep/5/story":                                        "2019-09-05",
		"https://example.com/2019/may/story":                                          "",
		"https://example.com/2019/feb/30/story":                                       "",
		"https://example.com/item/20191399/":                                          "",
		"https://example.com/item/123456789/":                                         "",
		"https://example.com/2019/1234/story":                                         "",
		"https://example.com/2019/05/story.html":                                      "",
		"https://example.com/artikel/2023/43/story":                                   "",
		"https://example.com/2019/02/30/story":                                        "",
		"https://example.com/1234/12/12/story":                                        "",
		"https://example.com/2019-11-190/":                                            "",
		"https://example.com/news/council-backs-bus-plan-2017-03-15":                  "2017-03-15",
		"https://example.com/nachrichten/stadtrat-stimmt-zu_2017_03_15/":              "2017-03-15",
		"https://example.com/actualites/le-conseil-approuve_20170315.html":            "2017-03-15",
		"https://example.com/noticias/el-ayuntamiento-aprueba-20170315?ref=home":      "2017-03-15",
		"https://example.com/2019/11/19/story-title-20170315":                         "2019-11-19",
		"https://example.com/item/widget-120170315":                                   "",
		"https://example.com/item/widget-20171315":                                    "",
		"https://example.com/item/widget-2017-03":                                     "",
		"https://example.com/item/widget-2017-03-15-4":                                "",
		"https://www.example.com-20170315/":                                           "",
		"":                                                                            "",
	}
	for u, want := range tests {
		got, ok := dateFromURL(u)
		if s := got.Format("2006-01-02"); ok != (want != "") || ok && s != want {
			t.Errorf("dateFromURL(%q) = %s, %v; want %q", u, s, ok, want)
		}
	}
	md := collect(`<meta property="article:modified_time" content="2022-02-02">`, "https://example.com/2019/11/19/story")
	if got := md.Date.Format("2006-01-02"); got != "2019-11-19" {
		t.Errorf("URL date should beat the modification date, got %s", got)
	}
	md = collect(`<time datetime="2018-01-01">`, "https://example.com/2019/11/19/story")
	if got := md.Date.Format("2006-01-02"); got != "2018-01-01" {
		t.Errorf("<time> should beat the URL date, got %s", got)
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct{ title, site, host, want string }{
		{"Headline | Site", "Site", "", "Headline"},
		{"Site | Headline", "Site", "", "Headline"},
		{"Headline - Section - Site", "Site", "", "Headline - Section"},
		{"Spider-Man returns - Site", "Site", "", "Spider-Man returns"},
		{"Python (programming language) - Wikipedia", "", "en.wikipedia.org", "Python (programming language)"},
		{"Election results live – BBC News", "", "www.bbc.co.uk", "Election results live"},
		{"Election results live | Example.com", "", "example.com", "Election results live"},
		{"Headline | Opinion", "", "www.example.com", "Headline | Opinion"},
		{"No separator", "Site", "site.com", "No separator"},
		{"Ab | Site", "Site", "", "Ab | Site"},
		// Forum software's label of a thread's page goes with the site's name.
		{"Harbour Forum • View topic - Which ferry for the island?", "", "forum.harbour.example", "Which ferry for the island?"},
		{"Hafenforum • Thema anzeigen - Welche Fähre zur Insel?", "Hafenforum", "", "Welche Fähre zur Insel?"},
		{"Forum du port • Voir le sujet - Quel ferry pour l'île ?", "Forum du port", "", "Quel ferry pour l'île ?"},
		{"View topic - Which ferry?", "", "", "Which ferry?"},
		{"Thema anzeigen und bearbeiten - Hafenblatt", "Hafenblatt", "", "Thema anzeigen und bearbeiten"},
		// A site that gives its name twice loses both.
		{"Harbour Gazette | HarbourGazette.com - Council backs the park plan", "", "www.harbourgazette.com", "Council backs the park plan"},
		{"Der Stadtrat stimmt zu - Hafenblatt - hafenblatt.de", "Hafenblatt", "www.hafenblatt.de", "Der Stadtrat stimmt zu"},
		{"Le conseil vote le projet · La Gazette · Gazette.fr", "La Gazette", "gazette.fr", "Le conseil vote le projet"},
		// A document's identifier bears the host's label but is no site name.
		{"VULNDB-2018-013542 - Vuln Pedia - 脆弱性対策情報データベース", "", "vulndb.vdb.jp", "VULNDB-2018-013542 - Vuln Pedia - 脆弱性対策情報データベース"},
		{"GAZETTE-2021-0042 – Jahresbericht des Hafenamts", "", "www.gazette.example", "GAZETTE-2021-0042 – Jahresbericht des Hafenamts"},
		{"Gazette 24 | Rapport annuel du port", "", "gazette.example", "Rapport annuel du port"},
		// The site's name after a colon, a full-width colon, an
		// underscore, or in brackets at the end.
		{"Budget talks stall: Daily Planet", "Daily Planet", "", "Budget talks stall"},
		{"市議会が港湾計画を承認：港新聞", "港新聞", "", "市議会が港湾計画を承認"},
		{"市議会が港湾計画を承認：Minato News", "", "www.minato.example", "市議会が港湾計画を承認"},
		{"市议会批准港口规划_港口新闻网", "港口新闻网", "", "市议会批准港口规划"},
		{"市议会批准港口规划_新闻频道_港口新闻网", "港口新闻网", "", "市议会批准港口规划_新闻频道"},
		{"市議会が港湾計画を承認【港新聞】", "港新聞", "", "市議会が港湾計画を承認"},
		{"Budget talks stall (Daily Planet)", "Daily Planet", "", "Budget talks stall"},
		{"Le budget bloque (La Gazette)", "", "www.lagazette.example", "Le budget bloque"},
		// ... and only the site's name.
		{"Brexit: what now", "Daily Planet", "", "Brexit: what now"},
		{"Budget talks stall (part 2)", "Daily Planet", "", "Budget talks stall (part 2)"},
		// A double colon, whose closing ": " is a separator of its own.
		{"Budget talks stall :: Daily Planet", "Daily Planet", "", "Budget talks stall"},
		{"Der Stadtrat stimmt zu :: Hafenblatt", "", "www.hafenblatt.de", "Der Stadtrat stimmt zu"},
		{"Le conseil vote le projet :: La Gazette", "La Gazette", "", "Le conseil vote le projet"},
		{"Rada miasta przyjęła plan :: Gazeta Portowa", "Gazeta Portowa", "", "Rada miasta przyjęła plan"},
		{"Using snake_case names in Python", "Daily Planet", "", "Using snake_case names in Python"},
		{"【速報】市議会が港湾計画を承認", "港新聞", "", "【速報】市議会が港湾計画を承認"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, tt.site, tt.host); got != tt.want {
			t.Errorf("stripSiteName(%q, %q, %q) = %q, want %q", tt.title, tt.site, tt.host, got, tt.want)
		}
	}
}

func TestCollectorTypes(t *testing.T) {
	var c Collector
	c.Element("meta", []html.Attribute{{Key: "property", Val: "og:type"}, {Key: "content", Val: " Product "}})
	c.JSONLD([]byte(`[{"@type":"Product","name":"Mug"},{"@type":["BreadcrumbList","https://schema.org/ItemList"]},{"@type":"product"}]`))
	for i := range 40 {
		c.JSONLD([]byte(`{"@type":"Thing` + string(rune('A'+i%26)) + string(rune('a'+i/26)) + `"}`))
	}
	got := c.Finish("").Types
	want := []string{"og:product", "Product", "BreadcrumbList", "ItemList"}
	if len(got) != maxTypes || !slices.Equal(got[:4], want) {
		t.Errorf("Types = %q, want %q first and %d in all", got, want, maxTypes)
	}
}

func TestDateFromURLIsWeak(t *testing.T) {
	md := collect(`<p>no date</p>`, "https://news.example/2021/03/05/harbour")
	if want := date("2021-03-05T00:00:00Z"); !md.Date.Equal(want) || !md.DateWeak || !md.DateFromURL {
		t.Errorf("Date %v weak %v fromURL %v, want %v from the URL", md.Date, md.DateWeak, md.DateFromURL, want)
	}
}

// The text of an itemprop=headline element ranks as the property's
// content does: after og:title and the JSON-LD headline, before <title>;
// the site's name, which themes mark as their header's headline, is none.
func TestHeadlineText(t *testing.T) {
	tests := []struct{ doc, text, want string }{
		{`<title>Daily Courier</title>`, "Stadtrat stimmt  Ausbau zu", "Stadtrat stimmt Ausbau zu"},
		{`<title>Daily Courier</title><meta property="og:title" content="Le conseil approuve le plan">`, "Autre titre", "Le conseil approuve le plan"},
		{`<title>Daily Courier</title><meta itemprop="headline" content="El consejo aprueba">`, "Otro titular", "El consejo aprueba"},
		{`<title>Outdoor Gear – Daily Courier</title>`, "Daily Courier", "Outdoor Gear"},
		{`<title>Wanderausrüstung | Bergladen</title><meta property="og:site_name" content="Bergladen">`, "Bergladen", "Wanderausrüstung"},
	}
	for _, tt := range tests {
		var c Collector
		feed(&c, tt.doc)
		c.Headline(tt.text)
		if got := c.Finish("https://courier.example/a").Title; got != tt.want {
			t.Errorf("%s + %q: Title = %q, want %q", tt.doc, tt.text, got, tt.want)
		}
	}
}

// A publication date given as a day, without a time, stands at midnight in
// the zone that the page's other dates write (a modification date, a
// <time>), whatever the language of the day's name; without a zone, or
// with an offset of zero, it stays at midnight UTC, and a date given with
// a time keeps its own.
func TestDayInPageZone(t *testing.T) {
	tests := []struct{ doc, want string }{
		{`<meta property="article:published_time" content="2021-03-15"><meta property="article:modified_time" content="2021-03-16T08:00:00-05:00">`,
			"2021-03-15T00:00:00-05:00"},
		{`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-15","dateModified":"2021-03-16T08:00:00+09:00"}</script>`,
			"2021-03-15T00:00:00+09:00"},
		{`<html lang="de"><meta name="date" content="15. März 2021"><time datetime="2021-03-16T08:00:00+01:00">16. März</time>`,
			"2021-03-15T00:00:00+01:00"},
		{`<html lang="fr"><meta name="pubdate" content="15 mars 2021"><meta property="article:modified_time" content="2021-03-16T08:00:00+0100">`,
			"2021-03-15T00:00:00+01:00"},
		{`<html lang="es"><meta property="article:modified_time" content="2021-03-16T08:00:00-03:00"><meta name="date" content="15 de marzo de 2021">`,
			"2021-03-15T00:00:00-03:00"},
		{`<meta property="article:published_time" content="2021-03-15"><meta property="article:modified_time" content="2021-03-16T08:00:00Z">`,
			"2021-03-15T00:00:00Z"},
		{`<meta property="article:published_time" content="2021-03-15">`, "2021-03-15T00:00:00Z"},
		{`<meta property="article:published_time" content="2021-03-15T00:00:00Z"><meta property="article:modified_time" content="2021-03-16T08:00:00-05:00">`,
			"2021-03-15T00:00:00Z"},
		{`<meta property="article:published_time" content="2021-03-15T09:30:00+02:00"><meta property="article:modified_time" content="2021-03-16T08:00:00-05:00">`,
			"2021-03-15T09:30:00+02:00"},
	}
	for _, tt := range tests {
		if got := collect(tt.doc, "https://courier.example/a").Date.Format(time.RFC3339); got != tt.want {
			t.Errorf("%s: Date = %s, want %s", tt.doc, got, tt.want)
		}
	}
}
