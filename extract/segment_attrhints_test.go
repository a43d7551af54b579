package extract

import (
	"bytes"
	"math/rand"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
)

// attrHints gathers what an element's attributes say in a struct; it says
// what it said when seven results were kept in variables (attrHintsRef),
// for lists of every attribute it reads, in every case, repeated (a second
// class attribute does not count as the class), with values that say
// something and values that do not.
func TestAttrHintsMatchesRef(t *testing.T) {
	type kv struct{ k, v string }
	pool := []kv{
		{"class", "article-body"}, {"class", "post-author byline"}, {"class", "sr-only"}, {"class", "d-none"},
		{"class", "cookie-banner"}, {"class", "review-text"}, {"class", "blockquote"}, {"class", ""},
		{"id", "sidebar"}, {"id", "post-4711"}, {"id", "onetrust-consent-sdk"}, {"data-role", "memberSignature"},
		{"component", "post/signature"}, {"data-component", "share-bar"}, {"itemtype", "https://schema.org/Comment"},
		{"role", "navigation"}, {"role", "Main"}, {"role", "dialog"}, {"role", "contentinfo"}, {"role", "banner"},
		{"role", "complementary"}, {"role", "menubar"}, {"role", "presentation"},
		{"itemprop", "articleBody"}, {"itemprop", "TEXT"}, {"itemprop", "author"}, {"hidden", ""},
		{"aria-modal", "true"}, {"aria-modal", "false"}, {"aria-hidden", "TRUE"}, {"aria-hidden", "false"},
		{"style", "display:none"}, {"style", "color:red"}, {"href", "#x"}, {"title", "nav"},
	}
	r := rand.New(rand.NewSource(16))
	s := &segmenter{}
	ref := &segmenter{}
	for range 20000 {
		var attrs []attr
		for k := r.Intn(6); k > 0; k-- {
			p := pool[r.Intn(len(pool))]
			attrs = append(attrs, newAttr([]byte(p.k), []byte(p.v)))
		}
		h, ip, m, c, rv, w, cl := s.attrHints(attrs)
		rh, rip, rm, rc, rrv, rw, rcl := ref.attrHintsRef(attrs)
		if h != rh || ip != rip || m != rm || c != rc || rv != rrv || w != rw || cl != rcl {
			t.Fatalf("%+v: attrHints %v %v %v %v %v %v %+v, attrHintsRef %v %v %v %v %v %v %+v", attrs,
				h, ip, m, c, rv, w, cl, rh, rip, rm, rc, rrv, rw, rcl)
		}
	}
}

// attrHintsRef is attrHints as it was before its results were gathered
// in a struct.
func (s *segmenter) attrHintsRef(attrs []attr) (h boilerplate.Hint, itemprop bool, mark markKind, consent, review bool, word nameWord, class classSays) {
	classSeen := false
	var itemtype, id []byte
	for i := range attrs {
		at := &attrs[i]
		switch string(at.key) {
		case "itemtype":
			itemtype = at.val
		case "class", "id", "data-role", "component", "data-component":
			if string(at.key) == "id" && id == nil {
				id = at.val
			}
			if s.names == nil {
				s.names = hintCaches.Get().(*hintCache)
			}
			isClass := !classSeen && string(at.key) == "class" // the first class attribute counts
			nh, nm, nc, nr, nw, nclass := s.names.nameHints(at.val, isClass)
			if isClass {
				class, classSeen = nclass, true
			}
			h |= nh
			mark |= nm
			consent = consent || nc
			review = review || nr
			word = word.and(nw)
		case "role":
			var lower [32]byte
			switch string(ascii.AppendLower(lower[:0], at.val)) {
			case "navigation", "menu", "menubar", "toolbar":
				h |= boilerplate.HintNav
			case "contentinfo":
				h |= boilerplate.HintFooter
			case "complementary":
				h |= boilerplate.HintAside
			case "banner":
				h |= boilerplate.HintHeader
			case "main", "article":
				h |= boilerplate.HintArticle
			case "dialog", "alertdialog":
				h |= boilerplate.HintBoilerplate
			}
		case "itemprop":
			itemprop = true
			if bytes.EqualFold(at.val, []byte("articleBody")) || bytes.EqualFold(at.val, []byte("text")) {
				h |= boilerplate.HintArticle
			}
		case "hidden":
			h |= boilerplate.HintHidden
		case "aria-modal":
			// A modal dialog covers the page once a script opens it:
			// a policy, a quick view, a sign-in form, not the page's
			// own text. (role=dialog alone also names sheets that
			// stay on the page: aria-modal="false".)
			if bytes.EqualFold(at.val, []byte("true")) {
				h |= boilerplate.HintHidden
			}
		case "aria-hidden":
			if bytes.EqualFold(at.val, []byte("true")) {
				h |= boilerplate.HintHidden
			}
		case "style":
			if hiddenStyle(at.val) {
				h |= boilerplate.HintHidden
			}
		}
	}
	if class.shape == 0 && itemtype != nil {
		// Elements without a class that microdata types alike
		// (schema.org's Comment, Answer) are of one shape.
		class.shape = classShape(itemtype)
	}
	if class.shape == 0 && id != nil {
		class.idShape = idStemShape(id)
	}
	return h, itemprop, mark, consent, review, word, class
}
