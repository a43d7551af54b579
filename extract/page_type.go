package extract

// PageType is the kind of page winnow judged it was reading. It decides how
// the main content is found: one container for an article or a product,
// every section of the main region for the others (the cards of a listing
// or a collection, the features of a service page, the posts of a forum,
// the reference of a documentation page).
type PageType string

// Page types, after the seven of the Web Content eXtraction Benchmark.
const (
	PageArticle       PageType = "article"       // news, blog post, essay, recipe: one body of prose
	PageCollection    PageType = "collection"    // a shop category, a product grid, a course catalogue
	PageDocumentation PageType = "documentation" // reference and guides: code, parameter tables
	PageForum         PageType = "forum"         // a thread of posts, questions and answers
	PageListing       PageType = "listing"       // a front page or section of teasers, search results
	PageProduct       PageType = "product"       // one product: name, price, description, specifications
	PageService       PageType = "service"       // a landing page of sections: hero, features, pricing, FAQ
)

// pageTypes lists the types in the order of the page model's classes.
var pageTypes = [...]PageType{PageArticle, PageCollection, PageDocumentation, PageForum, PageListing, PageProduct, PageService}

const numPageTypes = len(pageTypes)

// bySections reports whether pages of type t are extracted section by
// section over the main region rather than from one container.
func (t PageType) bySections() bool {
	switch t {
	case PageCollection, PageDocumentation, PageForum, PageListing, PageService:
		return true
	}
	return false
}
