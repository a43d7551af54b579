package meta

// Priorities of the sources of each field: the lowest number wins. The
// gaps leave room for new sources. JSON-LD nodes that are not articles
// rank below the article's own values: a WebPage by jsonldPage, other
// creative works by jsonldWork, since the video or product a page embeds
// is often not what the page is about (its date is a related clip's).
//
//	Title:       og:title 10, twitter:title 20, JSON-LD headline 30,
//	             itemprop=headline 40 (its content, else its text),
//	             dc.title and other title metas
//	             (the title of a parsely-page object too) 50,
//	             then the cleaned <title>.
//	Author:      meta author 10, article:author (not a URL) 20, JSON-LD
//	             author 30, itemprop=author 40, dc.creator, JSON-LD creator, byl,
//	             parsely-author (or a parsely-page object's author),
//	             sailthru.author, citation_author, a
//	             Twitter card's "Written by" label and data pair 50;
//	             an author that is the site's name, its publisher's or
//	             the copyright holder's (meta copyright) ranks after every
//	             other.
//	Date:        article:published_time 10, og:published_time 20, JSON-LD
//	             datePublished 30, itemprop=datePublished 40, date metas
//	             (date, pubdate, published, dc.date, sailthru.date,
//	             parsely-pub-date, a parsely-page object's pub_date, ...)
//	             50, other publishers' date names
//	             ("sn-post-date", "ms.date") 51, <time pubdate> 60, first
//	             <time datetime> 70, dateCreated 80, a date in the URL path
//	             85 (see dateFromURL), modification dates 90. From 60 on the
//	             date is weak (Metadata.DateWeak): a date printed in the
//	             article's header may replace it.
//	Site name:   og:site_name 10, JSON-LD publisher.name 20,
//	             application-name 30, JSON-LD WebSite name 40,
//	             apple-mobile-web-app-title 50.
//	Description: og:description 10, meta description 20,
//	             twitter:description 30, JSON-LD description 40,
//	             itemprop=description and dc.description 50.
//	Language:    <html lang> 10, http-equiv content-language 20, og:locale
//	             30, JSON-LD inLanguage and itemprop=inLanguage 40,
//	             language and dc.language metas 50.
//	URL:         link rel=canonical 10, og:url 20, JSON-LD url or
//	             mainEntityOfPage 30, twitter:url 40.
//	Image:       og:image 10, twitter:image 20, JSON-LD image 30,
//	             itemprop=image 40, link rel=image_src 50.
//	Tags:        article:tag 10, meta keywords and news_keywords 20,
//	             JSON-LD keywords 30, itemprop=keywords 40; the tags of the
//	             best source only.
const (
	rank1 = 10 * (iota + 1)
	rank2
	rank3
	rank4
	rank5
	rank6
	rank7
	rank8
	rank9

	jsonldPage  = 5
	jsonldWork  = rank4 - 5 // a JSON-LD date (30) then ranks 65: after the meta dates
	rankURLDate = rank8 + 5
)

// Bounds that keep one page's metadata small whatever the page holds.
const (
	maxJSONLDTotal     = 4 << 20 // JSON-LD bytes read per page
	maxShort           = 2048    // bytes kept of a title, author, description...
	maxBody            = 1 << 20 // bytes kept of an articleBody
	maxTags            = 50
	maxTagLen          = 100 // bytes
	maxAuthors         = 10
	maxJSONLDNodes     = 1000
	maxJSONLDWalkDepth = 8
)
