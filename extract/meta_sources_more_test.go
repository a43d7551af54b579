package extract

import (
	"strings"
	"testing"
)

// The shapes that each metadata source takes on real pages beyond the
// plainest: other date notations, author lists, microdata that prints its
// value as text.

// Date values in the notations metas and JSON-LD use, and microdata whose
// element prints the date as text.
func TestDateSourceNotations(t *testing.T) {
	sources := []struct{ name, head, header, url string }{
		{"JSON-LD millis Z", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"%H","datePublished":"2021-03-15T09:30:00.000Z"}</script>`, "", ""},
		{"JSON-LD space time", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"%H","datePublished":"2021-03-15 09:30:00"}</script>`, "", ""},
		{"JSON-LD offset no colon", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"%H","datePublished":"2021-03-15T09:30:00+0100"}</script>`, "", ""},
		{"JSON-LD array", `<script type="application/ld+json">[{"@type":"WebPage","name":"x"},{"@type":"NewsArticle","headline":"%H","datePublished":"2021-03-15T09:30:00Z"}]</script>`, "", ""},
		{"RFC 1123 meta", `<meta name="pubdate" content="Mon, 15 Mar 2021 09:30:00 GMT">`, "", ""},
		{"og:article:published_time", `<meta property="og:article:published_time" content="2021-03-15T09:30:00Z">`, "", ""},
		{"citation_online_date", `<meta name="citation_online_date" content="2021/03/15">`, "", ""},
		{"itemprop text", "", `<div class="meta"><span itemprop="datePublished">15 March 2021</span></div>`, ""},
		{"itemprop content on span", "", `<div class="meta"><span itemprop="datePublished" content="2021-03-15T09:30:00+01:00">15 March</span></div>`, ""},
		{"time text only", "", `<div class="meta"><time>15 March 2021</time></div>`, ""},
		{"time title", "", `<div class="meta"><abbr class="timeago published" title="2021-03-15T09:30:00Z">3 days ago</abbr></div>`, ""},
		{"URL compact", "", "", "https://courier.example/news/20210315/council-bus"},
		{"URL with article id", "", "", "https://courier.example/2021/03/15/123456/council-bus.html"},
	}
	for _, s := range sources {
		h := headlineOf("en")
		u := sourceURL
		if s.url != "" {
			u = s.url
		}
		got := sourceDay(t, sourcePage("en", h, strings.ReplaceAll(s.head, "%H", h), "<h1>"+h+"</h1>", s.header), u)
		if got != sourceDate {
			t.Errorf("%s: Date = %q, want %q", s.name, got, sourceDate)
		}
	}
}

// Author sources that name two people, and bylines that do, in several
// languages, give both names.
func TestAuthorSourcesTwo(t *testing.T) {
	sources := []struct{ lang, name, head, header string }{
		{"en", "JSON-LD two", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"%H","author":[{"@type":"Person","name":"Maria Keller"},{"@type":"Person","name":"Jan Novak"}]}</script>`, ""},
		{"en", "JSON-LD graph two @id", `<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"%H","author":[{"@id":"#p1"},{"@id":"#p2"}]},{"@type":"Person","@id":"#p1","name":"Maria Keller"},{"@type":"Person","@id":"#p2","name":"Jan Novak"}]}</script>`, ""},
		{"en", "byline and", "", `<p class="byline">By Maria Keller and Jan Novak</p>`},
		{"de", "byline und", "", `<p class="byline">Von Maria Keller und Jan Novak</p>`},
		{"fr", "byline et", "", `<p class="byline">Par Maria Keller et Jan Novak</p>`},
		{"es", "byline y", "", `<p class="byline">Por Maria Keller y Jan Novak</p>`},
		{"it", "byline e", "", `<p class="byline">Di Maria Keller e Jan Novak</p>`},
		{"nl", "byline en", "", `<p class="byline">Door Maria Keller en Jan Novak</p>`},
		{"en", "two rel author", "", `<div class="meta">By <a rel="author" href="/authors/maria-keller">Maria Keller</a> and <a rel="author" href="/authors/jan-novak">Jan Novak</a></div>`},
	}
	for _, s := range sources {
		h := headlineOf(s.lang)
		res, err := FromBytes(sourcePage(s.lang, h, strings.ReplaceAll(s.head, "%H", h), "<h1>"+h+"</h1>", s.header), Options{URL: sourceURL})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(res.Author, "Maria Keller") || !strings.Contains(res.Author, "Jan Novak") {
			t.Errorf("%s %s: Author = %q, want both names", s.lang, s.name, res.Author)
		}
	}
}

// Bylines that carry the date or the desk beside the name give the name
// alone.
func TestAuthorBylineExtras(t *testing.T) {
	sources := []struct{ lang, header string }{
		{"en", `<p class="byline">By Maria Keller | March 15, 2021</p>`},
		{"en", `<p class="byline">By Maria Keller, Staff Writer</p>`},
		{"en", `<div class="meta"><span class="author">Maria Keller</span> · <time datetime="2021-03-15">March 15, 2021</time></div>`},
		{"de", `<p class="byline">Von Maria Keller, 15.03.2021, 09:30 Uhr</p>`},
		{"fr", `<p class="byline">Par Maria Keller le 15 mars 2021</p>`},
		{"es", `<p class="byline">Por Maria Keller el 15 de marzo de 2021</p>`},
		{"pt", `<p class="byline">Por Maria Keller em 15 de março de 2021</p>`},
		{"nl", `<p class="byline">Door Maria Keller op 15 maart 2021</p>`},
		{"it", `<p class="byline">Di Maria Keller il 15 marzo 2021</p>`},
		{"ru", `<p class="byline">Автор: Maria Keller, 15 марта 2021</p>`},
		{"pl", `<p class="byline">Autor: Maria Keller, 15.03.2021</p>`},
		{"ja", `<p class="byline">文：Maria Keller　2021年3月15日</p>`},
	}
	for _, s := range sources {
		h := headlineOf(s.lang)
		res, err := FromBytes(sourcePage(s.lang, h, "", "<h1>"+h+"</h1>", s.header), Options{URL: sourceURL})
		if err != nil {
			t.Fatal(err)
		}
		if res.Author != sourceAuthor {
			t.Errorf("%s %s: Author = %q, want %q", s.lang, s.header, res.Author, sourceAuthor)
		}
	}
}

// Titles from sources beside a <title> that is the site's name, and
// <title>s that add the site's name in brackets or a section before it.
func TestTitleSourceShapes(t *testing.T) {
	h := headlineOf("en")
	sources := []struct{ name, title, head string }{
		{"title bracket site", h + " (Daily Courier)", ""},
		{"title two site parts", h + " | News | Daily Courier", `<meta property="og:site_name" content="Daily Courier">`},
		{"og:title with site tail", "Daily Courier", `<meta property="og:title" content="` + h + ` | Daily Courier">`},
		{"JSON-LD name", "Daily Courier", `<script type="application/ld+json">{"@type":"BlogPosting","name":"` + h + `"}</script>`},
		{"itemprop meta headline", "Daily Courier", `<meta itemprop="headline" content="` + h + `">`},
	}
	for _, s := range sources {
		res, err := FromBytes(sourcePage("en", s.title, s.head, "", ""), Options{URL: sourceURL})
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != h {
			t.Errorf("%s: Title = %q, want %q", s.name, res.Title, h)
		}
	}
}
