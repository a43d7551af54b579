package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/meta"
)

// siteOwner returns the site's name as the page's author when the site is
// a person's own: a blog or a home page named after its writer, "Jane
// Doe" on janedoe.example or jane-doe.example, or on jane.blog.example where a blogging
// service gives each writer a subdomain. The name must read as a
// person's first and last name (a middle initial may stand between), and
// the host must hold it whole, or open with its first name; a brand or a
// publication in more words is not an owner. It returns "" otherwise.
func siteOwner(site, host string) string {
	site = strings.TrimSpace(site)
	words := strings.Fields(site)
	switch {
	case len(words) == 3 && utf8.RuneCountInString(strings.TrimSuffix(words[1], ".")) == 1:
		words = []string{words[0], words[2]}
	case len(words) != 2:
		return ""
	}
	if strings.HasSuffix(site, ".") || !isPersonName(site) {
		// A surname ends in no period; a firm's "Int." or "Ltd." does.
		return ""
	}
	for _, w := range words {
		w = strings.ToLower(w)
		if slices.Contains(staffWords[:], w) || slices.Contains(outletWords[:], w) {
			return "" // "Harbour Gazette", "Stadt Zeitung"
		}
	}
	host = strings.ReplaceAll(strings.TrimPrefix(strings.ToLower(host), "www."), "-", "")
	first := strings.ToLower(words[0])
	whole := first + strings.ToLower(words[1])
	label, _, _ := strings.Cut(host, ".")
	if strings.Contains(host, whole) || utf8.RuneCountInString(first) >= 3 && label == first {
		return site
	}
	return ""
}

// outletWords name a publication, a shop or an institution rather than a
// person, in the recognisers' languages: a site called "Harbour Gazette"
// or "Valley Awards" is nobody's own.
var outletWords = [...]string{"news", "times", "post", "journal", "gazette", "herald", "tribune",
	"daily", "weekly", "magazine", "review", "press", "media", "group", "studio", "labs", "blog",
	"online", "digital", "awards", "community", "forum", "store", "shop", "university",
	"universities", "school", "college", "institute", "foundation", "company", "agency",
	"zeitung", "nachrichten", "blatt", "verlag", "journaal", "krant", "nieuws", "diario",
	"noticias", "revista", "gazeta", "giornale", "notizie", "actualités", "revue",
	"новости", "газета", "журнал"}

// titleOwner returns the owner of a personal site (see siteOwner) that
// <title> credits in brackets after the headline, "Headline (Jane Doe)"
// on janedoe.example, as hand-written home pages title theirs, or "". A
// name after a bar or a dash ("Headline | Best Shop") is a brand's more
// often than a person's, and two capitalised words do not tell them
// apart: only the brackets, which credit a writer, are read.
func titleOwner(md *meta.Metadata) string {
	t := strings.TrimSpace(md.PageTitle)
	if !strings.HasSuffix(t, ")") && !strings.HasSuffix(t, "）") {
		return ""
	}
	return siteOwner(meta.SiteTail(t, "", md.Host), md.Host)
}
