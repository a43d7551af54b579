package meta

import (
	"strings"
	"testing"
)

// typeKindRef is typeKind as it was first written, on a lower-cased copy.
func typeKindRef(t string) int {
	lower := strings.ToLower(t)
	switch {
	case strings.HasSuffix(lower, "article"), strings.HasSuffix(lower, "posting"),
		lower == "report", lower == "apireference":
		return kindArticle
	case lower == "website":
		return kindWebSite
	case strings.HasSuffix(lower, "page"):
		return kindPage
	}
	switch lower {
	case "creativework", "blog", "review", "recipe", "howto", "videoobject", "product", "event",
		"book", "movie", "course", "jobposting", "question", "podcastepisode", "episode", "dataset",
		"softwareapplication", "claimreview", "newsletter", "thesis", "guide":
		return kindWork
	}
	return kindOther
}

// typeKind classifies as typeKindRef does, and an ASCII name costs no
// allocation.
func TestTypeKindRef(t *testing.T) {
	for _, typ := range []string{"NewsArticle", "ARTICLE", "article", "BlogPosting", "Report", "APIReference",
		"WebSite", "WEBSITE", "WebPage", "FAQPage", "page", "Recipe", "VideoObject", "SoftwareApplication",
		"Guide", "Person", "Organization", "", "Article ", "Webſite", "\u212Aitchen", "Blog\u212A",
		"Boo\u212A", "İtem", "ÉvénementPage", strings.Repeat("x", 47) + "Page",
		strings.Repeat("x", 48) + "Page", strings.Repeat("A", 100) + "article", "Produkt", "Thesis"} {
		if got, want := typeKind(typ), typeKindRef(typ); got != want {
			t.Errorf("typeKind(%q) = %d, want %d", typ, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = typeKind("ReportageNewsArticle") + typeKind("Organization") }); n != 0 {
		t.Errorf("typeKind allocates %v times", n)
	}
}
