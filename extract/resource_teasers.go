package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// resourceLabels are the words a company's site prints above each
// teaser of its resource library ("Blog", "Case study", "Whitepaper"):
// the kind of what the teaser links to. They are the same on every
// B2B site, in each language.
var resourceLabels = []string{
	"blog", "blog post", "article", "case study", "customer story", "success story",
	"whitepaper", "white paper", "ebook", "e-book", "report", "research report",
	"webinar", "on-demand webinar", "podcast", "guide", "infographic", "data sheet",
	"datasheet", "press release", "perspective", "announcement", "insight",
	"fallstudie", "leitfaden", "erfolgsgeschichte", // de
	"étude de cas", "livre blanc", "article de blog", "témoignage client", // fr
	"caso de éxito", "caso de estudio", "artículo", "informe", "guía", // es
}

// resourceRunMin is how many labelled teasers make a resource run.
const resourceRunMin = 3

// resourceLabel reports whether block b is a resource label: a short
// block whose whole text is one of resourceLabels.
func resourceLabel(b *boilerplate.Block) bool {
	if b.Features.Words > 3 {
		return false
	}
	t := strings.TrimSpace(b.Text)
	for _, l := range resourceLabels {
		if strings.EqualFold(t, l) {
			return true
		}
	}
	return false
}

// dropResourceTeasers drops from a service page the teasers of its
// resource library that it lists at its end ("From the blog", "Latest
// insights"): kept blocks that each open with a resource label followed
// by a title and a short blurb, when at least resourceRunMin of them do,
// and the heading right above the first. The page's own sections carry
// no such labels; a library of resources is where the reader goes next,
// not what the service is.
func dropResourceTeasers(blocks []boilerplate.Block) {
	n := 0
	for i := range blocks {
		if isResourceLabel(&blocks[i]) {
			n++
		}
	}
	if n < resourceRunMin {
		return
	}
	first := true
	for i := range blocks {
		if !isResourceLabel(&blocks[i]) {
			continue
		}
		if h := prevKept(blocks, i); first && h >= 0 && blocks[h].Kind == boilerplate.KindHeading {
			blocks[h].Drop(boilerplate.ReasonRelated)
		}
		first = false
		blocks[i].Drop(boilerplate.ReasonRelated)
		taken := 0
		for j := i + 1; j < len(blocks) && taken < 2; j++ {
			b := &blocks[j]
			if !b.Kept {
				continue
			}
			if resourceLabel(b) || b.Features.Words > teaserMaxWords || taken == 1 && b.Kind == boilerplate.KindHeading {
				break
			}
			b.Drop(boilerplate.ReasonRelated)
			taken++
		}
	}
}

// isResourceLabel reports whether b is a kept resource label that is not
// a heading (a section headed "Report" is the page's own).
func isResourceLabel(b *boilerplate.Block) bool {
	return b.Kept && b.Kind != boilerplate.KindHeading && resourceLabel(b)
}

// prevKept returns the index of the last kept block before i, -1 when
// there is none.
func prevKept(blocks []boilerplate.Block, i int) int {
	for j := i - 1; j >= 0; j-- {
		if blocks[j].Kept {
			return j
		}
	}
	return -1
}
