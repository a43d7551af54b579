package extract

import (
	"math/rand/v2"
	"testing"
)

// read, which reads the words of a name without capitals where they stand,
// leaves in nameWords what readMixed, which copies every word, leaves: for
// names of every separator, of capitals at the start, the middle and the
// end, of words longer than maxNameWord, and of bytes past ASCII.
func TestReadMatchesReadMixed(t *testing.T) {
	names := []string{
		"", " ", "a", "A", "nav", "site-nav", "table-of-contents", "TableOfContents", "tableOf contents",
		"of contents", "of\tcontents", "of-contents", "user name", "user-name", "PostUser-name", "bigusername",
		"cookie notice", "cookie-Banner", "cookieBanner", "CybotCookiebotDialog", "onetrust-consent-sdk",
		"social-media-embed", "embedded-tweet", "shareButtons share-buttons", "d-none", "w-form-done",
		"author-description", "byline-role", "entry-content wp-block-post-content is-layout-flow",
		"col-md-6 col-lg-4 mb-3 ", "  leading and trailing  ", "a\u00e9b c\u00c9d", "mainContent",
		"abcdefghijklmnopqrstuvwxyzabcdefghij", "abcdefghijklmnopqrstuvwxyzABCDEFGH", "x9Y8z7", "ABC", "aBC DEF ghi",
		"abcdefghijklmnopqrstuvwxyzusername", "abcdefghijklmnopqrstuvwxyzusername x", "xxxxxxxxxxxxxxxxxxxxnavigation",
		"xxxxxxxxxxxxxxxxxxxxnavigation-x", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxnavigationBar",
		"post-4711 comment-12 reviewList", "review-text", "navigation__item--active", "wp-caption alignnone",
		"table_root__adKqa", "Item_item__adF2E x", "a__adKqa_", "a__ad-q1 nav", "Button_size__6r2_r", "x__AdKq",
	}
	rng := rand.New(rand.NewPCG(17, 3))
	alphabet := []byte("abcnavusercookieofcontentsXYZ019- _\t\n.\xc3\xa9")
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		names = append(names, string(b))
	}
	for _, name := range names {
		var got, want nameWords
		got.read([]byte(name))
		want.readMixed([]byte(name))
		if got != want {
			t.Fatalf("read(%q) = %+v, readMixed = %+v", name, got, want)
		}
	}
}
