// Package report writes winnow's explain view as HTML: one self-contained
// page (no external assets, no script) that shows a page's metadata, then
// every block in document order, kept blocks plain and dropped ones shaded
// by the reason they were dropped, with the reason and the score beside
// them, a legend that counts the blocks of each reason, and a switch that
// hides the dropped blocks. The CLI writes it for -explain -format html and
// the server of package httpapi shows it.
//
// A report is a head (WriteDocumentStart, or WriteStyle inside a page of
// one's own) followed by one section per extracted page (WritePage); HTML
// needs no closing tags after them, so pages can be streamed.
package report

import (
	_ "embed"
	"fmt"
	"hash/fnv"
	"html/template"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/extract"
)

// Page is one extracted page to report.
type Page struct {
	Source string // where the page came from: a path, a URL, "-"; may be empty
	Result *extract.Result
}

//go:embed report.css
var css string

var tmpl = template.Must(template.New("report").Parse(templates))

// WriteDocumentStart writes the start of a report document: doctype,
// character set, title and the style and switch of WriteStyle. Pages
// follow with WritePage.
func WriteDocumentStart(w io.Writer, title string) error {
	return tmpl.ExecuteTemplate(w, "document", struct {
		Title string
		CSS   template.CSS
	}{title, template.CSS(css)})
}

// WriteStyle writes the report's <style> element and the switch that
// hides dropped blocks: what a page that embeds reports needs once,
// before the first WritePage. The switch works on the sections that follow
// it as its siblings.
func WriteStyle(w io.Writer) error {
	return tmpl.ExecuteTemplate(w, "style", struct{ CSS template.CSS }{template.CSS(css)})
}

// WritePage writes the section of one page.
func WritePage(w io.Writer, p Page) error {
	if p.Result == nil {
		return fmt.Errorf("report: page %q has no result", p.Source)
	}
	return tmpl.ExecuteTemplate(w, "page", newPageView(p))
}

// Write writes a whole report document of pages.
func Write(w io.Writer, title string, pages ...Page) error {
	if err := WriteDocumentStart(w, title); err != nil {
		return err
	}
	for _, p := range pages {
		if err := WritePage(w, p); err != nil {
			return err
		}
	}
	return nil
}

// pageView is what the page template shows.
type pageView struct {
	Heading string
	Meta    []metaField
	Kept    int
	Dropped int
	Legend  []legendEntry
	Blocks  []blockView
}

type metaField struct{ Name, Value string }

type legendEntry struct {
	Reason string
	Count  int
	Color  template.CSS
}

type blockView struct {
	Index   int
	Kept    bool
	Kind    string
	Tag     string
	Score   string
	Reason  string
	Color   template.CSS
	Text    string
	Details string
}

func newPageView(p Page) *pageView {
	r := p.Result
	v := &pageView{Heading: r.Title}
	if v.Heading == "" {
		v.Heading = p.Source
	}
	if v.Heading == "" {
		v.Heading = "Untitled page"
	}
	add := func(name, value string) {
		if value = strings.TrimSpace(value); value != "" {
			v.Meta = append(v.Meta, metaField{name, value})
		}
	}
	add("Source", p.Source)
	add("URL", r.URL)
	add("Title", r.Title)
	add("Author", r.Author)
	add("Site", r.SiteName)
	if !r.Date.IsZero() {
		add("Date", r.Date.Format(time.RFC3339))
	}
	add("Language", r.Language)
	if r.PageType != "" {
		add("Page type", fmt.Sprintf("%s (confidence %.2f)", r.PageType, r.Confidence))
	}
	add("Fallback", r.Fallback)
	add("Description", r.Description)
	add("Image", r.Image)
	add("Tags", strings.Join(r.Tags, ", "))

	counts := map[boilerplate.Reason]int{}
	for i := range r.Blocks {
		b := &r.Blocks[i]
		bv := blockView{
			Index: i, Kept: b.Kept, Kind: b.Kind.String(), Tag: b.Tag,
			Score: fmt.Sprintf("%.2f", b.Score), Text: b.Text, Details: details(b),
		}
		if b.Kept {
			v.Kept++
		} else {
			v.Dropped++
			reason := b.Reason
			if reason == boilerplate.ReasonNone {
				reason = "unjudged"
			}
			counts[reason]++
			bv.Reason, bv.Color = string(reason), reasonColor(string(reason))
		}
		v.Blocks = append(v.Blocks, bv)
	}
	for reason, n := range counts {
		v.Legend = append(v.Legend, legendEntry{string(reason), n, reasonColor(string(reason))})
	}
	sort.Slice(v.Legend, func(i, j int) bool {
		if v.Legend[i].Count != v.Legend[j].Count {
			return v.Legend[i].Count > v.Legend[j].Count
		}
		return v.Legend[i].Reason < v.Legend[j].Reason
	})
	return v
}

// details summarises the features a block was judged by, for its tooltip.
func details(b *boilerplate.Block) string {
	f := &b.Features
	s := fmt.Sprintf("words %d, link density %.2f, stopword density %.2f, sentences %d, depth %d",
		f.Words, f.LinkDensity(), f.StopwordDensity(), f.Sentences, f.Depth)
	if names := f.Hints.Names(); len(names) > 0 {
		s += ", hints " + strings.Join(names, " ")
	}
	return s
}

// knownReasons get hues spread by the golden angle, so that the reasons
// of one page rarely look alike; others get a hue from a hash of their
// name.
var knownReasons = []boilerplate.Reason{
	boilerplate.ReasonOutsideMain, boilerplate.ReasonLinkList, boilerplate.ReasonLowDensity,
	boilerplate.ReasonNavigation, boilerplate.ReasonTitle, boilerplate.ReasonCaption,
	boilerplate.ReasonRepeatedAcrossSite, boilerplate.ReasonCookieNotice, boilerplate.ReasonTooShort,
	boilerplate.ReasonRepeatedInPage, boilerplate.ReasonSocial, boilerplate.ReasonCredit,
	boilerplate.ReasonSubscription, boilerplate.ReasonNewsletter, boilerplate.ReasonInterface,
	boilerplate.ReasonDateline, boilerplate.ReasonLegal, boilerplate.ReasonComments,
	boilerplate.ReasonAdvertisement, boilerplate.ReasonRelated, boilerplate.ReasonHidden,
	boilerplate.ReasonEditorMessage, boilerplate.ReasonAuthorBio,
}

// reasonColor gives each reason a light colour of its own, the same in
// every report.
func reasonColor(reason string) template.CSS {
	hue := -1
	for i, r := range knownReasons {
		if string(r) == reason {
			hue = (30 + i*137) % 360
		}
	}
	if hue < 0 {
		h := fnv.New32a()
		h.Write([]byte(reason))
		hue = int(h.Sum32() % 360)
	}
	return template.CSS(fmt.Sprintf("hsl(%d 75%% 86%%)", hue))
}
