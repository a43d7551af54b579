package extract

import (
	"strings"
	"testing"
)

// TestDeclaredOfLowersLikeToLower checks that declaredOf reads types as
// it did with strings.ToLower, for ASCII, non-ASCII and long types, and
// that it does not allocate for the camel-case types of schema.org.
func TestDeclaredOfLowersLikeToLower(t *testing.T) {
	for _, tc := range []struct {
		types []string
		want  declared
	}{
		{[]string{"NewsArticle"}, declared{article: true}},
		{[]string{"OG:ARTICLE", "Product"}, declared{ogArticle: true, product: true}},
		{[]string{"QAPage"}, declared{forum: true}},
		{[]string{"WebPage", "BlogPosting"}, declared{webPage: true, article: true}},
		{[]string{strings.Repeat("x", 40) + "Article"}, declared{article: true}},
		{[]string{"ÜberArticle"}, declared{article: true}},
		{[]string{"Servıce"}, declared{}}, // dotless i: not "service"
		{[]string{""}, declared{}},
	} {
		if got := declaredOf(tc.types); got != tc.want {
			t.Errorf("declaredOf(%q) = %+v, want %+v", tc.types, got, tc.want)
		}
	}
	types := []string{"NewsArticle", "ItemList", "og:website", "DiscussionForumPosting"}
	if n := testing.AllocsPerRun(20, func() { declaredOf(types) }); n != 0 {
		t.Errorf("declaredOf allocates %.0f times", n)
	}
}
