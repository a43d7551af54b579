package meta

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// BenchmarkCollector measures one page's metadata: the calls a segmenter
// makes for a typical news page head (two dozen metas, a canonical link, a
// 6 KB JSON-LD graph with the article body).
func BenchmarkCollector(b *testing.B) {
	type call struct {
		tag   string
		attrs []html.Attribute
	}
	meta := func(k, key, v string) call {
		return call{"meta", []html.Attribute{{Key: k, Val: key}, {Key: "content", Val: v}}}
	}
	calls := []call{
		{"html", []html.Attribute{{Key: "lang", Val: "en-US"}}},
		meta("property", "og:title", "Rain returns to the valley"),
		meta("property", "og:site_name", "Valley Gazette"),
		meta("property", "og:description", "The first storms in months arrived on Tuesday."),
		meta("name", "description", "The first storms in months arrived on Tuesday."),
		meta("property", "og:image", "/img/storm.jpg"),
		meta("property", "og:url", "https://gazette.example/news/rain"),
		meta("property", "article:published_time", "2023-05-02T08:30:00+01:00"),
		meta("property", "article:modified_time", "2023-05-03T10:00:00+01:00"),
		meta("name", "author", "Jane Doe"),
		meta("name", "keywords", "rain, drought, valley, farming, weather"),
		meta("name", "twitter:card", "summary_large_image"),
		meta("name", "twitter:title", "Rain returns to the valley"),
		meta("name", "viewport", "width=device-width, initial-scale=1"),
		meta("name", "robots", "max-image-preview:large"),
		{"link", []html.Attribute{{Key: "rel", Val: "canonical"}, {Key: "href", Val: "/news/rain"}}},
		{"time", []html.Attribute{{Key: "datetime", Val: "2023-05-02T08:30:00+01:00"}}},
	}
	for i := 0; i < 8; i++ {
		calls = append(calls, call{"link", []html.Attribute{{Key: "rel", Val: "stylesheet"}, {Key: "href", Val: "/css/site.css"}}})
	}
	body := strings.Repeat("The first storms in months arrived on Tuesday, and farmers cheered. ", 80)
	jsonld := []byte(`{"@context":"https://schema.org","@graph":[
		{"@type":"WebSite","@id":"https://gazette.example/#site","name":"Valley Gazette"},
		{"@type":"Organization","@id":"https://gazette.example/#org","name":"Valley Gazette","logo":{"@type":"ImageObject","url":"/logo.png"}},
		{"@type":"Person","@id":"https://gazette.example/#jane","name":"Jane Doe"},
		{"@type":"NewsArticle","headline":"Rain returns to the valley","datePublished":"2023-05-02T08:30:00+01:00",
		 "author":{"@id":"https://gazette.example/#jane"},"publisher":{"@id":"https://gazette.example/#org"},
		 "image":[{"@type":"ImageObject","url":"https://gazette.example/img/storm.jpg"}],
		 "keywords":["rain","drought"],"articleBody":"` + body + `"}]}`)
	b.SetBytes(int64(len(jsonld)))
	b.ReportAllocs()
	for b.Loop() {
		var c Collector
		for _, cl := range calls {
			c.Element(cl.tag, cl.attrs)
		}
		c.Title("Rain returns to the valley | Valley Gazette")
		c.JSONLD(jsonld)
		c.Finish("https://gazette.example/news/rain?ref=home")
	}
}
