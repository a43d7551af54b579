package meta

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/ascii"
	"github.com/winnowtext/winnow/internal/lower"
	"golang.org/x/net/html"
)

// attr returns the value of the attribute key (lower case), "" if absent.
func attr(attrs []html.Attribute, key string) string {
	for _, a := range attrs {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func hasAttr(attrs []html.Attribute, key string) bool {
	for _, a := range attrs {
		if a.Key == key {
			return true
		}
	}
	return false
}

func (c *Collector) htmlElement(attrs []html.Attribute) {
	lang := attr(attrs, "lang")
	if lang == "" {
		lang = attr(attrs, "xml:lang")
	}
	c.lang.offer(normLang(lang), rank1)
}

func (c *Collector) linkElement(attrs []html.Attribute) {
	href := strings.TrimSpace(attr(attrs, "href"))
	if href == "" {
		return
	}
	// Most links are stylesheets and icons: the words of rel are read
	// without a slice of them or a lower-cased copy.
	for rel := range strings.FieldsSeq(attr(attrs, "rel")) {
		switch {
		case isWordFold(rel, "canonical"):
			c.offerURL(href, rank1)
		case isWordFold(rel, "image_src"):
			c.image.offer(checkURL(href), rank5)
		}
	}
}

// isWordFold reports whether s is w, a word of ASCII letters in lower case
// without a k, in any case: strings.ToLower(s) == w.
func isWordFold(s, w string) bool {
	return len(s) == len(w) && ascii.HasPrefixFold(s, w)
}

func (c *Collector) timeElement(attrs []html.Attribute) {
	dt := attr(attrs, "datetime")
	if dt == "" {
		return
	}
	if hasAttr(attrs, "pubdate") {
		c.date.offer(dt, rank6)
	} else {
		c.date.offer(dt, rank7)
	}
}

func (c *Collector) metaElement(attrs []html.Attribute) {
	content := attr(attrs, "content")
	if strings.TrimSpace(content) == "" {
		// Some publishing tools and page savers write value= for content=.
		content = attr(attrs, "value")
	}
	if strings.TrimSpace(content) == "" {
		return
	}
	if strings.EqualFold(strings.TrimSpace(attr(attrs, "name")), jsonldMetaName) {
		c.JSONLD([]byte(content))
		return
	}
	// Content escaped twice ("&amp;quot;") is common in generated pages.
	content = unescape(content)
	if eq := attr(attrs, "http-equiv"); strings.EqualFold(strings.TrimSpace(eq), "content-language") {
		c.lang.offer(normLang(content), rank2)
		return
	}
	// property is OpenGraph's attribute, name the HTML one; sites mix them
	// up, and some set both to different keys.
	prop := strings.ToLower(strings.TrimSpace(attr(attrs, "property")))
	name := strings.ToLower(strings.TrimSpace(attr(attrs, "name")))
	if prop != "" {
		c.metaKey(prop, content)
	}
	if name != "" && name != prop {
		c.metaKey(name, content)
	}
}

// jsonldMetaName names a <meta> whose content is a JSON-LD object: web
// frameworks that describe a page's head as a list of meta descriptors
// write the descriptor meant for a JSON-LD script this way when the page
// is rendered without its script.
const jsonldMetaName = "script:ld+json"

// metaKey files the content of a <meta> element under its property or
// name key. The ranks are documented in priorities.go.
func (c *Collector) metaKey(key, content string) {
	switch key {
	case "og:type":
		c.types.add("og:" + strings.ToLower(strings.TrimSpace(content)))
	case "og:title":
		c.title.offer(clean(content, maxShort), rank1)
	case "twitter:title":
		c.title.offer(clean(content, maxShort), rank2)
	case "title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "citation_title":
		c.title.offer(clean(content, maxShort), rank5)

	case "author":
		c.author.offer(cleanAuthor(content), rank1)
	case "article:author", "og:article:author":
		if !looksLikeURL(content) {
			c.author.offer(cleanAuthor(content), rank2)
		}
	case "parsely-page":
		c.parselyPage(content)
	case "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author", "citation_author", "book:author":
		if !looksLikeURL(content) {
			c.author.offer(cleanAuthor(content), rank5)
		}

	case "twitter:label1", "twitter:label2", "twitter:label3", "twitter:label4":
		c.twitterLabel[key[len(key)-1]-'1'] = content
	case "twitter:data1", "twitter:data2", "twitter:data3", "twitter:data4":
		c.twitterData[key[len(key)-1]-'1'] = content

	case "copyright", "dc.rights", "dcterms.rights", "rights":
		if c.copyright == "" {
			c.copyright = clean(content, maxShort)
		}

	case "article:published_time", "og:article:published_time":
		c.date.offer(content, rank1)
	case "og:published_time", "article:published", "published_time":
		c.date.offer(content, rank2)
	case "date", "pubdate", "publishdate", "publish_date", "publish-date", "publication_date",
		"dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
		"sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_online_date", "citation_date",
		"article.published", "original-publish-date", "datepublished", "published", "publication-date",
		"published-date", "published_date", "date_published", "article:published_date", "dc.date.publication",
		"originalpublicationdate", "article_date_original", "pdate", "ptime", "displaydate":
		c.date.offer(content, rank5)
	case "article:modified_time", "og:updated_time", "og:article:modified_time", "dcterms.modified", "datemodified":
		c.date.offer(content, rank9)
	case "created", "datecreated":
		c.date.offer(content, rank8)

	case "og:site_name":
		c.site.offer(cleanSite(content), rank1)
	case "application-name":
		c.site.offer(cleanSite(content), rank3)
	case "apple-mobile-web-app-title":
		c.site.offer(cleanSite(content), rank5)

	case "og:description":
		c.desc.offer(clean(content, maxShort), rank1)
	case "description":
		c.desc.offer(clean(content, maxShort), rank2)
	case "twitter:description":
		c.desc.offer(clean(content, maxShort), rank3)
	case "dc.description", "dcterms.description":
		c.desc.offer(clean(content, maxShort), rank5)

	case "og:locale":
		c.lang.offer(normLang(content), rank3)
		if c.locale == "" {
			c.locale = normLang(content)
		}
	case "language", "content-language", "dc.language", "dcterms.language":
		c.lang.offer(normLang(content), rank5)

	case "og:url":
		c.offerURL(content, rank2)
	case "twitter:url":
		c.offerURL(content, rank4)

	case "og:image", "og:image:url", "og:image:secure_url":
		c.image.offer(checkURL(content), rank1)
	case "twitter:image", "twitter:image:src":
		c.image.offer(checkURL(content), rank2)

	case "article:tag", "og:article:tag", "book:tag", "video:tag":
		c.tags.offer(content, rank1, false)
	case "keywords", "news_keywords":
		c.tags.offer(content, rank2, true)
	default:
		if isPubDateKey(key) || isBareDateKey(key) {
			c.date.offer(content, rank5+1)
		}
	}
}

// pubDateWords are what the names of publishers' own date metas contain
// ("sn-post-date", "zdf:publicationDate", "sw-pubdate"), once reduced to
// letters.
var pubDateWords = [...]string{"pubdate", "publishdate", "publisheddate", "publicationdate", "postdate", "publishedtime", "publishtime", "datepublished", "releasedate", "displaydate"}

// isBareDateKey reports whether a meta name is a publisher's plain date:
// its last part, after a dot or colon, is "date" ("ms.date", "cms:date").
func isBareDateKey(key string) bool {
	// "date" holds neither separator, so the last one is the one before it.
	return strings.HasSuffix(key, ".date") || strings.HasSuffix(key, ":date")
}

// isPubDateKey reports whether a meta name not listed in metaKey names a
// publication date.
func isPubDateKey(key string) bool {
	if len(key) > 64 {
		return false
	}
	var buf [64]byte
	letters := buf[:0]
	for i := 0; i < len(key); i++ {
		if c := key[i]; 'a' <= c && c <= 'z' {
			letters = append(letters, c)
		}
	}
	name := string(letters) // once: converting in the loop copied it for each word
	// Every word holds "date" or "time", and most names neither
	// ("viewport", "robots", "theme-color"): two searches rule them out.
	if !strings.Contains(name, "date") && !strings.Contains(name, "time") {
		return false
	}
	for _, w := range pubDateWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// itemprop handles microdata: <meta itemprop content>, <time itemprop
// datetime>, <link itemprop href>, <img itemprop src>. The text of other
// elements is not available here, so their itemprops are skipped.
// itempropsFiled are the microdata properties itemprop files, in lower
// case (TestItempropFiled keeps them in step).
var itempropsFiled = [...]string{"headline", "author", "creator", "datepublished", "uploaddate", "datecreated",
	"datemodified", "description", "inlanguage", "image", "thumbnailurl", "keywords"}

// ItempropFiled reports whether Element may file something for an
// itemprop of value props: whether one of its words names a property it
// reads. An element handed over only for its itemprop need not be when it
// does not: breadcrumbs' item, name and position are most of a page's
// microdata. A value that is not ASCII is said to be filed.
func ItempropFiled(props []byte) bool {
	for _, c := range props {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	for p := range bytes.FieldsSeq(props) {
		for _, name := range itempropsFiled {
			if len(p) == len(name) && ascii.HasPrefixFold(p, name) {
				return true
			}
		}
	}
	return false
}

func (c *Collector) itemprop(tag, props string, attrs []html.Attribute) {
	val := attr(attrs, "content")
	if val == "" {
		switch tag {
		case "time":
			val = attr(attrs, "datetime")
		case "link", "a":
			val = attr(attrs, "href")
		case "img":
			val = attr(attrs, "src")
		}
	}
	if strings.TrimSpace(val) == "" {
		return
	}
	var buf [32]byte // lowered on the stack: the names are short
	for p := range strings.FieldsSeq(props) {
		switch string(lower.Append(buf[:0], p)) {
		case "headline":
			c.title.offer(clean(val, maxShort), rank4)
		case "author", "creator":
			if !looksLikeURL(val) {
				c.author.offer(cleanAuthor(val), rank4)
			}
		case "datepublished", "uploaddate":
			c.date.offer(val, rank4)
		case "datecreated":
			c.date.offer(val, rank8)
		case "datemodified":
			c.date.offer(val, rank9)
		case "description":
			c.desc.offer(clean(val, maxShort), rank5)
		case "inlanguage":
			c.lang.offer(normLang(val), rank4)
		case "image", "thumbnailurl":
			c.image.offer(checkURL(val), rank4)
		case "keywords":
			c.tags.offer(val, rank4, true)
		}
	}
}

// cleanAuthor cleans an author name and drops a leading "By" (see
// dropAuthorLabel). A login ("jane_doe") stays: it ranks after every
// name (see IsLogin). URLs, e-mail
// addresses, numbers, the placeholder accounts of publishing systems
// ("admin") and template variables left unfilled ("{{author}}",
// "page.author") are no names.
func cleanAuthor(s string) string {
	s = dropAuthorLabel(clean(s, maxShort))
	if looksLikeURL(s) || strings.ContainsAny(s, "@{}$") || !strings.ContainsFunc(s, unicode.IsLetter) {
		return ""
	}
	if !strings.Contains(s, " ") && strings.Contains(s, ".") && lower.Is(s, s) {
		return "" // "page.head.author": a template variable, not a name
	}
	var buf [32]byte // lowered on the stack: the names are short
	switch string(lower.Append(buf[:0], s)) {
	case "admin", "administrator", "name", "author", "unknown", "null", "undefined", "none":
		return ""
	}
	return s
}

// IsLogin reports whether an author is a publishing system's login rather
// than a name: one lower-case word joined by underscores ("jane_doe",
// "site_admin"). A login is what the site says when it says nothing
// else, so it ranks after every name a source gives, and a byline
// printed on the page replaces it.
func IsLogin(s string) bool {
	return strings.Contains(s, "_") && !strings.Contains(s, " ") && strings.ToLower(s) == s
}

// authorLabelWords open a byline in the recognisers' languages; as the
// first word of an author field they label the name that follows. The
// Italian "di" counts only in lower case: "Di Maio" is a name.
var authorLabelWords = [...]string{"by ", "von ", "par ", "por ", "door ", "przez ", "di ", "автор: ", "автор ",
	"著者：", "作者：", "記者：", "记者："}

// dropAuthorLabel drops the byline label that opens an author field ("By
// Jane Doe", "Von Max Mustermann", "Автор: Иван Петров", "著者：山田太郎"),
// when a name of two words or more follows a Latin one.
func dropAuthorLabel(s string) string {
	for _, l := range authorLabelWords {
		if len(s) <= len(l) || !strings.EqualFold(s[:len(l)], l) || l == "di " && s[0] != 'd' {
			continue
		}
		rest := strings.TrimSpace(s[len(l):])
		if l[0] < utf8.RuneSelf && l != "by " && !strings.Contains(rest, " ") {
			return s // "Von Trier"
		}
		return rest
	}
	return s
}

// cleanSite cleans a site name; a URL is none.
func cleanSite(s string) string {
	s = clean(s, maxShort)
	if looksLikeURL(s) {
		return ""
	}
	return s
}

func looksLikeURL(s string) bool {
	s = strings.TrimSpace(s)
	return ascii.HasPrefixFold(s, "http://") || ascii.HasPrefixFold(s, "https://") || strings.HasPrefix(s, "//") ||
		strings.HasPrefix(s, "/") || ascii.HasPrefixFold(s, "www.")
}

// twitterAuthor offers the author that a Twitter card's label and data
// pair gives ("twitter:label1" "Written by", "twitter:data1" "Jane Doe"),
// as blogging tools write them.
func (c *Collector) twitterAuthor() {
	for i, label := range c.twitterLabel {
		label = strings.ToLower(strings.TrimSpace(label))
		if label != "" && slices.Contains(authorLabels[:], label) && !looksLikeURL(c.twitterData[i]) {
			c.author.offer(cleanAuthor(c.twitterData[i]), rank5)
		}
	}
}

// authorLabels label an author in a Twitter card, in the languages of the
// recognisers.
var authorLabels = [...]string{"written by", "author", "authors", "by", "geschrieben von", "verfasst von", "autor",
	"autorin", "écrit par", "auteur", "escrito por", "scritto da", "autore", "geschreven door", "napisane przez",
	"автор", "著者", "作者"}
