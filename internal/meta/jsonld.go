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
func (c *Collector) jsonld(vals []any) {
	if len(vals) == 0 {
		return
	}
	var w walker
	for _, v := range vals {
		w.walk(v, 0)
	}
	for _, n := range w.nodes {
		c.types.addNode(n)
		c.question(n)
		c.product(n)
		c.jsonldNode(n, &w)
	}
}

// walker collects the nodes of a JSON-LD document in document order.
type walker struct {
	nodes []map[string]any
	ids   map[string]map[string]any // nil until a node has an @id
}

func (w *walker) walk(v any, depth int) {
	if depth > maxJSONLDWalkDepth || len(w.nodes) >= maxJSONLDNodes {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			w.walk(e, depth+1)
		}
	case map[string]any:
		if _, ok := v["@type"]; ok {
			if w.nodes == nil {
				w.nodes = make([]map[string]any, 0, 8) // most scripts describe a few: one allocation
			}
			w.nodes = append(w.nodes, v)
		}
		if id, ok := v["@id"].(string); ok && len(v) > 1 {
			if _, seen := w.ids[id]; !seen {
				if w.ids == nil {
					w.ids = map[string]map[string]any{} // most scripts name no @id
				}
				w.ids[id] = v
			}
		}
		for _, key := range [...]string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if child, ok := v[key]; ok {
				switch child.(type) {
				case map[string]any, []any:
					w.walk(child, depth+1)
				}
			}
		}
	}
}

// deref returns the node an {"@id": ...} reference names, or v itself.
func (w *walker) deref(v any) any {
	if m, ok := v.(map[string]any); ok {
		if id, ok := m["@id"].(string); ok && len(m) == 1 {
			if n, ok := w.ids[id]; ok {
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
func nodeKind(n map[string]any) (int, string) {
	kind, name := kindOther, ""
	for t := range typeNames(n["@type"]) {
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
func typeNames(v any) iter.Seq[string] {
	return func(yield func(string) bool) {
		switch v := v.(type) {
		case string:
			yield(shortType(v))
		case []any:
			for _, e := range v {
				if s, ok := e.(string); ok && !yield(shortType(s)) {
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
func (c *Collector) jsonldNode(n map[string]any, w *walker) {
	kind, typ := nodeKind(n)
	switch kind {
	case kindOther:
		return
	case kindWebSite:
		c.site.offer(cleanSite(jsonString(n["name"], maxShort)), rank4)
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

	title := jsonString(n["headline"], maxShort)
	if title == "" {
		title = jsonString(n["name"], maxShort)
	}
	c.title.offer(title, rank3+off)
	c.author.offer(w.authors(n["author"]), rank3+off)
	// creator: schema.org's broader credit, ranked as dc.creator.
	c.author.offer(w.authors(n["creator"]), rank5+off)
	for _, key := range [...]string{"datePublished", "uploadDate"} { // uploadDate: VideoObject's
		if s, ok := n[key].(string); ok {
			c.date.offer(s, rank3+off)
		}
	}
	if s, ok := n["dateCreated"].(string); ok {
		c.date.offer(s, rank8+off)
	}
	if s, ok := n["dateModified"].(string); ok {
		c.date.offer(s, rank9+off)
	}
	if pub, ok := w.deref(n["publisher"]).(map[string]any); ok {
		name := cleanSite(jsonString(pub["name"], maxShort))
		c.site.offer(name, rank2+off)
		c.publisher.offer(name, rank1+off)
	}
	c.desc.offer(jsonString(n["description"], maxShort), rank4+off)
	c.lang.offer(normLang(jsonString(n["inLanguage"], maxShort)), rank4+off)
	c.offerURL(jsonString(n["url"], maxURL), rank3+off)
	switch m := n["mainEntityOfPage"].(type) {
	case string:
		c.offerURL(m, rank3+off)
	case map[string]any:
		c.offerURL(jsonString(m["@id"], maxURL), rank3+off)
	}
	c.image.offer(checkURL(w.imageURL(n["image"], 0)), rank3+off)
	if n["thumbnailUrl"] != nil {
		c.image.offer(checkURL(w.imageURL(n["thumbnailUrl"], 0)), rank3+off)
	}
	switch kw := n["keywords"].(type) {
	case string:
		c.tags.offer(unescape(kw), rank3+off, true)
	case []any:
		for _, k := range kw {
			if s, ok := k.(string); ok {
				c.tags.offer(unescape(s), rank3+off, false)
			}
		}
	}
	if kind == kindArticle && c.body == "" {
		if s, ok := n["articleBody"].(string); ok {
			c.body = cleanBody(s)
		}
	}
}

// authors returns the names in an author value: a string, a Person or
// Organization (possibly by @id reference) or a list of them, joined with
// ", ". URLs are not names and are skipped, and so are the organisations
// of a list that names a Person (the publisher credited beside its
// writer).
func (w *walker) authors(v any) string {
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
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		switch v := w.deref(v).(type) {
		case string:
			add(v)
		case map[string]any:
			if !people || !isOrganizationNode(v) {
				add(personName(v))
			}
		case []any:
			if depth > 0 {
				return
			}
			people = w.hasPerson(v)
			for _, e := range v {
				visit(e, depth+1)
			}
		}
	}
	visit(v, 0)
	return clean(strings.Join(names, ", "), maxShort)
}

// imageURL returns the URL of an image value: a URL string, an ImageObject
// ({"url": ...} or {"contentUrl": ...}), a reference, or the first of a
// list of them.
func (w *walker) imageURL(v any, depth int) string {
	if depth > 3 {
		return ""
	}
	switch v := w.deref(v).(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		for _, key := range [...]string{"url", "contentUrl", "@id"} {
			if s := w.imageURL(v[key], depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, e := range v {
			if s := w.imageURL(e, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// jsonString returns v cleaned when it is a string, or the first string
// of a list ("headline": ["A", "B"]).
func jsonString(v any, max int) string {
	switch v := v.(type) {
	case string:
		return clean(unescape(v), max)
	case []any:
		if len(v) > 0 {
			if s, ok := v[0].(string); ok {
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
