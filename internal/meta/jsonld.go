package meta

import (
	"bytes"
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/ascii"
	"golang.org/x/net/html"
)

// jsonld files the values of one script's JSON-LD. Nodes are found at the
// top level, in arrays, in @graph and in mainEntity; @id references (an
// author given as {"@id": "#jane"}) are resolved within the script.
func (c *Collector) jsonld(vals []jsonValue) {
	if len(vals) == 0 {
		return
	}
	w := walker{nodes: c.tree.nodes[:0], ids: c.tree.ids[:0]}
	for i := range vals {
		w.walk(&vals[i], 0)
	}
	for _, n := range w.nodes {
		c.types.addNode(n)
		c.question(n)
		c.product(n)
		c.jsonldNode(n, &w)
	}
	c.tree.nodes, c.tree.ids = w.nodes, w.ids
}

// walker collects the nodes of a JSON-LD document in document order.
type walker struct {
	nodes []*jsonValue
	ids   []jsonID // the first node of each @id, in document order
	// idMap holds ids once there are more than maxListedIDs, which would
	// be slow to search one by one.
	idMap map[string]*jsonValue
}

// maxListedIDs bounds the @ids a walker searches one by one.
const maxListedIDs = 32

// jsonID is a node with an @id.
type jsonID struct {
	id   string
	node *jsonValue
}

func (w *walker) walk(v *jsonValue, depth int) {
	if depth > maxJSONLDWalkDepth || len(w.nodes) >= maxJSONLDNodes {
		return
	}
	switch v.kind {
	case jsArray:
		for i := range v.kids {
			w.walk(&v.kids[i], depth+1)
		}
	case jsObject:
		if _, ok := v.get(keyType); ok {
			w.nodes = append(w.nodes, v)
		}
		if id, ok := v.member(keyID).text(); ok && len(v.kids) > 1 {
			w.addID(id, v)
		}
		for _, key := range [...]jsonKey{keyGraph, keyMainEntity, keyMainEntityOfPage} {
			if child, ok := v.get(key); ok {
				switch child.kind {
				case jsObject, jsArray:
					w.walk(child, depth+1)
				}
			}
		}
	}
}

// addID files v under its @id id unless a node came first with it.
func (w *walker) addID(id string, v *jsonValue) {
	if w.node(id) != nil {
		return
	}
	if w.idMap != nil {
		w.idMap[id] = v
		return
	}
	w.ids = append(w.ids, jsonID{id, v})
	if len(w.ids) > maxListedIDs {
		w.idMap = make(map[string]*jsonValue, 2*len(w.ids))
		for _, n := range w.ids {
			w.idMap[n.id] = n.node
		}
	}
}

// node returns the node with @id id, or nil.
func (w *walker) node(id string) *jsonValue {
	if w.idMap != nil {
		return w.idMap[id]
	}
	for _, n := range w.ids {
		if n.id == id {
			return n.node
		}
	}
	return nil
}

// deref returns the node an {"@id": ...} reference names, or v itself.
func (w *walker) deref(v *jsonValue) *jsonValue {
	if v.kind == jsObject && len(v.kids) == 1 {
		if id, ok := v.member(keyID).text(); ok {
			if n := w.node(id); n != nil {
				return n
			}
		}
	}
	return v
}

// Kinds of JSON-LD nodes, by @type.
const (
	kindOther = iota
	kindArticle
	kindPage // a web page
	kindWork // another creative work: a video, a product, a recipe
	kindWebSite
)

// nodeKind classifies a node by its @type (a string or a list) and returns
// the type name that decided, without its schema.org prefix.
func nodeKind(n *jsonValue) (int, string) {
	kind, name := kindOther, ""
	for t := range typeNames(n.member(keyType)) {
		k := typeKind(t)
		if k == kindArticle {
			return k, t
		}
		if kind == kindOther && k != kindOther {
			kind, name = k, t
		}
	}
	return kind, name
}

// typeNames yields the type names of an @type value, a string or a list,
// without their schema.org prefix. It yields rather than returns a slice:
// a slice was an allocation for each of the four readings of every node.
func typeNames(v *jsonValue) iter.Seq[string] {
	return func(yield func(string) bool) {
		switch v.kind {
		case jsString:
			yield(shortType(v.str))
		case jsArray:
			for i := range v.kids {
				if s, ok := v.kids[i].text(); ok && !yield(shortType(s)) {
					return
				}
			}
		}
	}
}

// shortType drops a schema.org prefix: "https://schema.org/NewsArticle"
// and "schema:NewsArticle" are "NewsArticle".
func shortType(t string) string {
	t = strings.TrimSpace(t)
	if i := strings.LastIndexAny(t, "/:#"); i >= 0 {
		t = t[i+1:]
	}
	return t
}

func typeKind(t string) int {
	// Type names are ASCII: they are lowered into buf without a copy.
	var buf [maxASCIIType]byte
	lower, ok := lowerASCII(buf[:0], t)
	if !ok {
		lower = []byte(strings.ToLower(t))
	}
	switch {
	case bytes.HasSuffix(lower, []byte("article")), bytes.HasSuffix(lower, []byte("posting")),
		string(lower) == "report", string(lower) == "apireference":
		return kindArticle
	case string(lower) == "website":
		return kindWebSite
	case bytes.HasSuffix(lower, []byte("page")):
		return kindPage
	}
	switch string(lower) {
	case "creativework", "blog", "review", "recipe", "howto", "videoobject", "product", "event",
		"book", "movie", "course", "jobposting", "question", "podcastepisode", "episode", "dataset",
		"softwareapplication", "claimreview", "newsletter", "thesis", "guide":
		return kindWork
	}
	return kindOther
}

// maxASCIIType bounds the type names typeKind lowers without a copy.
const maxASCIIType = 48

// lowerASCII appends t in lower case to out when t is ASCII and fits in
// out's capacity, and reports whether it did.
func lowerASCII(out []byte, t string) ([]byte, bool) {
	if len(t) > cap(out)-len(out) {
		return out, false
	}
	for i := range len(t) {
		if t[i] >= utf8.RuneSelf {
			return out, false
		}
		out = append(out, ascii.Lower(t[i]))
	}
	return out, true
}

// jsonldNode files the values of one node. Ranks are in priorities.go.
func (c *Collector) jsonldNode(n *jsonValue, w *walker) {
	kind, typ := nodeKind(n)
	switch kind {
	case kindOther:
		return
	case kindWebSite:
		c.site.offer(cleanSite(jsonString(n.member(keyName), maxShort)), rank4)
		return
	}
	off := 0
	switch kind {
	case kindArticle:
		if c.typ == "" {
			c.typ = typ
		}
	case kindPage:
		off = jsonldPage
	case kindWork:
		off = jsonldWork
		c.recipe(n, typ)
	}

	title := jsonString(n.member(keyHeadline), maxShort)
	if title == "" {
		title = jsonString(n.member(keyName), maxShort)
	}
	c.title.offer(title, rank3+off)
	c.author.offer(w.authors(n.member(keyAuthor)), rank3+off)
	// creator: schema.org's broader credit, ranked as dc.creator.
	c.author.offer(w.authors(n.member(keyCreator)), rank5+off)
	for _, key := range [...]jsonKey{keyDatePublished, keyUploadDate} { // uploadDate: VideoObject's
		if s, ok := n.member(key).text(); ok {
			c.date.offer(s, rank3+off)
		}
	}
	if s, ok := n.member(keyDateCreated).text(); ok {
		c.date.offer(s, rank8+off)
	}
	if s, ok := n.member(keyDateModified).text(); ok {
		c.date.offer(s, rank9+off)
	}
	if pub := w.deref(n.member(keyPublisher)); pub.kind == jsObject {
		name := cleanSite(jsonString(pub.member(keyName), maxShort))
		c.site.offer(name, rank2+off)
		c.publisher.offer(name, rank1+off)
	}
	c.desc.offer(jsonString(n.member(keyDescription), maxShort), rank4+off)
	c.lang.offer(normLang(jsonString(n.member(keyInLanguage), maxShort)), rank4+off)
	c.offerURL(jsonString(n.member(keyURL), maxURL), rank3+off)
	switch m := n.member(keyMainEntityOfPage); m.kind {
	case jsString:
		c.offerURL(m.str, rank3+off)
	case jsObject:
		c.offerURL(jsonString(m.member(keyID), maxURL), rank3+off)
	}
	c.image.offer(checkURL(w.imageURL(n.member(keyImage), 0)), rank3+off)
	if thumb := n.member(keyThumbnailURL); !thumb.isNull() {
		c.image.offer(checkURL(w.imageURL(thumb, 0)), rank3+off)
	}
	switch kw := n.member(keyKeywords); kw.kind {
	case jsString:
		c.tags.offer(unescape(kw.str), rank3+off, true)
	case jsArray:
		for i := range kw.kids {
			if s, ok := kw.kids[i].text(); ok {
				c.tags.offer(unescape(s), rank3+off, false)
			}
		}
	}
	if kind == kindArticle && c.body == "" {
		if s, ok := n.member(keyArticleBody).text(); ok {
			c.body = cleanBody(s)
		}
	}
}

// authors returns the names in an author value: a string, a Person or
// Organization (possibly by @id reference) or a list of them, joined with
// ", ". URLs are not names and are skipped, and so are the organisations
// of a list that names a Person (the publisher credited beside its
// writer).
func (w *walker) authors(v *jsonValue) string {
	var names []string
	add := func(s string) {
		s = cleanAuthor(unescape(s))
		if s == "" || looksLikeURL(s) || len(names) >= maxAuthors {
			return
		}
		for _, n := range names {
			if strings.EqualFold(n, s) {
				return
			}
		}
		names = append(names, s)
	}
	people := false // a list that names a Person: its organisations go
	var visit func(v *jsonValue, depth int)
	visit = func(v *jsonValue, depth int) {
		switch v := w.deref(v); v.kind {
		case jsString:
			add(v.str)
		case jsObject:
			if !people || !isOrganizationNode(v) {
				add(personName(v))
			}
		case jsArray:
			if depth > 0 {
				return
			}
			people = w.hasPerson(v.kids)
			for i := range v.kids {
				visit(&v.kids[i], depth+1)
			}
		}
	}
	visit(v, 0)
	return clean(strings.Join(names, ", "), maxShort)
}

// imageURL returns the URL of an image value: a URL string, an ImageObject
// ({"url": ...} or {"contentUrl": ...}), a reference, or the first of a
// list of them.
func (w *walker) imageURL(v *jsonValue, depth int) string {
	if depth > 3 {
		return ""
	}
	switch v := w.deref(v); v.kind {
	case jsString:
		return strings.TrimSpace(v.str)
	case jsObject:
		for _, key := range [...]jsonKey{keyURL, keyContentURL, keyID} {
			if s := w.imageURL(v.member(key), depth+1); s != "" {
				return s
			}
		}
	case jsArray:
		for i := range v.kids {
			if s := w.imageURL(&v.kids[i], depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// jsonString returns v cleaned when it is a string, or the first string
// of a list ("headline": ["A", "B"]).
func jsonString(v *jsonValue, max int) string {
	switch v.kind {
	case jsString:
		return clean(unescape(v.str), max)
	case jsArray:
		if len(v.kids) > 0 {
			if s, ok := v.kids[0].text(); ok {
				return clean(unescape(s), max)
			}
		}
	}
	return ""
}

// unescape decodes the HTML entities that JSON-LD values often carry
// ("Tom &amp; Jerry").
func unescape(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return html.UnescapeString(s)
}
