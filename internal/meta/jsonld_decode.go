package meta

import (
	"encoding/binary"
	"math/bits"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/arena"
	"github.com/winnowtext/winnow/internal/swar"
)

// decodeAll decodes the JSON values in s one after another into t,
// returning those before the first error, and whether there was one. The
// strings it keeps are held in strs.
//
// The values are what encoding/json's Decoder gives into an any, with the
// same validity rules, string unquoting and nesting limit, as a tree of
// jsonValues: strings, arrays and objects, with numbers and booleans told
// apart from null but not kept. An object keeps only the members whose key
// jsonld.go reads (jsonldKey), the last one given of each, as a map would:
// all others are checked and stand together as one member, keyOther, so
// that the number of members still tells a bare {"@id": ...} reference from
// a node. Not decoding what is never read, often most of a script, makes
// this several times faster than encoding/json, and the tree spares all
// but a few of its allocations.
func decodeAll(s []byte, strs *arena.Strings, t *jsonTree) ([]jsonValue, bool) {
	p := jsonParser{s: s, strs: strs, t: t}
	base, n := len(t.stack), 0
	ok := true
	for {
		p.skipSpace()
		if p.i == len(s) {
			break
		}
		v, good := p.value(true)
		if !good {
			ok = false
			break
		}
		t.stack = append(t.stack[:base+n], v)
		n++
	}
	return t.close(base, base+n), ok
}

// jsonTree is the memory decodeAll builds values in: kept by the Collector
// from script to script, so that a page's JSON-LD costs no allocation once
// it has grown.
type jsonTree struct {
	stack []jsonValue // the values of the containers still open
	slab  []jsonValue // the values of the containers closed
	// The walker's lists, kept with the values they point into.
	nodes []*jsonValue
	ids   []jsonID
}

// close moves stack[base:end] to the slab and returns them there; the
// stack is cut back to base.
func (t *jsonTree) close(base, end int) []jsonValue {
	if end == base {
		t.stack = t.stack[:base]
		return nil
	}
	at := len(t.slab)
	t.slab = append(t.slab, t.stack[base:end]...)
	t.stack = t.stack[:base]
	return t.slab[at:len(t.slab):len(t.slab)]
}

// reset readies t for another script: the values of the last one are
// overwritten. A new tree starts with room for a common script, which
// would otherwise grow its slices a few times.
func (t *jsonTree) reset() {
	if t.slab == nil {
		t.stack = make([]jsonValue, 0, 32)
		t.slab = make([]jsonValue, 0, 128)
		t.nodes = make([]*jsonValue, 0, 32)
		t.ids = make([]jsonID, 0, 16)
		return
	}
	t.stack, t.slab, t.nodes, t.ids = t.stack[:0], t.slab[:0], t.nodes[:0], t.ids[:0]
}

// maxPooledJSON bounds the values a jsonTree keeps for the next page.
const maxPooledJSON = 4096

// release clears the strings of t's values, which are the page's, and
// keeps its memory for another page unless it grew unusually large.
func (t *jsonTree) release() {
	if cap(t.slab) > maxPooledJSON || cap(t.stack) > maxPooledJSON || cap(t.nodes) > maxPooledJSON ||
		cap(t.ids) > maxPooledJSON {
		*t = jsonTree{}
		return
	}
	clear(t.stack[:cap(t.stack)])
	clear(t.slab[:cap(t.slab)])
	clear(t.nodes[:cap(t.nodes)])
	clear(t.ids[:cap(t.ids)])
	t.reset()
}

// jsonldKey returns the key of an object member that jsonld.go reads, or
// false.
func jsonldKey(k []byte) (jsonKey, bool) {
	switch string(k) {
	case "@type":
		return keyType, true
	case "@id":
		return keyID, true
	case "@graph":
		return keyGraph, true
	case "mainEntity":
		return keyMainEntity, true
	case "mainEntityOfPage":
		return keyMainEntityOfPage, true
	case "name":
		return keyName, true
	case "headline":
		return keyHeadline, true
	case "author":
		return keyAuthor, true
	case "creator":
		return keyCreator, true
	case "givenName":
		return keyGivenName, true
	case "familyName":
		return keyFamilyName, true
	case "datePublished":
		return keyDatePublished, true
	case "uploadDate":
		return keyUploadDate, true
	case "dateCreated":
		return keyDateCreated, true
	case "dateModified":
		return keyDateModified, true
	case "publisher":
		return keyPublisher, true
	case "description":
		return keyDescription, true
	case "inLanguage":
		return keyInLanguage, true
	case "url":
		return keyURL, true
	case "contentUrl":
		return keyContentURL, true
	case "image":
		return keyImage, true
	case "thumbnailUrl":
		return keyThumbnailURL, true
	case "keywords":
		return keyKeywords, true
	case "articleBody":
		return keyArticleBody, true
	case "recipeIngredient":
		return keyRecipeIngredient, true
	case "ingredients":
		return keyIngredients, true
	}
	return keyOther, false
}

// commonValueNames are string values that most JSON-LD scripts repeat:
// the schema.org types of the nodes a page describes itself with, and
// language tags.
var commonValueNames = [...]string{
	"Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "TechArticle", "WebPage", "WebSite",
	"CollectionPage", "AboutPage", "ContactPage", "FAQPage", "ItemPage", "ProfilePage", "SearchResultsPage",
	"Organization", "NewsMediaOrganization", "Corporation", "LocalBusiness", "Person", "ImageObject",
	"VideoObject", "BreadcrumbList", "ListItem", "ItemList", "SiteNavigationElement", "WPHeader",
	"WPFooter", "WPSideBar", "SearchAction", "EntryPoint", "ReadAction", "Thing", "CreativeWork",
	"Question", "Answer", "Product", "Offer", "AggregateRating", "Rating", "Review", "Recipe", "Event",
	"Place", "PostalAddress", "ContactPoint", "SpeakableSpecification", "Blog", "ImageGallery",
	"en", "en-US", "en-GB", "de", "de-DE", "de-AT", "de-CH", "fr", "fr-FR", "es", "es-ES", "it",
	"it-IT", "pt", "pt-BR", "pt-PT", "nl", "nl-NL", "pl", "pl-PL", "ru", "ru-RU", "ja", "zh-CN",
}

// maxCommonValue is the length of the longest of commonValueNames.
const maxCommonValue = 24

// commonValues holds each of commonValueNames: a kept string equal to one
// is returned as it, sparing the copy of the string. It is never changed.
var commonValues = func() map[string]string {
	m := make(map[string]string, len(commonValueNames))
	for _, v := range commonValueNames {
		m[v] = v
	}
	return m
}()

// maxJSONNesting is encoding/json's limit on nested arrays and objects.
const maxJSONNesting = 10000

// jsonParser is a recursive-descent JSON parser over s from i.
type jsonParser struct {
	s     []byte
	i     int
	depth int
	// strs holds the strings kept; unquoted is scratch for those with
	// escapes, on the stack with the parser (a longer one is unquoted on
	// the heap).
	strs     *arena.Strings
	unquoted [256]byte
	t        *jsonTree
}

func isJSONSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

func (p *jsonParser) skipSpace() {
	for p.i < len(p.s) && isJSONSpace(p.s[p.i]) {
		p.i++
	}
}

// value parses the value at p.i, which is not white space. When keep is
// false it only checks it and returns a null value.
func (p *jsonParser) value(keep bool) (jsonValue, bool) {
	if p.i >= len(p.s) {
		return jsonValue{}, false
	}
	switch c := p.s[p.i]; c {
	case '{':
		return p.object(keep)
	case '[':
		return p.array(keep)
	case '"':
		start := p.i
		plain, ok := p.skipString()
		if !ok || !keep {
			return jsonValue{}, ok
		}
		raw := p.s[start+1 : p.i-1]
		if plain && len(raw) <= maxCommonValue {
			if v, ok := commonValues[string(raw)]; ok {
				return jsonValue{kind: jsString, str: v}, true
			}
		}
		return jsonValue{kind: jsString, str: p.unquote(raw, plain)}, true
	case 't':
		return p.literal("true", jsScalar)
	case 'f':
		return p.literal("false", jsScalar)
	case 'n':
		return p.literal("null", jsNull)
	default:
		if c == '-' || '0' <= c && c <= '9' {
			return p.number(keep)
		}
		return jsonValue{}, false
	}
}

func (p *jsonParser) literal(word string, kind uint8) (jsonValue, bool) {
	if len(p.s)-p.i < len(word) || string(p.s[p.i:p.i+len(word)]) != word {
		return jsonValue{}, false
	}
	p.i += len(word)
	return jsonValue{kind: kind}, true
}

// number parses -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?. Like
// encoding/json, which decodes it into a float64, it fails on a number too
// large for one: only a number with an exponent or of hundreds of digits
// can be, and only those are converted when the value is not kept.
func (p *jsonParser) number(keep bool) (jsonValue, bool) {
	s, start := p.s, p.i
	i := start
	if s[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case digits() == 0:
		return jsonValue{}, false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return jsonValue{}, false
		}
	}
	exp := false
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		exp = true
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return jsonValue{}, false
		}
	}
	p.i = i
	if !keep && !exp && i-start < 300 {
		return jsonValue{}, true
	}
	if _, err := strconv.ParseFloat(string(s[start:i]), 64); err != nil {
		return jsonValue{}, false
	}
	if !keep {
		return jsonValue{}, true
	}
	return jsonValue{kind: jsScalar}, true
}

// skipString moves past the string at p.i, checking its escapes and that
// it holds no control characters. plain reports that its content needs no
// unquoting: no escapes, valid UTF-8.
func (p *jsonParser) skipString() (plain, ok bool) {
	s := p.s
	i := p.i + 1
	plain = true
	for i < len(s) {
		for i+8 <= len(s) {
			if m := stringStops(binary.LittleEndian.Uint64(s[i:])); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		switch {
		case c == '"':
			p.i = i + 1
			return plain, true
		case c == '\\':
			if i+1 >= len(s) {
				return false, false
			}
			switch s[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if getHex4(s[i+2:]) < 0 {
					return false, false
				}
				i += 6
			default:
				return false, false
			}
			plain = false
		case c < 0x20:
			return false, false
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			if r == utf8.RuneError && size == 1 {
				plain = false
			}
			i += size
		}
	}
	return false, false
}

// stringStops returns the high bit of each of the 8 bytes of x (little
// endian) that skipString must look at: a quote, a backslash, a control
// character or a byte of a multi-byte character.
func stringStops(x uint64) uint64 {
	const ones, lows, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	// (x&lows)+0x60 sets the high bit of each byte of 0x20 or more, without
	// a carry into the next byte.
	control := ^(x&lows + 0x60*ones) & highs
	return swar.Equal(x, '"') | swar.Equal(x, '\\') | control | x&highs
}

// getHex4 returns the value of the four hex digits s starts with, or -1.
func getHex4(s []byte) rune {
	if len(s) < 4 {
		return -1
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// unquote returns the content of a checked string as encoding/json
// does: escapes decoded, invalid UTF-8 bytes and unpaired surrogates
// replaced with U+FFFD. The string is held in the parser's arena.
func (p *jsonParser) unquote(s []byte, plain bool) string {
	if plain {
		return p.strs.String(s)
	}
	return p.strs.String(appendUnquoted(p.unquoted[:0], s))
}

// appendUnquoted appends to b the content of the checked string s, its
// escapes decoded and invalid UTF-8 replaced (see unquote).
func appendUnquoted(b, s []byte) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			switch e := s[i+1]; e {
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r := getHex4(s[i+2:])
				i += 6
				if utf16.IsSurrogate(r) {
					if i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
						if d := utf16.DecodeRune(r, getHex4(s[i+2:])); d != utf8.RuneError {
							b = utf8.AppendRune(b, d)
							i += 6
							continue
						}
					}
					r = utf8.RuneError
				}
				b = utf8.AppendRune(b, r)
				continue
			default: // " \ /
				b = append(b, e)
			}
			i += 2
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			b = utf8.AppendRune(b, r)
			i += size
		}
	}
	return b
}

// closes reports whether the container opened last ends at once (after
// white space) with close, and steps over close if so.
func (p *jsonParser) closes(close byte) bool {
	p.skipSpace()
	if p.i < len(p.s) && p.s[p.i] == close {
		p.i++
		p.depth--
		return true
	}
	return false
}

// next reads what follows a member of the container opened last: a comma
// (another member follows) or close (done, the container ends). ok is
// false on anything else.
func (p *jsonParser) next(close byte) (done, ok bool) {
	p.skipSpace()
	if p.i >= len(p.s) {
		return false, false
	}
	switch p.s[p.i] {
	case ',':
		p.i++
		return false, true
	case close:
		p.i++
		p.depth--
		return true, true
	}
	return false, false
}

func (p *jsonParser) enter() bool {
	p.depth++
	return p.depth <= maxJSONNesting
}

func (p *jsonParser) array(keep bool) (jsonValue, bool) {
	if !p.enter() {
		return jsonValue{}, false
	}
	p.i++ // [
	t := p.t
	base := len(t.stack)
	if p.closes(']') {
		return jsonValue{kind: jsArray}, true
	}
	for {
		p.skipSpace()
		v, ok := p.value(keep)
		if !ok {
			return jsonValue{}, false
		}
		if keep {
			t.stack = append(t.stack, v)
		}
		if done, ok := p.next(']'); !ok {
			return jsonValue{}, false
		} else if done {
			if !keep {
				return jsonValue{}, true
			}
			return jsonValue{kind: jsArray, kids: t.close(base, len(t.stack))}, true
		}
	}
}

func (p *jsonParser) object(keep bool) (jsonValue, bool) {
	if !p.enter() {
		return jsonValue{}, false
	}
	p.i++ // {
	t := p.t
	base := len(t.stack)
	if p.closes('}') {
		return jsonValue{kind: jsObject}, true
	}
	other := false // a member not kept was seen
	for {
		p.skipSpace()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return jsonValue{}, false
		}
		start := p.i
		plain, ok := p.skipString()
		if !ok {
			return jsonValue{}, false
		}
		key, read := keyOther, false
		if keep {
			raw := p.s[start+1 : p.i-1]
			if !plain {
				raw = appendUnquoted(p.unquoted[:0], raw)
			}
			key, read = jsonldKey(raw)
		}
		p.skipSpace()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return jsonValue{}, false
		}
		p.i++
		p.skipSpace()
		v, ok := p.value(read)
		if !ok {
			return jsonValue{}, false
		}
		switch {
		case read:
			v.key = key
			t.putMember(base, v)
		case keep && !other:
			other = true
			t.stack = append(t.stack, jsonValue{key: keyOther})
		}
		if done, ok := p.next('}'); !ok {
			return jsonValue{}, false
		} else if done {
			if !keep {
				return jsonValue{}, true
			}
			return jsonValue{kind: jsObject, kids: t.close(base, len(t.stack))}, true
		}
	}
}

// putMember adds member v to the object whose members are on the stack
// from base, in place of one with the same key.
func (t *jsonTree) putMember(base int, v jsonValue) {
	for i := base; i < len(t.stack); i++ {
		if t.stack[i].key == v.key {
			t.stack[i] = v
			return
		}
	}
	t.stack = append(t.stack, v)
}
