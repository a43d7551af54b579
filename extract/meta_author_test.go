package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// page wraps a headline, a byline and an article into a synthetic page.
func page(head, header, body string) []byte {
	return []byte("<!DOCTYPE html><html><head>" + head + "</head><body><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>" +
		"<article><h1>Council agrees to study the harbour park plan</h1>" + header + body + "</article>" +
		"<footer><p>© 2024 The Harbour Gazette</p></footer></body></html>")
}

// credits is a menu of the site's writers after an article, which
// prints a writer's name outside the text.
func credits(name string) string {
	return `<nav class="writers"><ul><li><a href="/writers/1">` + name + `</a></li><li><a href="/writers/2">Pat Filer</a></li></ul></nav>`
}

func TestAuthorFromBody(t *testing.T) {
	tests := []struct {
		name, head, header, body, want string
	}{
		{"rel=author links", "", `<div class="meta"><a rel="author" href="/p/jane">Jane Doe</a> and <a rel="author" href="/p/john">John Roe</a></div>`, articleBody,
			"Jane Doe and John Roe"},
		{"rel=author links listed", "", `<div class="meta"><a rel="author" href="/p/jane">Jane Doe</a>, <a rel="author" href="/p/john">John Roe</a></div>`, articleBody,
			"Jane Doe, John Roe"},
		{"JSON-LD authors as the byline prints them", `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Max Mustermann"},{"@type":"Person","name":"Erika Musterfrau"}]}</script>`,
			`<p class="byline">Von Max Mustermann und Erika Musterfrau</p>`, articleBody, "Max Mustermann und Erika Musterfrau"},
		{"link to the author's page", "", `<div class="meta"><a href="/author/jane-doe/"><img src="/j.png" alt="">Jane Doe</a> · Review Editor</div>`, articleBody,
			"Jane Doe"},
		{"link to the author's page in German", "", `<div><span>Ein Beitrag von</span> <a href="https://zeitung.example/autoren/max-mustermann">Max Mustermann</a></div>`, articleBody,
			"Max Mustermann"},
		{"link to the author's page in Spanish", "", `<div><a href="/autores/maria-garcia?ref=nota">María García</a></div>`, articleBody,
			"María García"},
		{"a reviewer linked beside the author is not one", "", `<div class="author-line">By <a href="/author/jane-doe">Jane Doe, DVM</a>. Reviewed by <a href="/author/john-roe">John Roe, DVM</a></div>`, articleBody,
			"Jane Doe"},
		{"a photographer linked beside the author in German is not one", "", `<p class="byline">Von <a rel="author" href="/p/max">Max Mustermann</a>, Fotos von <a rel="author" href="/p/erika">Erika Musterfrau</a></p>`, articleBody,
			"Max Mustermann"},
		{"link to the authors' index is none", "", `<div><a href="/authors/">Our Writers</a></div>`, articleBody,
			""},
		{"itemprop=author text", "", `<p>Par <span itemprop="author">Jeanne Dupont</span>, le 3 mars 2021</p>`, articleBody,
			"Jeanne Dupont"},
		{"byline class", "", `<div class="article-byline">Von Max Mustermann, Redakteur</div>`, articleBody,
			"Max Mustermann"},
		{"author class with a label", "", `<div class="post-author"><span>Written by</span><br><a href="/a/jd">Jane Doe</a><br>Senior Business Writer</div>`, articleBody,
			"Jane Doe"},
		{"By line without markup", "", `<p>Por María García y José López</p>`, articleBody,
			"María García y José López"},
		{"Di line", "", `<p>Di Mario Rossi</p>`, articleBody, "Mario Rossi"},
		{"Door line", "", `<p>Door Jan de Vries | 3 maart 2021</p>`, articleBody, "Jan de Vries"},
		{"Russian author class", "", `<div class="article-author">Автор: Иван Петров</div>`, articleBody, "Иван Петров"},
		{"Japanese byline", "", `<p class="byline">著者：山田太郎</p>`, articleBody, "山田太郎"},
		{"Written by line in Spanish", "", `<p>Escrito por María García</p>`, articleBody, "María García"},
		{"Published by line in French", "", `<p>Publié par Jeanne Dupont le 3 mars 2021</p>`, articleBody, "Jeanne Dupont"},
		{"A cura di line", "", `<p>A cura di Marco Rossi</p>`, articleBody, "Marco Rossi"},
		{"Written by line in Dutch", "", `<p>Geschreven door Jan de Vries</p>`, articleBody, "Jan de Vries"},
		{"Chinese reporter's byline", "", `<p class="byline">记者：张伟　2024-03-05 10:00</p>`, articleBody, "张伟"},
		{"Chinese byline with a slash", "", `<p class="byline">文/张伟</p>`, articleBody, "张伟"},
		{"Japanese writer's byline", "", `<p class="byline">執筆：山田太郎</p>`, articleBody, "山田太郎"},
		{"byline in brackets with the paper, Japanese", "", `<div id="byline">[<a href="/author/yamada">山田太郎</a>，Gazette]</div>`, articleBody, "山田太郎"},
		{"byline in brackets with the paper", "", `<div class="byline">[Jane Doe, Harbour Gazette]</div>`, articleBody, "Jane Doe"},
		{"Japanese name and job title before the date", "", `<p class="byline">山田太郎記者　2024年3月5日 10時00分</p>`, articleBody, "山田太郎"},
		{"Japanese press conference line names no author", "", `<p>記者会見で市長が説明</p>`, articleBody, ""},
		{"Chinese source, author and date on one line", "", `<p class="byline">2024-03-05 10:00　来源：港口日报　作者：张伟</p>`, articleBody, "张伟"},
		{"source before the byline", "", `<p>Source: Harbour Wire | By Jane Doe</p>`, articleBody, "Jane Doe"},
		{"a field line names no author", "", `<p>Source: Harbour Wire | Photo: John Roe</p>`, articleBody, ""},
		{"Japanese writer's byline, label and reading", "", `<p class="byline">ライター：山田太郎（やまだ・たろう）</p>`, articleBody, "山田太郎"},
		{"date before the name", "", `<div class="byline"><span>March 3, 2021</span><span>Jane Doe</span></div>`, articleBody, "Jane Doe"},
		{"site name in metadata, person on the page", `<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Harbour Gazette">`,
			`<p class="byline">By Jane Doe</p>`, articleBody, "Jane Doe"},
		// The metadata's person wins where the page prints her name too;
		// see TestAuthorUnprintedInMetadata for one it never prints.
		{"metadata person wins", `<meta name="author" content="Jane Doe">`, `<p class="byline">By John Roe</p>`, articleBody + credits("Jane Doe"), "Jane Doe"},
		{"author box after the article", "", "", articleBody + `<div class="author-box"><h4 class="author-name">Jane Doe</h4><p>Jane writes about cities.</p></div>`,
			"Jane Doe"},
		{"comment authors are not the article's", "", "", articleBody + `<section class="comments"><div class="comment"><span class="comment-author">Troll Person</span><p>First!</p></div></section>`,
			""},
		{"forum user name", "", `<p class="thread-meta">Discussion started by <a href="/members/sea_dog.81/" class="username">sea_dog</a></p>`, articleBody,
			"sea_dog"},
		{"date then by", "", `<div class="node-meta"><time>03/01/2017</time> by Jane Doe, Candidate Representative</div>`, articleBody,
			"Jane Doe"},
		{"label then name", "", `<div class="info"><h3>Author</h3><p>Jane Doe</p></div>`, articleBody, "Jane Doe"},
		{"Written by line after the article", "", "", articleBody + `<div><p>Written by Jane Doe and John Roe</p><p>Jane and John cover the city.</p></div>`,
			"Jane Doe and John Roe"},
		{"newsroom in metadata, person on the page", `<meta name="author" content="Gazette Staff">`, `<p>By Jane Doe</p>`, articleBody, "Jane Doe"},
		{"newsroom in metadata, nobody on the page", `<meta name="author" content="Gazette Staff">`, "", articleBody, "Gazette Staff"},
		{"person credited with her newsroom in metadata", `<meta name="author" content="Jane Doe | The Harbour Newsroom">`, `<p class="byline">By John Roe</p>`, articleBody + credits("Jane Doe"),
			"Jane Doe | The Harbour Newsroom"},
		{"person credited with his Redaktion in metadata", `<meta name="author" content="Max Mustermann, Redaktion Hafen">`, `<p>Von Erika Musterfrau</p>`, articleBody + credits("Max Mustermann"),
			"Max Mustermann, Redaktion Hafen"},
		{"byline crediting the paper", "", `<p class="byline">By Jane Doe, The Gazette</p>`, articleBody, "Jane Doe"},
		{"byline crediting the newsroom, in German", "", `<p class="byline">Von Max Mustermann, Redaktion Hafen</p>`, articleBody, "Max Mustermann"},
		{"byline crediting the paper after two people", "", `<p class="byline">Par Jeanne Dupont, Paul Martin, Gazette</p>`, articleBody, "Jeanne Dupont, Paul Martin"},
		{"byline crediting the wire agency", "", `<p class="byline">By Jane Doe and John Roe, Associated Press</p>`, articleBody, "Jane Doe and John Roe"},
		{"byline crediting another paper, in German", "", `<p class="byline">Von Max Mustermann und Erika Musterfrau, Hafen Zeitung</p>`, articleBody, "Max Mustermann und Erika Musterfrau"},
		{"a photographer is not the author", "", `<p class="byline">Photo by John Roe</p>`, articleBody, ""},
		{"microdata Person's name beside its reputation", "", `<div itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/users/7/sea-dog" itemprop="url">sea_dog</a><meta itemprop="name" content="sea_dog"><div class="flair">14,610 reputation · 4 gold badges · 31 silver badges</div></div>`, articleBody,
			"sea_dog"},
		{"microdata Person's name in a span, in German", "", `<div itemprop="author" itemscope><img src="/a.png" alt=""><span itemprop="name">Max Mustermann</span><span>Mitglied seit 2019 · 1.430 Beiträge</span></div>`, articleBody,
			"Max Mustermann"},
		{"byline parts parted by a bullet", "", `<div class="meta"><span><a href="/search?q=jane">by Jane Doe</a></span> <span>● December 23, 2025 ●</span></div>`, articleBody,
			"Jane Doe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page(tt.head, tt.header, tt.body), Options{URL: "https://gazette.example/2024/03/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
			if tt.header != "" && tt.want != "" && strings.Contains(res.Text, tt.want) {
				t.Errorf("the byline stays in the text:\n%s", res.Text)
			}
		})
	}
}

func TestAuthorOwnsTheDomain(t *testing.T) {
	tests := []struct{ name, url, head, want string }{
		{"writer's domain, newsletter's name", "https://www.janedoe.example/2024/03/harbour",
			`<meta property="og:site_name" content="Field Notes"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">`, "Jane Doe"},
		{"German writer's domain", "https://max-mustermann.example/hafen",
			`<meta property="og:site_name" content="Stadtnotizen"><meta name="author" content="Max Mustermann">`, "Max Mustermann"},
		{"the site's own name stays an organisation", "https://www.fieldnotes.example/2024/03/harbour",
			`<meta property="og:site_name" content="Field Notes"><meta name="author" content="Field Notes">`, "Jane Roe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := articleBody + `<div class="card"><span class="card-author">Jane Roe</span><span>Field Notes</span></div>`
			res, err := FromBytes(page(tt.head, "", body), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}

func TestAuthorAboveTextWithoutHeadline(t *testing.T) {
	post := func(author, text string) string {
		return `<div class="post"><div class="post-author">` + author + `</div><div class="post-body"><p>` + text + `</p></div></div>`
	}
	tests := []struct{ name, first, second, want string }{
		{"thread starter above the first post", "Jane Doe", "John Roe", "Jane Doe"},
		{"German byline above the text", "Von Max Mustermann", "Von Erika Musterfrau", "Max Mustermann"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `<!DOCTYPE html><html><head><title>Harbour park plan thread</title></head><body>` +
				`<nav><a href="/">Home</a> <a href="/forum">Forum</a></nav><main>` +
				post(tt.first, strings.Repeat("The council met on Tuesday evening to discuss the plan for the old harbour, which has stood empty for a decade. ", 4)) +
				post(tt.second, "I agree with every word of this, and the market would bring people back to the harbour on weekends.") +
				`</main><footer><p>© 2024 Harbour Forum</p></footer></body></html>`
			res, err := FromBytes([]byte(doc), Options{URL: "https://forum.example/t/harbour-park"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}

// A thread's starter, named above the thread's title, is its author; on
// an article the byline under the headline comes first.
func TestThreadStarterAboveTitle(t *testing.T) {
	doc := `<html><head><title>Harbour park plan</title></head><body><main>` +
		`<div class="thread-meta"><span class="username">sea_dog</span></div>` +
		`<h1>Harbour park plan</h1>` +
		`<div class="post"><div class="post-author">Jane Doe</div><p>` + strings.Repeat("The council met on Tuesday evening to discuss the plan. ", 5) + `</p></div>` +
		`<div class="post"><div class="post-author">John Roe</div><p>I agree with every word of this.</p></div>` +
		`</main></body></html>`
	tests := []struct {
		thread bool
		want   string
	}{{true, "sea_dog"}, {false, "Jane Doe"}}
	for _, tt := range tests {
		s := segmentHTML([]byte(doc), "", Limits{}.withDefaults(), nil, false)
		s.setTexts()
		resolveHints(s, false)
		blocks := s.blocks
		for i := range blocks {
			if blocks[i].Tag == "h1" {
				blocks[i].Drop(boilerplate.ReasonTitle)
			}
		}
		if got := bodyAuthor(s, blocks, false, tt.thread); got != tt.want {
			t.Errorf("thread %v: bodyAuthor = %q, want %q", tt.thread, got, tt.want)
		}
		s.release()
	}
}

// TestAuthorNotFromTeasers: the bylines of a list of stories after the
// article name other articles' writers.
func TestAuthorNotFromTeasers(t *testing.T) {
	card := func(title, line string) string {
		return `<div class="card"><h3><a href="/s">` + title + `</a></h3><p class="meta">` + line + `</p></div>`
	}
	tests := []struct{ name, after, want string }{
		{"two teaser bylines", `<section><h2>More stories</h2>` + card("Ferry timetable changes", "October 28, 2025 by Pat Filer | Transport") +
			card("New library hours", "September 30, 2025 by Pat Filer | Culture") + `</section>`, ""},
		{"one byline line", `<p class="meta">October 28, 2025 by Jane Doe | Council</p>`, "Jane Doe"},
	}
	var long strings.Builder
	for i := range 30 {
		fmt.Fprintf(&long, "<p>Item %d of the study: the members asked the council's officers to weigh the costs of the park against those of the market and to report back to the committee.</p>", i+1)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `<!DOCTYPE html><html><head></head><body><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>` +
				`<main><article><h1>Council agrees to study the harbour park plan</h1>` + long.String() + `</article>` + tt.after + `</main>` +
				`<footer><p>© 2024 The Harbour Gazette</p></footer></body></html>`
			res, err := FromBytes([]byte(doc), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}
