package meta

import (
	"bytes"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/ascii"
)

// keyNames are the values, as pages commonly write them, of the
// attributes that name a key rather than carry a value: the name,
// property and http-equiv of a <meta>, an itemprop, a rel. They are the
// keys Collector files (filedKeys, also in Key's table) and the common
// ones it passes over, so that the segmenter hands most of them over
// without copying them (see Key).
var keyNames = [...]string{
	// Common keys it passes over.
	"viewport", "robots", "generator", "theme-color", "format-detection", "referrer", "color-scheme",
	"twitter:card", "twitter:site", "twitter:creator", "twitter:image:alt", "fb:app_id", "fb:pages",
	"fb:admins", "og:image:width", "og:image:height", "og:image:alt", "og:image:type",
	"og:locale:alternate", "article:section", "article:publisher", "article:modified", "og:updated",
	"msapplication-TileColor", "msapplication-TileImage", "msapplication-config",
	"google-site-verification", "apple-mobile-web-app-capable", "apple-mobile-web-app-status-bar-style",
	"mobile-web-app-capable", "HandheldFriendly", "MobileOptimized", "X-UA-Compatible", "x-ua-compatible",
	"Content-Type", "content-type", "csrf-token", "csrf-param", "googlebot", "bingbot",
	// itemprop values.
	"headline", "name", "url", "image", "logo", "publisher", "creator", "datePublished", "dateModified",
	"dateCreated", "uploadDate", "inLanguage", "thumbnailUrl", "contentUrl", "embedUrl", "duration",
	"mainEntityOfPage", "mainEntity", "articleBody", "articleSection", "text", "position", "item",
	"itemListElement", "width", "height", "sameAs", "telephone", "email", "address", "streetAddress",
	"addressLocality", "addressRegion", "postalCode", "addressCountry", "price", "priceCurrency",
	"availability", "offers", "brand", "sku", "aggregateRating", "ratingValue", "reviewCount",
	"bestRating", "worstRating", "ratingCount", "review", "reviewRating", "reviewBody", "comment",
	"commentCount", "interactionCount", "wordCount", "jobTitle", "worksFor", "alternateName", "about",
	"isPartOf", "copyrightYear", "copyrightHolder", "caption", "encodingFormat", "identifier", "genre",
	"startDate", "endDate", "location", "acceptedAnswer", "suggestedAnswer", "answerCount", "upvoteCount",
	"dateline", "accountablePerson", "target", "query-input", "potentialAction", "blogPost", "hasPart",
	// rel values.
	"stylesheet", "icon", "shortcut icon", "canonical", "preload", "preconnect", "dns-prefetch", "prefetch",
	"modulepreload", "alternate", "apple-touch-icon", "mask-icon", "manifest", "next", "prev",
	"nofollow", "noopener", "noreferrer", "noopener noreferrer", "amphtml", "pingback", "EditURI",
	"wlwmanifest", "shortlink", "me", "tag", "bookmark", "external", "image_src", "license", "search",
	"home", "https://api.w.org/",
}

// filedKeys are the <meta> names and properties, in lower case, that
// metaKey files by name (TestFiledKeys checks them against its cases).
var filedKeys = [...]string{
	"apple-mobile-web-app-title", "application-name", "article.published", "article:author",
	"article:modified_time", "article:published", "article:published_date", "article:published_time",
	"article:tag", "article_date_original", "author", "book:author", "book:tag", "byl", "citation_author",
	"citation_date", "citation_online_date", "citation_publication_date", "citation_title",
	"content-language", "copyright", "created", "date", "date_published", "datecreated", "datemodified",
	"datepublished", "dc.creator", "dc.date", "dc.date.created", "dc.date.issued", "dc.date.publication",
	"dc.description", "dc.language", "dc.rights", "dc.title", "dcterms.created", "dcterms.creator",
	"dcterms.date", "dcterms.description", "dcterms.issued", "dcterms.language", "dcterms.modified",
	"dcterms.rights", "dcterms.title", "description", "displaydate", "keywords", "language",
	"news_keywords", "og:article:author", "og:article:modified_time", "og:article:published_time",
	"og:article:tag", "og:description", "og:image", "og:image:secure_url", "og:image:url", "og:locale",
	"og:published_time", "og:site_name", "og:title", "og:type", "og:updated_time", "og:url",
	"original-publish-date", "originalpublicationdate", "parsely-author", "parsely-page",
	"parsely-pub-date", "parsely-title", "pdate", "ptime", "pubdate", "publication-date",
	"publication_date", "publish-date", "publish_date", "publishdate", "published", "published-date",
	"published_date", "published_time", "rights", "sailthru.author", "sailthru.date", "sailthru.title",
	"title", "twitter:data1", "twitter:data2", "twitter:data3", "twitter:data4", "twitter:description",
	"twitter:image", "twitter:image:src", "twitter:label1", "twitter:label2", "twitter:label3",
	"twitter:label4", "twitter:title", "twitter:url", "video:tag",
}

// keyTable maps each of filedKeys and keyNames to itself; it is built
// once and never changed.
var keyTable = func() map[string]string {
	m := make(map[string]string, len(filedKeys)+len(keyNames))
	for _, k := range filedKeys {
		m[k] = k
	}
	for _, k := range keyNames {
		m[k] = k
	}
	return m
}()

// filedTable holds filedKeys; it is built once and never changed.
var filedTable = func() map[string]bool {
	m := make(map[string]bool, len(filedKeys))
	for _, k := range filedKeys {
		m[k] = true
	}
	return m
}()

// Key returns b, the value of an attribute that names a key (see
// keyNames), as a string: the table's own string when b is a common key,
// without an allocation, else a copy of b.
func Key(b []byte) string {
	if s, ok := KnownKey(b); ok {
		return s
	}
	return string(b)
}

// KnownKey returns the table's own string for b when b is a common key
// (see keyNames), without an allocation, and false otherwise.
func KnownKey(b []byte) (string, bool) {
	s, ok := keyTable[string(b)]
	return s, ok
}

// maxPassedKey bounds the <meta> names PassesOver looks at; longer ones
// are handed over.
const maxPassedKey = 64

// PassesOver reports whether Element files nothing of a <meta> named b
// (its name or property): such an element need not be handed over when
// no other of its attributes names something to file (http-equiv,
// itemprop, another name or property), whatever its content. It is
// metaElement's reading of a name, trimmed and in lower case, that
// metaKey files neither by its list (filedKeys) nor as a date key, and
// is not the JSON-LD meta's; a name that is not ASCII is handed over.
func PassesOver(b []byte) bool {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || len(b) > maxPassedKey {
		return false
	}
	var buf [maxPassedKey]byte
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
		buf[i] = ascii.Lower(c)
	}
	key := buf[:len(b)]
	if filedTable[string(key)] || string(key) == jsonldMetaName {
		return false
	}
	return !isPubDateKey(string(key)) && !isBareDateKey(string(key))
}
