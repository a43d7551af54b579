package extract

import (
	"net/url"
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/meta"
)

// siteWideHeadline returns the first h1 of the page outside navigation,
// sidebars and footers that is neither the site's name nor mostly a link,
// when the page's <title> is the site's name and a tagline ("Site -
// Where people talk") on a page below the home page, or "". Such a title
// is the one the site gives every page it serves alike and names none of
// them; the home page's own title it is by right. The h1 stays in the
// text: the threads and posts that sites title so print it as part of
// their content.
func siteWideHeadline(blocks []boilerplate.Block, md *meta.Metadata, pageURL string) string {
	if !meta.OpensWithSite(md.PageTitle, md.Title, md.SiteName, md.Host) || !belowHome(pageURL) {
		return ""
	}
	for i := range blocks {
		b := &blocks[i]
		f := &b.Features
		if b.Kind != boilerplate.KindHeading || b.Tag != "h1" || f.Words == 0 || f.Words > maxHeadlineWords ||
			f.Hints&hintsOffArticle != 0 || f.LinkWords*2 >= f.Words || meta.IsSiteHeading(b.Text, md.SiteName, md.Host, f.Words) {
			continue
		}
		return collapseASCIISpace(b.Text)
	}
	return ""
}

// maxHomeSegment is the longest single path segment that belowHome still
// takes for a home page: a language's root ("/en/", "/pt-br/").
const maxHomeSegment = 5

// belowHome reports whether pageURL is a page below a site's home page:
// its path holds a folder and a page, or one segment longer than a
// language's code.
func belowHome(pageURL string) bool {
	if pageURL == "" {
		return false
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		return false
	}
	p := strings.Trim(u.Path, "/")
	return strings.Contains(p, "/") || len(p) > maxHomeSegment
}

// siteHeading reports whether the heading b is the site's name rather
// than a headline (see meta.IsSiteHeading). Below the home page, a
// heading of two words or more that holds the host's main label but is
// neither the site's name nor a link to it names a product or a section
// of the brand ("Ridge Wallet" on ridge.example, "Studio Community" on
// studio.example): the site's logo links home, and on the home page the
// brand is the page's subject.
func siteHeading(b *boilerplate.Block, md *meta.Metadata, pageURL string) bool {
	f := &b.Features
	if !meta.IsSiteHeading(b.Text, md.SiteName, md.Host, f.Words) {
		return false
	}
	return f.Words < 2 || f.LinkWords*2 >= f.Words || !belowHome(pageURL) || meta.NamesSite(b.Text, md.SiteName, md.Host)
}
