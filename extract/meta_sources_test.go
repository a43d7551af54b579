package extract

import (
	"strings"
	"testing"
)

// Synthetic article pages for each metadata source a real page may use,
// in twelve languages: every source alone must give the title, the
// author or the date.

// sourceBodies are three paragraphs of an article for the languages
// breadthBodies lacks.
var sourceBodies = map[string][3]string{
	"it": {"Il consiglio comunale ha votato martedì l'ampliamento della rete di autobus nei quartieri settentrionali, un piano discusso da più di tre anni che i residenti considerano atteso da tempo.",
		"Secondo la proposta, dodici nuove linee apriranno la prossima primavera e la frequenza sulle linee più affollate raddoppierà nelle ore di punta, ha comunicato il dipartimento dei trasporti.",
		"I critici sostengono che il costo dell'ampliamento sia stato sottostimato e che il denaro sarebbe speso meglio per riparare le strade, molte delle quali sono in cattive condizioni dopo l'inverno."},
	"pt": {"A câmara municipal votou na terça-feira a ampliação da rede de autocarros nos bairros do norte, um plano debatido há mais de três anos e que os moradores consideram muito atrasado.",
		"De acordo com a proposta, doze novas linhas vão abrir na próxima primavera e a frequência nas linhas mais movimentadas vai duplicar nas horas de ponta, segundo o departamento de transportes.",
		"Os críticos afirmam que o custo da ampliação foi subestimado e que o dinheiro seria mais bem gasto na reparação das estradas, muitas das quais estão em mau estado depois do inverno."},
	"nl": {"De gemeenteraad heeft dinsdag ingestemd met de uitbreiding van het busnetwerk in de noordelijke wijken, een plan waarover al meer dan drie jaar wordt gediscussieerd en dat bewoners hard nodig vinden.",
		"Volgens het voorstel gaan volgend voorjaar twaalf nieuwe lijnen open en wordt de frequentie op de drukste lijnen in de spits verdubbeld, aldus de afdeling verkeer en vervoer van de gemeente.",
		"Critici vinden dat de kosten van de uitbreiding zijn onderschat en dat het geld beter besteed zou kunnen worden aan het herstel van de wegen, waarvan er veel na de winter in slechte staat zijn."},
	"pl": {"Rada miejska zagłosowała we wtorek za rozbudową sieci autobusowej w północnych dzielnicach, planem dyskutowanym od ponad trzech lat, który mieszkańcy uważają za od dawna potrzebny.",
		"Zgodnie z propozycją dwanaście nowych linii zostanie uruchomionych wiosną przyszłego roku, a częstotliwość kursów na najbardziej obleganych liniach podwoi się w godzinach szczytu, podał wydział transportu.",
		"Krytycy twierdzą, że koszty rozbudowy zostały niedoszacowane i że pieniądze lepiej byłoby przeznaczyć na remont dróg, z których wiele jest po zimie w złym stanie technicznym."},
	"tr": {"Belediye meclisi salı günü kuzey ilçelerindeki otobüs ağının genişletilmesini oyladı; üç yılı aşkın süredir tartışılan plan, bölge sakinlerine göre çoktan hayata geçirilmeliydi.",
		"Teklife göre gelecek bahar on iki yeni hat açılacak ve en yoğun hatlarda sefer sıklığı sabah ve akşam saatlerinde iki katına çıkacak; bilgi ulaşım dairesi tarafından verildi.",
		"Eleştirmenler genişletmenin maliyetinin olduğundan düşük hesaplandığını ve paranın kıştan sonra kötü durumda olan yolların onarımına harcanmasının daha doğru olacağını savunuyor."},
	"ja": {"市議会は火曜日、北部地区のバス路線網を拡大する計画を可決した。この計画は三年以上にわたって議論されてきたもので、住民の多くは長い間待ち望んでいたと話している。",
		"提案によると、来年の春に十二の新しい路線が開設され、最も混雑する路線では朝と夕方のラッシュ時に運行本数が倍増する予定だと交通局は説明している。",
		"一方で批判的な人々は、拡大にかかる費用が過小に見積もられており、冬の後に傷んだ道路の補修に予算を使うべきだと主張しており、議論は今後も続きそうだ。"},
	"zh": {"市议会周二投票通过了扩大北部地区公交网络的计划，这一计划已经讨论了三年多，居民们表示早就应该实施了，许多人对此表示欢迎。",
		"根据该提案，明年春天将开通十二条新线路，最繁忙线路在早晚高峰时段的班次将增加一倍，交通部门在声明中表示新的时刻表将提前公布。",
		"批评者认为，扩建的成本被低估了，这笔钱最好用于修复道路，因为许多道路在冬季过后状况很差，需要尽快维修以保证行车安全。"},
}

// sourceHeadlines are the headlines for sourceBodies' languages.
var sourceHeadlines = map[string]string{"it": "Il consiglio approva l'ampliamento della rete di autobus",
	"pt": "Câmara aprova ampliação da rede de autocarros", "nl": "Gemeenteraad stemt in met uitbreiding busnetwerk",
	"pl": "Rada miejska zatwierdza rozbudowę sieci autobusowej", "tr": "Meclis otobüs ağının genişletilmesini onayladı",
	"ja": "市議会、バス路線網の拡大を可決", "zh": "市议会批准扩大公交网络"}

// sourceLangs are the languages every source is tried in.
var sourceLangs = []string{"en", "de", "fr", "es", "it", "pt", "nl", "ru", "ja", "zh", "pl", "tr"}

// headlineOf returns lang's headline.
func headlineOf(lang string) string {
	if h, ok := breadthHeadlines[lang]; ok {
		return h
	}
	return sourceHeadlines[lang]
}

// sourcePage is an article page in lang: head goes into <head>, article
// at the top of the <article> (before its h1, if any, and paragraphs).
func sourcePage(lang, title, head, h1, header string) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>` + title + `</title>` + head + `</head><body>`)
	b.WriteString(`<header class="site-header"><a href="/">Daily Courier</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>`)
	b.WriteString(`<main><article>`)
	if h1 != "" {
		b.WriteString(h1)
	}
	b.WriteString(header + `<div class="article-body">`)
	body, ok := breadthBodies[lang]
	if !ok {
		body = sourceBodies[lang]
	}
	for _, p := range body {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</div></article></main><aside><h3>Most read</h3><ul><li><a href="/a">Storm closes schools</a></li><li><a href="/b">Mayor resigns</a></li></ul></aside><footer>© 2021 Daily Courier</footer></body></html>`)
	return []byte(b.String())
}

// sourceURL is the address every source page is read at.
const sourceURL = "https://courier.example/news/council-bus"

// Each title source alone gives the headline: the <title> is the site's
// name, and no plain h1 prints the headline.
func TestTitleSources(t *testing.T) {
	sources := []struct{ name, head, h1 string }{
		{"og:title", `<meta property="og:title" content="%H">`, ""},
		{"twitter:title", `<meta name="twitter:title" content="%H">`, ""},
		{"JSON-LD headline", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%H","datePublished":"2021-03-15"}</script>`, ""},
		{"JSON-LD graph headline", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"/#site","name":"Daily Courier"},{"@type":"Article","headline":"%H","isPartOf":{"@id":"/#site"}}]}</script>`, ""},
		{"DC.title", `<meta name="DC.title" content="%H">`, ""},
		{"dcterms.title", `<meta name="dcterms.title" content="%H">`, ""},
		{"citation_title", `<meta name="citation_title" content="%H">`, ""},
		{"parsely-title", `<meta name="parsely-title" content="%H">`, ""},
		{"itemprop headline", "", `<h1 itemprop="headline">%H</h1>`},
		{"h1.entry-title", "", `<h1 class="entry-title">%H</h1>`},
		{"h1.p-name", "", `<h1 class="p-name">%H</h1>`},
		{"h3.post-title.entry-title", "", `<h3 class="post-title entry-title">%H</h3>`},
	}
	for _, lang := range sourceLangs {
		h := headlineOf(lang)
		for _, s := range sources {
			head := strings.ReplaceAll(s.head, "%H", h)
			h1 := strings.ReplaceAll(s.h1, "%H", h)
			res, err := FromBytes(sourcePage(lang, "Daily Courier", head, h1, ""), Options{URL: sourceURL})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != h {
				t.Errorf("%s %s: Title = %q, want %q", lang, s.name, res.Title, h)
			}
		}
	}
}

// A <title> that adds the site's name before or after the headline with
// any common separator gives the headline alone.
func TestTitleSiteNameSeparators(t *testing.T) {
	seps := []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " ~ ", " › ", " • ", " || ", " « "}
	for _, lang := range sourceLangs {
		h := headlineOf(lang)
		for _, sep := range seps {
			for _, title := range []string{h + sep + "Daily Courier", "Daily Courier" + sep + h} {
				head := `<meta property="og:site_name" content="Daily Courier">`
				res, err := FromBytes(sourcePage(lang, title, head, "", ""), Options{URL: sourceURL})
				if err != nil {
					t.Fatal(err)
				}
				if res.Title != h {
					t.Errorf("%s %q: Title = %q, want %q", lang, title, res.Title, h)
				}
			}
		}
	}
}

// sourceAuthor is the author every author source names.
const sourceAuthor = "Maria Keller"

// authorFolders are the folders of authors' pages in each language's
// sites.
var authorFolders = map[string]string{"en": "author", "de": "autor", "fr": "auteur", "es": "autores", "it": "autore",
	"pt": "autor", "nl": "auteur", "ru": "avtor", "ja": "author", "zh": "author", "pl": "autorzy", "tr": "yazar"}

// Each author source alone gives the author.
func TestAuthorSources(t *testing.T) {
	sources := []struct{ name, head, header string }{
		{"JSON-LD Person", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%H","author":{"@type":"Person","name":"Maria Keller"}}</script>`, ""},
		{"JSON-LD array", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%H","author":[{"@type":"Person","name":"Maria Keller"}]}</script>`, ""},
		{"JSON-LD graph @id", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"%H","author":{"@id":"https://courier.example/#/schema/person/1"}},{"@type":"Person","@id":"https://courier.example/#/schema/person/1","name":"Maria Keller"}]}</script>`, ""},
		{"JSON-LD string", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"%H","author":"Maria Keller"}</script>`, ""},
		{"meta author", `<meta name="author" content="Maria Keller">`, ""},
		{"article:author", `<meta property="article:author" content="Maria Keller">`, ""},
		{"parsely-author", `<meta name="parsely-author" content="Maria Keller">`, ""},
		{"sailthru.author", `<meta name="sailthru.author" content="Maria Keller">`, ""},
		{"DC.creator", `<meta name="DC.creator" content="Maria Keller">`, ""},
		{"dcterms.creator", `<meta name="dcterms.creator" content="Maria Keller">`, ""},
		{"citation_author", `<meta name="citation_author" content="Maria Keller">`, ""},
		{"rel author", "", `<div class="meta"><a rel="author" href="/authors/maria-keller">Maria Keller</a></div>`},
		{"itemprop author name", "", `<div class="meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Maria Keller</span></div>`},
		{"hAtom vcard", "", `<div class="entry-meta"><span class="author vcard"><a class="url fn n" href="/author/maria">Maria Keller</a></span></div>`},
		{"h-entry h-card", "", `<div class="entry-meta"><a class="p-author h-card" href="/about">Maria Keller</a></div>`},
		{"author page link", "", `<div class="meta"><a href="/%A/maria-keller">Maria Keller</a></div>`},
	}
	for _, lang := range sourceLangs {
		h := headlineOf(lang)
		for _, s := range sources {
			head := strings.ReplaceAll(s.head, "%H", h)
			header := strings.ReplaceAll(s.header, "%A", authorFolders[lang])
			res, err := FromBytes(sourcePage(lang, h, head, "<h1>"+h+"</h1>", header), Options{URL: sourceURL})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != sourceAuthor {
				t.Errorf("%s %s: Author = %q, want %q", lang, s.name, res.Author, sourceAuthor)
			}
		}
	}
}

// bylineWords are a byline's lead word per language.
var bylineWords = map[string]string{"en": "By", "de": "Von", "fr": "Par", "es": "Por", "it": "Di", "pt": "Por",
	"nl": "Door", "ru": "Автор:", "pl": "Autor:", "tr": "Yazar:", "ja": "文：", "zh": "作者："}

// A byline line under the headline in each language gives the author.
func TestAuthorBylineLanguages(t *testing.T) {
	for _, lang := range sourceLangs {
		h := headlineOf(lang)
		sep := " "
		if strings.HasSuffix(bylineWords[lang], "：") {
			sep = ""
		}
		header := `<p class="byline">` + bylineWords[lang] + sep + sourceAuthor + `</p>`
		res, err := FromBytes(sourcePage(lang, h, "", "<h1>"+h+"</h1>", header), Options{URL: sourceURL})
		if err != nil {
			t.Fatal(err)
		}
		if res.Author != sourceAuthor {
			t.Errorf("%s %s: Author = %q, want %q", lang, header, res.Author, sourceAuthor)
		}
	}
}

// sourceDate is the date every date source gives.
const sourceDate = "2021-03-15"

// Each date source alone gives the date.
func TestDateSources(t *testing.T) {
	sources := []struct{ name, head, header, url string }{
		{"JSON-LD datePublished", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%H","datePublished":"2021-03-15T09:30:00+01:00"}</script>`, "", ""},
		{"JSON-LD graph datePublished", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://courier.example/news/council-bus"},{"@type":"Article","headline":"%H","datePublished":"2021-03-15T09:30:00+01:00"}]}</script>`, "", ""},
		{"article:published_time", `<meta property="article:published_time" content="2021-03-15T09:30:00+01:00">`, "", ""},
		{"DC.date", `<meta name="DC.date" content="2021-03-15">`, "", ""},
		{"DC.date.issued", `<meta name="DC.date.issued" content="2021-03-15">`, "", ""},
		{"dcterms.issued", `<meta name="dcterms.issued" content="2021-03-15">`, "", ""},
		{"citation_publication_date", `<meta name="citation_publication_date" content="2021/03/15">`, "", ""},
		{"citation_date", `<meta name="citation_date" content="15/03/2021">`, "", ""},
		{"pubdate", `<meta name="pubdate" content="20210315">`, "", ""},
		{"publishdate", `<meta name="publishdate" content="2021-03-15">`, "", ""},
		{"date", `<meta name="date" content="2021-03-15">`, "", ""},
		{"sailthru.date", `<meta name="sailthru.date" content="2021-03-15 09:30:00">`, "", ""},
		{"parsely-pub-date", `<meta name="parsely-pub-date" content="2021-03-15T08:30:00Z">`, "", ""},
		{"time pubdate", "", `<div class="meta"><time datetime="2021-03-15T09:30" pubdate>15.03.2021</time></div>`, ""},
		{"time datetime", "", `<div class="meta"><time datetime="2021-03-15">15.03.2021</time></div>`, ""},
		{"hAtom published", "", `<div class="entry-meta"><abbr class="published" title="2021-03-15T09:30:00+01:00">15.03.2021</abbr></div>`, ""},
		{"h-entry dt-published", "", `<div class="entry-meta"><time class="dt-published" datetime="2021-03-15 09:30">15.03.2021</time></div>`, ""},
		{"itemprop datePublished meta", "", `<meta itemprop="datePublished" content="2021-03-15">`, ""},
		{"itemprop datePublished time", "", `<div class="meta"><time itemprop="datePublished" datetime="2021-03-15">15.03.2021</time></div>`, ""},
		{"URL path", "", "", "https://courier.example/2021/03/15/council-bus"},
		{"URL path dashed", "", "", "https://courier.example/news/2021-03-15/council-bus"},
	}
	for _, lang := range sourceLangs {
		h := headlineOf(lang)
		for _, s := range sources {
			head := strings.ReplaceAll(s.head, "%H", h)
			u := sourceURL
			if s.url != "" {
				u = s.url
			}
			got := sourceDay(t, sourcePage(lang, h, head, "<h1>"+h+"</h1>", s.header), u)
			if got != sourceDate {
				t.Errorf("%s %s: Date = %q, want %q", lang, s.name, got, sourceDate)
			}
		}
	}
}

// Datelines printed under the headline, in each language's formats: the
// day first or the month first as the language writes it, month names,
// and Japanese and Chinese 年月日.
func TestDatelineLanguages(t *testing.T) {
	lines := map[string][]string{
		"en": {"Mar. 15, 2021", "15-Mar-2021", "Monday, March 15, 2021", "2021-03-15", "March 15, 2021", "15 March 2021", "Mar 15, 2021", "03/15/2021", "Published: March 15, 2021"},
		"de": {"Montag, 15. März 2021", "15.3.2021", "15.03.2021, 09:30 Uhr", "15. März 2021", "15.03.2021", "Veröffentlicht am 15.03.2021", "15. Mär. 2021"},
		"fr": {"le 15/03/2021 à 09h30", "15 mars 2021 à 9h30", "15 mars 2021", "15/03/2021", "Publié le 15 mars 2021", "lundi 15 mars 2021"},
		"es": {"15 mar. 2021", "lunes, 15 de marzo de 2021", "15 de marzo de 2021", "15/03/2021", "Publicado el 15 de marzo de 2021"},
		"it": {"lunedì 15 marzo 2021", "15 mar 2021", "15 marzo 2021", "15/03/2021", "Pubblicato il 15 marzo 2021"},
		"pt": {"segunda-feira, 15 de março de 2021", "15 mar 2021", "15 de março de 2021", "15/03/2021", "Publicado em 15 de março de 2021"},
		"nl": {"maandag 15 maart 2021", "15 mrt 2021", "15 maart 2021", "15-03-2021", "Gepubliceerd op 15 maart 2021"},
		"ru": {"15 марта 2021 года", "понедельник, 15 марта 2021", "15 марта 2021", "15.03.2021", "Опубликовано 15 марта 2021 г."},
		"pl": {"15.03.2021 r.", "poniedziałek, 15 marca 2021", "15 marca 2021", "15.03.2021", "Opublikowano 15 marca 2021"},
		"tr": {"15 Mart 2021 Pazartesi", "15.03.2021 09:30", "15 Mart 2021", "15.03.2021", "Yayınlanma: 15 Mart 2021"},
		"ja": {"2021年3月15日（月）", "2021.03.15", "2021年3月15日", "2021年03月15日 09:30", "2021/03/15"},
		"zh": {"2021/3/15", "2021年03月15日 09:30", "2021年3月15日", "2021-03-15 09:30", "发布时间：2021年3月15日"},
	}
	for _, lang := range sourceLangs {
		h := headlineOf(lang)
		for _, line := range lines[lang] {
			header := `<div class="meta"><span class="date">` + line + `</span></div>`
			got := sourceDay(t, sourcePage(lang, h, "", "<h1>"+h+"</h1>", header), sourceURL)
			if got != sourceDate {
				t.Errorf("%s %q: Date = %q, want %q", lang, line, got, sourceDate)
			}
		}
	}
}

// A heading classed as a post's title (hAtom entry-title, h-entry
// p-name) is the title only when the page's title is the site's name or
// missing: a proper <title> stays, a blog's index (each post's heading so
// classed) gives none, and a person's p-name in an h-card is no heading.
func TestEntryTitleHeading(t *testing.T) {
	h := headlineOf("en")
	tests := []struct{ title, h1, header, want string }{
		{"Daily Courier", `<h1 class="entry-title">` + h + `</h1>`, "", h},
		{"", `<h2 class="p-name">` + h + `</h2>`, "", h},
		{"Daily Courier", `<h2 class="entry-title"><a href="/a">Storm closes schools</a></h2><p>Schools shut as the storm hits the coast.</p><h2 class="entry-title"><a href="/b">Mayor resigns after vote</a></h2>`, "", "Daily Courier"},
		{"Daily Courier", "", `<div class="h-card"><span class="p-name">Maria Keller</span></div>`, "Daily Courier"},
		{"Daily Courier", `<h1 class="entry-title">Daily Courier</h1>`, "", "Daily Courier"},
	}
	for _, tt := range tests {
		res, err := FromBytes(sourcePage("en", tt.title, "", tt.h1, tt.header), Options{URL: sourceURL})
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != tt.want {
			t.Errorf("%q %s%s: Title = %q, want %q", tt.title, tt.h1, tt.header, res.Title, tt.want)
		}
	}
	// Beside a proper <title>, the class changes nothing.
	for _, title := range []string{"Council votes to grow bus routes | Daily Courier", h + " – Daily Courier"} {
		var got [2]string
		for i, h1 := range []string{`<h1 class="entry-title">` + h + `</h1>`, `<h1>` + h + `</h1>`} {
			res, err := FromBytes(sourcePage("en", title, "", h1, ""), Options{URL: sourceURL})
			if err != nil {
				t.Fatal(err)
			}
			got[i] = res.Title
		}
		if got[0] != got[1] {
			t.Errorf("%q: Title = %q with the class, %q without", title, got[0], got[1])
		}
	}
}

// A numeric date that either order reads is month first on an English
// page whose markup or og:locale names the United States, day first
// elsewhere: og:locale speaks only where the markup names no region.
func TestSlashDateLocale(t *testing.T) {
	tests := []struct{ lang, head, want string }{
		{"en", "", "2021-04-03"},
		{"en-US", "", "2021-03-04"},
		{"en", `<meta property="og:locale" content="en_US">`, "2021-03-04"},
		{"en", `<meta property="og:locale" content="en_GB">`, "2021-04-03"},
		{"en-GB", `<meta property="og:locale" content="en_US">`, "2021-04-03"},
		{"fr", `<meta property="og:locale" content="en_US">`, "2021-04-03"},
	}
	for _, tt := range tests {
		body := string(sourcePage("en", headlineOf("en"), tt.head, "<h1>"+headlineOf("en")+"</h1>", `<div class="meta"><span class="date">03/04/2021</span></div>`))
		body = strings.Replace(body, `lang="en"`, `lang="`+tt.lang+`"`, 1)
		res, err := FromBytes([]byte(body), Options{URL: sourceURL})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Date.Format("2006-01-02"); got != tt.want {
			t.Errorf("lang %s %s: Date = %q, want %q", tt.lang, tt.head, got, tt.want)
		}
	}
}

// An author field that adds the site's name after a separator or in
// brackets gives the name alone.
func TestAuthorSiteTail(t *testing.T) {
	h := headlineOf("en")
	for _, author := range []string{"Maria Keller | Daily Courier", "Maria Keller - Daily Courier", "Maria Keller (Daily Courier)", "Maria Keller"} {
		head := `<meta property="og:site_name" content="Daily Courier"><meta name="author" content="` + author + `">`
		res, err := FromBytes(sourcePage("en", h, head, "<h1>"+h+"</h1>", ""), Options{URL: sourceURL})
		if err != nil {
			t.Fatal(err)
		}
		if res.Author != sourceAuthor {
			t.Errorf("%q: Author = %q, want %q", author, res.Author, sourceAuthor)
		}
	}
}

// sourceDay returns the day of the date FromBytes finds on page, read from
// pageURL, as 2006-01-02, or "" when it finds none.
func sourceDay(t *testing.T, page []byte, pageURL string) string {
	t.Helper()
	res, err := FromBytes(page, Options{URL: pageURL})
	if err != nil {
		t.Fatal(err)
	}
	if res.Date.IsZero() {
		return ""
	}
	return res.Date.Format("2006-01-02")
}
