package extract

import (
	"math/rand/v2"
	"testing"
)

// TestReadClassMatchesNameHints checks that the cache, which reads a class
// list name by name and remembers each name on its own (readClass), and
// remembers numbered names and ids without their number (numberStem),
// says what nameHints and classSaysOf say of the whole value: for names whose
// words carry state into the next name ("user name", "cookie banner",
// "table-of\tcontents"), names seen before in other lists, lists whose
// names another list's names pushed out, and lists joined by every kind of
// white space.
func TestReadClassMatchesNameHints(t *testing.T) {
	names := []string{"menu-item", "menu-item-type-post_type", "menu-item-object-page", "menu-item-4711",
		"user", "forum-user", "name", "user-name", "PostUser", "cookie", "cookies", "banner", "notice", "Notice",
		"cookieBanner", "of", "table-of", "contents", "Contents", "embed", "social-share", "tweet", "embedded",
		"review", "reviewList", "author", "author-description", "byline", "post-date", "d-none", "d-md-block",
		"w-form-done", "none", "form", "sr-only", "screen-reader-text", "bbcode_quote", "postQuote", "js-quote",
		"instagram-media", "wp-embedded-content", "nav", "sidebar", "widget", "header", "footer", "entry-content",
		"col-md-6", "a", "X", "ad", "x\x00y", "\xc3\xa9-x", "usercentrics", "onetrust", "gdpr", "consent", "bar",
		"hauptnavigation", "wp-caption", "abcdefghijklmnopqrstuvwxyzabcdefghijusername",
		"post-4711", "post-4712", "comment-12", "cookie-12", "user-7", "table-of-3", "user_1", "-5", "12", "col4",
		"h2", "nav2-3", "review-123456789012345678901234567890", "item\xc3\xa9-9", "Cookie-1", "of-1"}
	spaces := []string{" ", "  ", "\t", "\n", "\r\n", "\f", " \t", "\v"}
	rng := rand.New(rand.NewPCG(17, 7))
	var lists []string
	for range 20000 {
		var b []byte
		if rng.IntN(4) == 0 {
			b = append(b, spaces[rng.IntN(len(spaces))]...)
		}
		for n := rng.IntN(6); n >= 0; n-- {
			if rng.IntN(8) == 0 {
				for range 1 + rng.IntN(12) {
					b = append(b, "abcnoufserkXYZ01-_"[rng.IntN(18)])
				}
			} else {
				b = append(b, names[rng.IntN(len(names))]...)
			}
			if n > 0 || rng.IntN(4) == 0 {
				b = append(b, spaces[rng.IntN(len(spaces))]...)
			}
		}
		lists = append(lists, string(b))
	}
	c := hintCaches.Get().(*hintCache)
	defer func() {
		c.reset()
		hintCaches.Put(c)
	}()
	for pass := range 3 {
		for i, l := range lists {
			// Some values are read as ids, which are looked up
			// without their number too.
			isClass := pass == 1 || (i+pass)%3 != 0
			h, m, k, r, w, cl := c.nameHints([]byte(l), isClass)
			wh, wm, wk, wr, ww := nameHints([]byte(l))
			var wcl classSays
			if isClass {
				wcl = classSaysOf([]byte(l))
			}
			if h != wh || m != wm || k != wk || r != wr || w != ww || cl != wcl {
				t.Fatalf("pass %d: cache says %v %v %v %v %v %+v for %q, nameHints %v %v %v %v %v %+v",
					pass, h, m, k, r, w, cl, l, wh, wm, wk, wr, ww, wcl)
			}
		}
		if len(c.keys) > hintCacheKeyBytes {
			t.Fatalf("cache holds %d name bytes, bound %d", len(c.keys), hintCacheKeyBytes)
		}
	}
}

// TestJoinMatchesReading checks that joining what a name's words say, read
// on their own, leaves every field of nameWords as reading the name after
// the one before it does, whenever that one carries no state across the
// space ("forum-user name" and "cookie banner" are read in full): the
// findings of nameFlags are joined as one bit field, none left out.
func TestJoinMatchesReading(t *testing.T) {
	names := []string{"user", "forum-user", "name", "cookie", "cookies", "banner", "of", "table-of", "contents",
		"embed", "social-share", "tweet", "review", "reviewList", "author-description", "byline", "post-date",
		"d-none", "w-form-done", "consent", "onetrust", "gdpr", "nav", "sidebar", "widget", "entry-content",
		"menu-item", "col-md-6", "a", "12", "usercentrics", "bigusername", "PostUser", "Notice", "TableOf"}
	joined := 0
	for _, a := range names {
		for _, b := range names {
			var whole nameWords
			whole.read([]byte(a + " " + b))
			var nh nameWords
			nh.read([]byte(a))
			nh.flags &^= flagOf // the space
			if nh.has(carriedFlags) {
				continue
			}
			var w nameWords
			w.read([]byte(b))
			nh.join(&w)
			if nh != whole {
				t.Errorf("%q then %q: joined %+v, read %+v", a, b, nh, whole)
			}
			joined++
		}
	}
	if joined < len(names)*len(names)/2 {
		t.Fatalf("only %d pairs joined", joined)
	}
}

// TestNameEndMatchesBytes checks nameEnd, which tests eight bytes at a
// time, against a byte-by-byte scan, on random values of name bytes,
// white space, other control bytes and bytes above 0x7f.
func TestNameEndMatchesBytes(t *testing.T) {
	alphabet := []byte("ab-_Z09 \t\n\r\f\v\x00\x1f\x20\x21\x7f\x80\xa0\xff")
	rng := rand.New(rand.NewPCG(18, 3))
	for range 200000 {
		b := make([]byte, rng.IntN(30))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
			if rng.IntN(3) > 0 {
				b[k] = "abcdefgh"[rng.IntN(8)]
			}
		}
		i := rng.IntN(len(b) + 1)
		want := i
		for want < len(b) && !isHTMLSpace(b[want]) {
			want++
		}
		if got := nameEnd(b, i); got != want {
			t.Fatalf("nameEnd(%q, %d) = %d, want %d", b, i, got, want)
		}
	}
}
