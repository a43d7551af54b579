package extract

import (
	"math"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/meta"
	"github.com/winnowtext/winnow/internal/swar"
)

// pageSignals are what a page shows of its kind: what it declares itself
// to be (JSON-LD @type, og:type), the shape of its URL and the shape of
// its text. They are counted in one pass over the blocks.
type pageSignals struct {
	declared  declared
	pathDepth int    // non-empty path segments; -1 when the URL is unknown
	pathDate  bool   // a segment that is a year: /2024/05/...
	pathSlug  int    // words of the longest hyphenated segment
	pathKind  string // what the first telling segment announces (see pathKind)

	words        int // of the blocks not hidden
	proseWords   int // in blocks of two sentences and 25 words or more, with few links
	maxProse     int // words of the longest such block
	linkWords    int
	cardBlocks   int // link-heavy blocks of four words or more: teaser titles, product names
	cardWords    int
	shortLinks   int // link-heavy blocks of fewer words: menus, tags, pagination
	headings     int
	linkHeads    int // headings that are links
	codeWords    int
	cellWords    int
	listWords    int
	commentWords int
	prices       int // blocks that hold a currency amount
	kept         int // words kept by the single-container extraction
	keptProse    int // of them, in prose blocks
}

// declared is what the page's metadata says it is.
type declared struct {
	article, product, list, forum, doc, service, webPage bool // JSON-LD
	ogArticle, ogProduct, ogWebsite                      bool
}

func declaredOf(types []string) declared {
	var d declared
	var buf [32]byte
	for _, t := range types {
		// schema.org types are camel case ("NewsArticle"): lowered on
		// the stack, not by strings.ToLower, which allocates for each
		l := ""
		if n, ok := lowerASCII(&buf, t); ok {
			l = string(buf[:n])
		} else {
			l = strings.ToLower(t)
		}
		switch {
		case l == "og:article":
			d.ogArticle = true
		case l == "og:product" || l == "og:product.item":
			d.ogProduct = true
		case l == "og:website":
			d.ogWebsite = true
		case l == "product" || l == "productgroup" || l == "offer" || l == "aggregateoffer":
			d.product = true
		case l == "itemlist" || l == "collectionpage" || l == "searchresultspage" || l == "offercatalog":
			d.list = true
		case l == "discussionforumposting" || l == "qapage" || l == "question" || l == "answer" || l == "comment":
			d.forum = true
		case l == "techarticle" || l == "apireference" || l == "softwaresourcecode":
			d.doc = true
		case strings.HasSuffix(l, "article") || strings.HasSuffix(l, "posting") || l == "report":
			d.article = true
		case l == "service" || l == "faqpage" || l == "localbusiness" || l == "softwareapplication" ||
			l == "webapplication" || l == "professionalservice" || l == "organization" || l == "corporation":
			d.service = true
		case l == "webpage":
			d.webPage = true
		}
	}
	return d
}

// lowerASCII writes t lower-cased to buf and returns its length, or false
// when t is not ASCII or does not fit.
func lowerASCII(buf *[32]byte, t string) (int, bool) {
	if len(t) > len(buf) {
		return 0, false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return len(t), true
}

// signalsOf measures the page. kept is the number of words the
// single-container extraction kept.
func signalsOf(blocks []boilerplate.Block, types []string, pageURL string, kept int) pageSignals {
	sg := pageSignals{declared: declaredOf(types), kept: kept, pathDepth: -1}
	if path, ok := meta.PlainURLPath(pageURL); ok {
		sg.pathDepth = 0
		sg.readPath(path)
	} else if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		sg.pathDepth = 0
		sg.readPath(u.Path)
	}
	for i := range blocks {
		sg.add(&blocks[i])
	}
	return sg
}

func (sg *pageSignals) readPath(path string) {
	prev := ""
	for seg := range strings.SplitSeq(path, "/") {
		if seg == "" {
			continue
		}
		sg.pathDepth++
		sg.pathSlug = max(sg.pathSlug, strings.Count(seg, "-")+1)
		if len(seg) == 4 && (seg[0] == '1' || seg[0] == '2') && isDigits(seg) {
			sg.pathDate = true
		}
		lower := strings.ToLower(seg)
		if sg.pathKind == "" {
			sg.pathKind = pathKind(lower)
		} else if sg.pathKind == "collection" && topicThread(prev, lower) {
			sg.pathKind = "forum"
		}
		prev = lower
	}
}

func (sg *pageSignals) add(b *boilerplate.Block) {
	f := &b.Features
	if f.Hints.Has(boilerplate.HintHidden) {
		return
	}
	sg.words += f.Words
	sg.linkWords += f.LinkWords
	isProse := f.Sentences >= 2 && f.Words >= 25 && f.LinkDensity() < 0.2
	if isProse && b.Kept {
		sg.keptProse += f.Words
	}
	ld := f.LinkDensity()
	switch {
	case ld >= 0.5 && f.Words >= 4:
		sg.cardBlocks++
		sg.cardWords += f.Words
	case ld >= 0.5:
		sg.shortLinks++
	}
	if f.Sentences >= 2 && f.Words >= 25 && ld < 0.2 {
		sg.proseWords += f.Words
		sg.maxProse = max(sg.maxProse, f.Words)
	}
	switch b.Kind {
	case boilerplate.KindHeading:
		sg.headings++
		if ld >= 0.5 {
			sg.linkHeads++
		}
	case boilerplate.KindCode:
		sg.codeWords += f.Words
	case boilerplate.KindTableCell:
		sg.cellWords += f.Words
	case boilerplate.KindListItem:
		sg.listWords += f.Words
	}
	if f.Hints.Has(boilerplate.HintComment) {
		sg.commentWords += f.Words
	}
	if f.Digits > 0 && hasPrice(b.Text) {
		sg.prices++
	}
}

// pathKinds are the kinds of page that a URL path segment announces, in
// the order of the model's features.
var pathKinds = [...]string{"product", "collection", "forum", "doc", "service", "article"}

// pathKind names the kind of page a lower-cased path segment announces,
// "" when it announces none.
func pathKind(seg string) string {
	switch seg {
	case "product", "products", "p", "dp", "itm", "item", "pdp":
		return "product"
	case "collections", "collection", "category", "categories", "c", "shop", "catalog", "tag", "tags",
		"topic", "topics", "list", "search", "browse", "department":
		return "collection"
	case "t", "thread", "threads", "forum", "forums", "questions", "d", "discussion", "discussions",
		"community", "r", "comments", "showthread.php", "viewtopic.php":
		return "forum"
	case "docs", "doc", "documentation", "api", "apidocs", "javadoc", "reference", "guide", "guides", "manual", "wiki", "learn",
		"tutorial", "tutorials", "kb", "help":
		return "doc"
	case "services", "service", "solutions", "solution", "pricing", "features", "platform":
		return "service"
	case "news", "blog", "article", "articles", "story", "stories", "posts", "post":
		return "article"
	}
	return ""
}

// numPageFeatures is the length of the page model's feature vector.
const numPageFeatures = 40

// features turns the signals into the page model's inputs, each about 0
// to 1: a bias, the declarations, the path, then shares of the page's
// words and logarithms of counts.
func (sg *pageSignals) features() [numPageFeatures]float64 {
	var x [numPageFeatures]float64
	n := 0
	put := func(v float64) { x[n] = v; n++ }
	flag := func(b bool) {
		if b {
			put(1)
		} else {
			put(0)
		}
	}
	put(1)
	d := &sg.declared
	for _, b := range [...]bool{d.article, d.product, d.list, d.forum, d.doc, d.service, d.webPage,
		d.ogArticle, d.ogProduct, d.ogWebsite, sg.pathDate} {
		flag(b)
	}
	for _, k := range pathKinds {
		flag(sg.pathKind == k)
	}
	flag(sg.pathDepth == 0)
	flag(sg.pathDepth == 1)
	put(float64(min(max(sg.pathDepth, 0), 5)) / 5)
	put(float64(min(sg.pathSlug, 12)) / 12)
	put(math.Log1p(float64(sg.words)) / 10)
	share := func(v int) float64 {
		if sg.words == 0 {
			return 0
		}
		return float64(v) / float64(sg.words)
	}
	for _, v := range [...]int{sg.proseWords, sg.linkWords, sg.cardWords, sg.kept, sg.codeWords,
		sg.commentWords, sg.listWords, sg.cellWords} {
		put(share(v))
	}
	for _, v := range [...]int{sg.maxProse, sg.cardBlocks, sg.linkHeads, sg.prices, sg.headings, sg.shortLinks} {
		put(math.Log1p(float64(v)) / 6)
	}
	put(math.Log1p(float64(sg.kept)) / 8)
	if sg.kept > 0 {
		put(float64(sg.keptProse) / float64(sg.kept))
	} else {
		put(0)
	}
	flag(sg.maxProse >= 60)
	return x
}

// isDigits reports whether s holds ASCII digits only; an empty s does.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// hasPrice reports whether text holds a currency amount: a currency sign
// next to a digit or one space from it ("$19.99", "19,99 €", "£5",
// "$ 335.00", "€ 12,95").
func hasPrice(text string) bool {
	const highs = 0x8080808080808080
	for i := 0; i < len(text); i++ {
		// Eight bytes of ASCII without a '$' hold no sign: most text
		// is read eight bytes at a time.
		for i+8 <= len(text) {
			if x := swar.Load(text[i:]); swar.Equal(x, '$')|x&highs != 0 {
				break
			}
			i += 8
		}
		if i == len(text) {
			break
		}
		// Currency signs start with '$' or a UTF-8 lead byte of 0xC2
		// (£, ¥) or 0xE2 (€): most other bytes are turned away here.
		if c := text[i]; c != '$' && c != 0xC2 && c != 0xE2 {
			continue
		}
		n := currencySign(text[i:])
		if n == 0 {
			continue
		}
		after := i+n < len(text) && isDigit(text[i+n])
		if !after && i+n < len(text) {
			// "$ 335.00", "€ 12,95": the sign and a space before the amount.
			if sp := priceSpace(text[i+n:]); sp > 0 && i+n+sp < len(text) {
				after = isDigit(text[i+n+sp])
			}
		}
		before := i > 0 && isDigit(text[i-1]) || i > 1 && text[i-1] == ' ' && isDigit(text[i-2]) ||
			// "12,95 €" with a no-break space
			i > 2 && text[i-2] == 0xC2 && text[i-1] == 0xA0 && isDigit(text[i-3])
		if after || before {
			return true
		}
		i += n - 1
	}
	return false
}

// currencySign returns the length of the currency sign s starts with
// ($, €, £, ¥), 0 when it starts with none.
func currencySign(s string) int {
	switch {
	case s[0] == '$':
		return 1
	case strings.HasPrefix(s, "€"):
		return len("€")
	case strings.HasPrefix(s, "£"), strings.HasPrefix(s, "¥"):
		return 2
	}
	return 0
}

// priceSpace returns the length of the space that s starts with, a
// space, a no-break space or a narrow no-break space, which shops print
// between a currency's sign and the amount; 0 when s starts otherwise.
func priceSpace(s string) int {
	switch {
	case s[0] == ' ':
		return 1
	case strings.HasPrefix(s, "\u00a0"):
		return len("\u00a0")
	case strings.HasPrefix(s, "\u202f"):
		return len("\u202f")
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
