package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

func TestNameHints(t *testing.T) {
	tests := []struct {
		name string
		want boilerplate.Hint
	}{
		{"", 0},
		{"article-body", boilerplate.HintContent},
		{"site-nav main-menu", boilerplate.HintNav | boilerplate.HintContent},
		{"shareButtons", boilerplate.HintBoilerplate | boilerplate.HintControl},
		{"btn btn-primary", boilerplate.HintControl},
		{"product-card__cta", boilerplate.HintControl},
		{"quickViewButton", boilerplate.HintControl},
		{"actions", 0},
		{"buttery-soft", 0},
		{"ad", boilerplate.HintBoilerplate},
		{"address", 0},
		{"canvas-wrapper", 0},
		{"CommentList", boilerplate.HintComment},
		{"footer__copyright", boilerplate.HintFooter},
		{"post-signature", boilerplate.HintSignature | boilerplate.HintContent},
		{"signatureContainer", boilerplate.HintSignature},
		{"x1 y2 z", 0},
		{"author-bio", boilerplate.HintBoilerplate},
		{"biography", 0},
		{"hauptnavigation", boilerplate.HintNav},
		{"kommentare", boilerplate.HintComment},
		{"wp-caption-text", boilerplate.HintFigure | boilerplate.HintContent},
		{"photo_credit", boilerplate.HintFigure},
		{"artikel-text", boilerplate.HintContent},
		{"social-links", boilerplate.HintBoilerplate},
		{"social-media-embed", 0},
		{"embedded-social ad", boilerplate.HintBoilerplate}, // the ad still counts
		{"recent-articles", boilerplate.HintBoilerplate | boilerplate.HintContent},
		{"recently-viewed", boilerplate.HintBoilerplate},
		{"table-of-contents", boilerplate.HintNav}, // an outline, not the content
		{"TableOfContents", boilerplate.HintNav},
		{"contents", boilerplate.HintContent},
		{"of contents", boilerplate.HintContent},     // two names, not one phrase
		{"text-color-navy", boilerplate.HintContent}, // a colour, not a menu
		{"bg-navy-dark", 0},
		{"navyblue", 0},
		{"navbar", boilerplate.HintNav},
		{"nav-navy", boilerplate.HintNav},
	}
	for _, tt := range tests {
		if got, _, _, _, _ := nameHints([]byte(tt.name)); got != tt.want {
			t.Errorf("nameHints(%q) = %v, want %v", tt.name, got.Names(), tt.want.Names())
		}
	}
}

func TestNameMarks(t *testing.T) {
	tests := []struct {
		name string
		want markKind
	}{
		{"byline", markAuthor},
		{"post-date", markDate},
		{"username", markAuthor},
		{"user-name", markAuthor},
		{"PostUser-name", markAuthor},
		{"bigusername", markAuthor},
		{"message-userName", markAuthor},
		{"user-menu", 0},
		{"superuser", 0},
		{"name", 0},
		{"product-name", 0},
	}
	for _, tt := range tests {
		if _, got, _, _, _ := nameHints([]byte(tt.name)); got != tt.want {
			t.Errorf("nameHints(%q) marks %v, want %v", tt.name, got, tt.want)
		}
	}
}

// The cache answers as nameHints does, for names seen again, for names
// whose slot another took, for names too long to remember and after a
// reset, and it never holds more name bytes than its bound.
func TestHintCacheMatchesNameHints(t *testing.T) {
	names := []string{"", "article-body", "onetrust-consent-sdk", "nav-menu", "byline", "post-date",
		"cookie-recipe-card", "post even", "instagram-media", strings.Repeat("x", 300) + " footer"}
	for i := range 2000 {
		names = append(names, fmt.Sprintf("grid-col-%d sidebar-%d", i, i%7), fmt.Sprintf("card__title--%d", i))
	}
	c := hintCaches.Get().(*hintCache)
	defer hintCaches.Put(c)
	for pass := range 3 {
		for _, n := range names {
			// Some names are read as ids first and as classes later.
			isClass := pass == 1 || (len(n)+pass)%2 == 0
			h, m, k, r, w, cl := c.nameHints([]byte(n), isClass)
			wh, wm, wk, wr, ww := nameHints([]byte(n))
			var wcl classSays
			if isClass {
				wcl = classSaysOf([]byte(n))
			}
			if h != wh || m != wm || k != wk || r != wr || w != ww || cl != wcl {
				t.Fatalf("pass %d: cache says %v %v %v %v %v %v for %q, nameHints %v %v %v %v %v %v", pass, h, m, k, r, w, cl, n, wh, wm, wk, wr, ww, wcl)
			}
		}
		if len(c.keys) > hintCacheKeyBytes {
			t.Fatalf("cache holds %d name bytes, bound %d", len(c.keys), hintCacheKeyBytes)
		}
		if pass == 1 {
			c.reset()
		}
	}
}

// A name's negative word is the one word that gave it a negative hint;
// names with none, or with different ones, have no word to weigh.
func TestNameWord(t *testing.T) {
	_, _, _, _, widget := nameHints([]byte("widget"))
	_, _, _, _, sidebar := nameHints([]byte("sidebar"))
	if widget == 0 || sidebar == 0 || widget == sidebar {
		t.Fatalf("widget %d, sidebar %d: want two different words", widget, sidebar)
	}
	tests := []struct {
		name string
		want nameWord
	}{
		{"pb-widget pb-widget-text-editor", widget},
		{"widget-container", widget},
		{"SidebarLeft", sidebar},
		{"sidebar widget", severalWords},
		{"entry-content", 0},
		{"social-embed", 0},
	}
	for _, tt := range tests {
		if _, _, _, _, got := nameHints([]byte(tt.name)); got != tt.want {
			t.Errorf("nameHints(%q) word = %d, want %d", tt.name, got, tt.want)
		}
	}
	if wordHints[widget] != boilerplate.HintAside {
		t.Errorf("wordHints[widget] = %v, want aside", wordHints[widget].Names())
	}
}

// wordHintRef and wordMarkRef are wordHint and wordMark as first written:
// every name of the word's first letter compared in turn.
func wordHintRef(w []byte) (boilerplate.Hint, nameWord) {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || strings.HasPrefix(string(w), "navy") {
		return 0, 0
	}
	for i, e := range exactHints {
		if string(w) == e.word {
			// exactHints come first in hintIndex.
			return e.hint, negativeWord(e.hint, i)
		}
	}
	for i, e := range hintPrefixes {
		if strings.HasPrefix(string(w), e.prefix) {
			return e.hint, negativeWord(e.hint, len(exactHints)+i)
		}
	}
	if len(w) > 7 {
		for i, e := range infixHints {
			if strings.Contains(string(w), string(e.stem)) {
				return e.hint, negativeWord(e.hint, len(exactHints)+len(hintPrefixes)+i)
			}
		}
	}
	return 0, 0
}

func wordMarkRef(w []byte) markKind {
	for _, n := range authorNames {
		if len(w) >= 4 && strings.HasPrefix(string(w), n) {
			return markAuthor
		}
	}
	for _, n := range dateNames {
		if len(w) >= 4 && strings.HasPrefix(string(w), n) {
			return markDate
		}
	}
	return 0
}

// The indexed lookups of wordHint and wordMark answer as a plain scan of
// the names does, for every name, its prefixes, and the name with letters
// or digits after it or before it.
func TestWordLookupsMatchScan(t *testing.T) {
	names := hintTableNames()
	var words []string
	for _, n := range names {
		for i := 1; i <= len(n); i++ {
			words = append(words, n[:i], n[:i]+"s", n[:i]+"x9", "a"+n[:i], "no"+n[:i]+"list", n[:i]+"7")
		}
	}
	words = append(words, "navy", "navyx", "nav", "navigation-navy", "a0", "z9", "zz", "adz", "q1", "xcaptioncomments", "xkommentarnavigation", "xcommcaption")
	// Every pair of a letter and a letter or digit, alone and with more
	// after it, so that each pair of hintIndex answers with its own names
	// ("ad" and "ads" whole, "advert" as a prefix) and no other pair's.
	for a := 'a'; a <= 'z'; a++ {
		for _, b := range "abcdefghijklmnopqrstuvwxyz0123456789" {
			words = append(words, string(a)+string(b), string(a)+string(b)+"s", string(a)+string(b)+"e")
		}
	}
	for _, w := range words {
		got, gotWord := wordHint([]byte(w))
		if want, wantWord := wordHintRef([]byte(w)); got != want || gotWord != wantWord {
			t.Errorf("wordHint(%q) = %v %d, want %v %d", w, got.Names(), gotWord, want.Names(), wantWord)
		}
		if got, want := wordMark([]byte(w)), wordMarkRef([]byte(w)); got != want {
			t.Errorf("wordMark(%q) = %v, want %v", w, got, want)
		}
	}
}

// The values the segmenter reads reach it, and those it does not are left
// out (readsValue): each attribute below decides the hints of the <div>.
func TestAttributeValuesRead(t *testing.T) {
	tests := []struct {
		attrs string
		want  boilerplate.Hint
	}{
		{`class="site-nav"`, boilerplate.HintNav},
		{`id="comments"`, boilerplate.HintComment},
		{`role="navigation"`, boilerplate.HintNav},
		{`role="toolbar"`, boilerplate.HintNav}, // a bar of controls: Reply, Forward
		{`itemprop="articleBody"`, boilerplate.HintArticle},
		{`aria-hidden="true"`, boilerplate.HintHidden},
		{`style="display: none"`, boilerplate.HintHidden},
		{`hidden`, boilerplate.HintHidden},
		{`class="printfooter"`, boilerplate.HintFooter},
		{`data-role="navigation"`, boilerplate.HintNav},
		{`component="post/signature"`, boilerplate.HintSignature | boilerplate.HintContent},
		{`title="footer" alt="sidebar" data-title="footer"`, 0},
	}
	for _, tt := range tests {
		s := segmentHTML([]byte(`<body><div `+tt.attrs+`><p>Some words of text.</p></div>`), "", Limits{}.withDefaults(), nil, false)
		var got boilerplate.Hint
		for _, n := range s.nodes {
			if n.tag == atom.Div {
				got = n.hints
			}
		}
		if got != tt.want {
			t.Errorf("<div %s>: hints %v, want %v", tt.attrs, got.Names(), tt.want.Names())
		}
	}
	if !readsValue([]byte("type")) {
		t.Error(`the value of "type" (JSON-LD scripts) is not read`)
	}
	for _, k := range []string{"content", "value", "name", "property", "http-equiv", "itemprop", "datetime", "rel", "href", "src", "lang", "xml:lang"} {
		if !readsValue([]byte(k)) {
			t.Errorf("the value of %q, which the metadata reads, is not read", k)
		}
	}
}

// A <noscript> in the body holds what it holds and no more: its end tag
// closes it, so the page after it is not read as inside it (a tracking
// pixel's <noscript> opens many bodies).
func TestNoscriptCloses(t *testing.T) {
	page := `<html><head><title>t</title></head><body>` +
		`<noscript> &lt;img height="1" src="//pixel.example/tr?id=2"&gt; </noscript>` +
		`<noscript><iframe src="//tags.example/ns.html"></iframe></noscript>` +
		`<div><p>The article's first paragraph, after the pixels.</p></div></body></html>`
	s := segmentHTML([]byte(page), "", Limits{}.withDefaults(), nil, false)
	s.setTexts()
	resolveHints(s, false)
	found := false
	for _, b := range s.blocks {
		if strings.HasPrefix(b.Text, "The article's first paragraph") {
			found = true
			if b.Features.Hints.Has(boilerplate.HintNoscript) {
				t.Errorf("the paragraph after a closed <noscript> is read as inside it: %v", b.Features.Hints.Names())
			}
		}
	}
	if !found {
		t.Fatal("the paragraph is missing")
	}
}

// A <dialog> shows only when open: a closed one (a newsletter prompt, a
// login form waiting for a click) is hidden, an open one is not.
func TestClosedDialogHidden(t *testing.T) {
	page := `<html><head><title>t</title></head><body>` +
		`<dialog id="newsletter"><p>Subscribe to our weekly newsletter and never miss a story.</p></dialog>` +
		`<dialog open><p>This site is in maintenance tonight from ten to midnight.</p></dialog>` +
		`<div><p>The article's first paragraph.</p></div></body></html>`
	checkHidden(t, page, map[string]bool{"Subscribe": true, "This site": false, "The article's": false})
}

// A modal dialog (aria-modal="true") covers the page once a script opens
// it: a store's refund policy behind a footer link is hidden. A sheet that
// says it is not modal, and the page, are not.
func TestModalDialogHidden(t *testing.T) {
	page := `<html><head><title>t</title></head><body>` +
		`<div><p>Our sneakers are made of wool and sugarcane, and they last for years.</p></div>` +
		`<footer><a href="#refund">Refund policy</a></footer>` +
		`<div id="modal-refund" role="dialog" aria-modal="TRUE"><h2>Refund policy</h2>` +
		`<p>Returns are accepted within thirty days of delivery in their original packaging.</p></div>` +
		`<div class="sheet" role="dialog" aria-modal="false"><p>Size guide: order your usual size.</p></div>` +
		`</body></html>`
	checkHidden(t, page, map[string]bool{"Our sneakers": false, "Returns are": true, "Size guide": false})
}

// checkHidden segments page, resolves its hints and checks, for the block
// that begins with each prefix of want, whether it is hidden.
func checkHidden(t *testing.T, page string, want map[string]bool) {
	t.Helper()
	s := segmentHTML([]byte(page), "", Limits{}.withDefaults(), nil, false)
	s.setTexts()
	resolveHints(s, false)
	for _, b := range s.blocks {
		for prefix, hidden := range want {
			if strings.HasPrefix(b.Text, prefix) {
				if got := b.Features.Hints.Has(boilerplate.HintHidden); got != hidden {
					t.Errorf("%q hidden %v, want %v", b.Text, got, hidden)
				}
				delete(want, prefix)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("blocks missing: %v", want)
	}
}

// addRef is nameWords.add as first written, every check on every word.
func (nh *nameWords) addRef(w []byte) {
	if len(w) >= 4 && markFirst[w[0]] {
		nh.mark |= wordMark(w)
	}
	if nh.has(flagUser) && string(w) == "name" || len(w) > len("username") && strings.HasSuffix(string(w), "username") {
		nh.mark |= markAuthor
	}
	nh.set(flagUser, strings.HasSuffix(string(w), "user"))
	switch {
	case strings.HasPrefix(string(w), "embed"):
		nh.flags |= flagEmbed
	case strings.HasPrefix(string(w), "social") || strings.HasPrefix(string(w), "tweet"):
		h, id := wordHint(w)
		nh.social |= h
		nh.socialWord = nh.socialWord.and(id)
	default:
		h, id := wordHint(w)
		nh.hints |= h
		nh.word = nh.word.and(id)
	}
	if strings.HasPrefix(string(w), "review") {
		nh.flags |= flagReview
	}
	if cookie := nh.has(flagCookie); cookie || mayBeConsentWord(w) {
		if consentWord(w, cookie) {
			nh.flags |= flagConsent
		}
		nh.set(flagCookie, string(w) == "cookie" || string(w) == "cookies")
	}
}

// add, with its shortcuts by length and first letter, leaves what a name's
// words say as addRef does, for every pair of words made of the names it
// looks for, their prefixes, and the names with letters before or after.
func TestNameWordsAddMatchesRef(t *testing.T) {
	stems := []string{"user", "name", "username", "embed", "social", "tweet", "review", "cookie", "cookies",
		"consent", "gdpr", "onetrust", "optanon", "didomi", "usercentrics", "cookiebot", "a", "x9", "ad", "bar", "law"}
	for _, e := range hintPrefixes {
		stems = append(stems, e.prefix)
	}
	for _, e := range exactHints {
		stems = append(stems, e.word)
	}
	for _, e := range infixHints {
		stems = append(stems, string(e.stem))
	}
	stems = append(stems, authorNames[:]...)
	stems = append(stems, dateNames[:]...)
	var words []string
	for _, n := range stems {
		for i := 1; i <= len(n); i++ {
			words = append(words, n[:i], n[:i]+"s", "a"+n[:i], "big"+n[:i], n[:i]+"7")
		}
	}
	for _, a := range words {
		for _, b := range []string{"", "name", "bar", "notice", "ad", "usercentrics", "nav", "social", "embed", "post"} {
			var got, want nameWords
			got.add([]byte(a))
			want.addRef([]byte(a))
			if b != "" {
				got.add([]byte(b))
				want.addRef([]byte(b))
			}
			if got != want {
				t.Fatalf("words %q %q: add gives %+v, addRef %+v", a, b, got, want)
			}
		}
	}
}

// hintTableNames lists every name the class and id readers look for: the
// prefixes, exact words and infix stems of the hints, and the names of
// authors and dates.
func hintTableNames() []string {
	var names []string
	for _, e := range hintPrefixes {
		names = append(names, e.prefix)
	}
	for _, e := range exactHints {
		names = append(names, e.word)
	}
	for _, e := range infixHints {
		names = append(names, string(e.stem))
	}
	names = append(names, authorNames[:]...)
	return append(names, dateNames[:]...)
}

// TestHintIndexOrder checks that hintIndex lists the entries of each pair
// of first letters, and only them, in the order of exactHints then
// hintPrefixes, as a scan of both per pair would.
func TestHintIndexOrder(t *testing.T) {
	var all []string
	for _, e := range exactHints {
		all = append(all, e.word)
	}
	for _, e := range hintPrefixes {
		all = append(all, e.prefix)
	}
	for p := range 26 * 26 {
		var want, got []string
		for _, n := range all {
			if int(n[0]-'a')*26+int(n[1]-'a') == p {
				want = append(want, n)
			}
		}
		for _, e := range hintIndex.entries[hintIndex.start[p]:hintIndex.start[p+1]] {
			got = append(got, e.name)
		}
		if !slices.Equal(got, want) {
			t.Errorf("pair %d: %q, want %q", p, got, want)
		}
	}
}
