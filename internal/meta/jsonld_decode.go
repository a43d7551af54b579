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

// decodeAll decodes the JSON values in s one after another, returning those
// before the first error, and whether there was one. The strings it keeps
// are held in strs.
//
// The values are what encoding/json's Decoder gives into an any (maps,
// slices, strings, float64s, bools and nils, with the same validity rules,
// string unquoting and nesting limit) except that an object keeps only the
// members whose key jsonld.go reads (jsonldKey): all others are checked and
// stand together as one member, otherMembers, so that the length of a map
// still tells a bare {"@id": ...} reference from a node. Not decoding what
// is never read, often most of a script, makes this several times faster
// than encoding/json and spares most of its allocations.
func decodeAll(s []byte, strs *arena.Strings) ([]any, bool) {
	p := jsonParser{s: s, strs: strs}
	var vals []any
	for {
		p.skipSpace()
		if p.i == len(s) {
			return vals, true
		}
		v, ok := p.value(true)
		if !ok {
			return vals, false
		}
		vals = append(vals, v)
	}
}

// otherMembers is the key that stands for the members of an object that
// decodeAll does not keep.
const otherMembers = "\x00other"

// jsonldKey returns the key of an object member that jsonld.go reads, as
// a constant string, or false. Keep it in step with jsonld.go: a key read
// there but missing here reads as absent (TestJSONLDKeysRead checks).
func jsonldKey(k []byte) (string, bool) {
	switch string(k) {
	case "@type":
		return "@type", true
	case "@id":
		return "@id", true
	case "@graph":
		return "@graph", true
	case "mainEntity":
		return "mainEntity", true
	case "mainEntityOfPage":
		return "mainEntityOfPage", true
	case "name":
		return "name", true
	case "headline":
		return "headline", true
	case "author":
		return "author", true
	case "creator":
		return "creator", true
	case "givenName":
		return "givenName", true
	case "familyName":
		return "familyName", true
	case "datePublished":
		return "datePublished", true
	case "uploadDate":
		return "uploadDate", true
	case "dateCreated":
		return "dateCreated", true
	case "dateModified":
		return "dateModified", true
	case "publisher":
		return "publisher", true
	case "description":
		return "description", true
	case "inLanguage":
		return "inLanguage", true
	case "url":
		return "url", true
	case "contentUrl":
		return "contentUrl", true
	case "image":
		return "image", true
	case "thumbnailUrl":
		return "thumbnailUrl", true
	case "keywords":
		return "keywords", true
	case "articleBody":
		return "articleBody", true
	case "recipeIngredient":
		return "recipeIngredient", true
	case "ingredients":
		return "ingredients", true
	}
	return "", false
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

// commonValues holds each of commonValueNames boxed, once: a kept string
// equal to one is returned boxed already, sparing the copy of the string
// and its box, two of a script's allocations. It is never changed.
var commonValues = func() map[string]any {
	m := make(map[string]any, len(commonValueNames))
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
// false it only checks it and returns nil.
func (p *jsonParser) value(keep bool) (any, bool) {
	if p.i >= len(p.s) {
		return nil, false
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
			return nil, ok
		}
		raw := p.s[start+1 : p.i-1]
		if plain && len(raw) <= maxCommonValue {
			if v, ok := commonValues[string(raw)]; ok {
				return v, true
			}
		}
		return p.unquote(raw, plain), true
	case 't':
		return p.literal("true", true)
	case 'f':
		return p.literal("false", false)
	case 'n':
		return p.literal("null", nil)
	default:
		if c == '-' || '0' <= c && c <= '9' {
			return p.number(keep)
		}
		return nil, false
	}
}

func (p *jsonParser) literal(word string, v any) (any, bool) {
	if len(p.s)-p.i < len(word) || string(p.s[p.i:p.i+len(word)]) != word {
		return nil, false
	}
	p.i += len(word)
	return v, true
}

// number parses -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? into a
// float64. Like encoding/json it fails on a number too large for one; when
// the value is not kept, only a number with an exponent or of hundreds of
// digits can be, and only those are converted.
func (p *jsonParser) number(keep bool) (any, bool) {
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
		return nil, false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return nil, false
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
			return nil, false
		}
	}
	p.i = i
	if !keep && !exp && i-start < 300 {
		return nil, true
	}
	f, err := strconv.ParseFloat(string(s[start:i]), 64)
	if err != nil {
		return nil, false
	}
	if !keep {
		return nil, true
	}
	return f, true
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

func (p *jsonParser) array(keep bool) (any, bool) {
	if !p.enter() {
		return nil, false
	}
	p.i++ // [
	var out []any
	if keep {
		out = make([]any, 0) // not nil, as encoding/json gives: no allocation
	}
	if p.closes(']') {
		return out, true
	}
	for {
		p.skipSpace()
		v, ok := p.value(keep)
		if !ok {
			return nil, false
		}
		if keep {
			if cap(out) == 0 {
				out = make([]any, 0, 4) // most arrays: one allocation
			}
			out = append(out, v)
		}
		if done, ok := p.next(']'); !ok {
			return nil, false
		} else if done {
			return out, true
		}
	}
}

func (p *jsonParser) object(keep bool) (any, bool) {
	if !p.enter() {
		return nil, false
	}
	p.i++ // {
	var out map[string]any
	if keep {
		out = map[string]any{}
	}
	if p.closes('}') {
		return out, true
	}
	for {
		p.skipSpace()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return nil, false
		}
		start := p.i
		plain, ok := p.skipString()
		if !ok {
			return nil, false
		}
		key, read := "", false
		if keep {
			raw := p.s[start+1 : p.i-1]
			if !plain {
				raw = appendUnquoted(p.unquoted[:0], raw)
			}
			key, read = jsonldKey(raw)
		}
		p.skipSpace()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, false
		}
		p.i++
		p.skipSpace()
		v, ok := p.value(read)
		if !ok {
			return nil, false
		}
		if keep {
			if read {
				out[key] = v
			} else {
				out[otherMembers] = nil
			}
		}
		if done, ok := p.next('}'); !ok {
			return nil, false
		} else if done {
			return out, true
		}
	}
}
