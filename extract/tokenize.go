package extract

import (
	"slices"
	"sync"
	"unicode"

	"github.com/winnowtext/winnow/internal/htmlscan"
	"golang.org/x/net/html/atom"
)

// scanners recycles htmlscan.Scanners, whose buffers grow to fit the
// pages they read; the pool holds no state between calls.
var scanners = sync.Pool{New: func() any { return htmlscan.New(nil) }}

// segmentHTML scans page (UTF-8) and feeds the segmenter. No tree is
// built: the scanner hands out slices into the page or its own buffers,
// and only text that becomes a block is copied. With keepMarkup the
// segmenter also records where each block lies in page.
func segmentHTML(page []byte, pageURL string, lim Limits, stop func() bool, keepMarkup bool) *segmenter {
	s := newSegmenter(lim, len(page))
	s.knowSite(pageURL)
	if keepMarkup {
		s.src = newSourceSpans(page)
	}
	s.scan(page, stop)
	s.finish()
	return s
}

// scan feeds the segmenter the tokens of markup, which is a page or, for
// a tree parsed with scripting on, the raw text of a <noscript>. With
// s.src set (a page read with KeepMarkup), offsets are the page's.
func (s *segmenter) scan(markup []byte, stop func() bool) {
	z := scanners.Get().(*htmlscan.Scanner)
	defer scanners.Put(z)
	defer z.Reset(nil)
	z.Reset(markup)
	outer := s.scanner
	s.scanner = z
	defer func() { s.scanner = outer }()
	attrs := s.tagAttrs[:0]
	s.tagAttrs = nil
	// What the scanner was last told of CDATA sections: only start and
	// end tags move in or out of foreign content, so it is checked after
	// them (and once before the first token).
	cdata := s.inForeignContent()
	z.AllowCDATA(cdata)
	for n := 0; ; n++ {
		if n&1023 == 1023 && stop != nil && stop() {
			s.tagAttrs = attrs[:0]
			return
		}
		tt := z.Next()
		if s.src != nil {
			s.src.at(z.Offset(), len(z.Raw()))
		}
		switch tt {
		case htmlscan.ErrorToken:
			s.tagAttrs = attrs[:0]
			return
		case htmlscan.TextToken:
			if !s.wantsText() {
				break
			}
			// White space alone, the markup's indentation, needs no
			// decoding (see spaceText).
			raw := z.Raw()
			space := isSpaceOnly(raw)
			if space && s.spaceText(raw) {
				break
			}
			t := z.Text()
			if !space && !sameBytes(t, raw) {
				space = isSpaceOnly(t) // decoded: "&#32;" is a space
			}
			s.textOf(t, space)
		case htmlscan.StartTagToken, htmlscan.SelfClosingTagToken:
			a := z.TagAtom()
			attrs = attrs[:0]
			var keys attrKeys
			for i, n := 0, z.AttrCount(); i < n; i++ {
				var v []byte
				k := z.AttrKey(i)
				key, kind, read := keyInfo(k)
				keys |= key
				if read {
					v = z.AttrValueAt(i)
				}
				// Written in place: building an attr and copying it in
				// cost a third of the loop.
				if len(attrs) == cap(attrs) {
					attrs = slices.Grow(attrs, 1)
				}
				attrs = attrs[:len(attrs)+1]
				at := &attrs[len(attrs)-1]
				at.key, at.val, at.kind = k, v, kind
			}
			// "<div/>" opens a div in HTML; the slash only closes void and
			// foreign elements.
			s.start(a, attrs, keys, tt == htmlscan.SelfClosingTagToken && s.honoursSelfClosing(a, attrs))
			if s.src != nil && a == atom.Base {
				s.src.noteBase(attrs)
			}
			if s.parsesMarkup(a) {
				z.NextIsNotRawText()
			}
			if f := s.inForeignContent(); f != cdata {
				z.AllowCDATA(f)
				cdata = f
			}
		case htmlscan.EndTagToken:
			s.end(z.TagAtom())
			if f := s.inForeignContent(); f != cdata {
				z.AllowCDATA(f)
				cdata = f
			}
		}
	}
}

// sameBytes reports whether t and raw are the same bytes of memory: the
// scanner hands out a token's text as it is in the page when decoding
// changes nothing.
func sameBytes(t, raw []byte) bool {
	return len(t) == len(raw) && (len(t) == 0 || &t[0] == &raw[0])
}

// readsValue reports whether the segmenter reads the value of an attribute
// named key: attrHints (with the part names data-role, component and
// data-component) and isJSONLD read a few, and metaAttrs, markOf and
// noteBase those the metadata collector takes (collectorKey). The values
// of the others (srcset, data-*, alt) are left undecoded, and their attr
// has an empty val.
func readsValue(key []byte) bool {
	_, read := keyOf(key)
	return read
}

// attrKeys is a set of attribute names that start looks for: knowing
// which a tag has, it skips the readers of attributes it has none of
// (most tags have a class and no more).
type attrKeys uint16

const (
	keyHref attrKeys = 1 << iota
	keyRel
	keyItemprop
	keyDatetime
	keyControls // aria-controls
	keyRole
	keyID
	keyOpen
	keyItemtype
	keyTabindex
)

// markKeys are the attributes that markOf reads.
const markKeys = keyHref | keyRel | keyItemprop | keyDatetime

// keyOf returns the set that holds the attribute named key, if start
// looks for it, and whether the segmenter reads its value (readsValue).
func keyOf(key []byte) (attrKeys, bool) {
	keys, _, read := keyInfo(key)
	return keys, read
}

// attrKind names the attributes that attrHints reads, so that it tells
// them apart by a number where it compared each name again.
type attrKind uint8

const (
	attrOther      attrKind = iota
	attrClass               // class
	attrName                // id and the part names: data-role, component, data-component
	attrRole                // role
	attrItemprop            // itemprop
	attrItemtype            // itemtype
	attrHidden              // hidden
	attrAriaModal           // aria-modal
	attrAriaHidden          // aria-hidden
	attrStyle               // style
	attrShownIf             // v-if, v-else-if, v-else
)

// keyInfo is keyOf with the attribute's kind for attrHints.
func keyInfo(key []byte) (attrKeys, attrKind, bool) {
	switch string(key) {
	case "class":
		return 0, attrClass, true
	case "data-role", "component", "data-component":
		return 0, attrName, true
	case "id":
		return keyID, attrName, true
	case "aria-hidden":
		return 0, attrAriaHidden, true
	case "aria-modal":
		return 0, attrAriaModal, true
	case "style":
		return 0, attrStyle, true
	case "itemtype":
		return keyItemtype, attrItemtype, true
	case "type", "title":
		return 0, attrOther, true
	case "href":
		return keyHref, attrOther, true
	case "rel":
		return keyRel, attrOther, true
	case "itemprop":
		return keyItemprop, attrItemprop, true
	case "datetime":
		return keyDatetime, attrOther, true
	case "aria-controls":
		return keyControls, attrOther, true
	case "role":
		return keyRole, attrRole, true
	case "open":
		return keyOpen, attrOther, false
	case "tabindex":
		return keyTabindex, attrOther, true
	case "hidden":
		return 0, attrHidden, collectorKey(key) != ""
	case "v-if", "v-else-if", "v-else":
		return 0, attrShownIf, true
	}
	return 0, attrOther, collectorKey(key) != ""
}

// newAttr returns the attribute key="val", its kind named.
func newAttr(key, val []byte) attr {
	_, kind, _ := keyInfo(key)
	return attr{key: key, val: val, kind: kind}
}

// keysOf is the set of attrs' names, for attributes not read by the
// scanner.
func keysOf(attrs []attr) attrKeys {
	var keys attrKeys
	for i := range attrs {
		k, _ := keyOf(attrs[i].key)
		keys |= k
	}
	return keys
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
