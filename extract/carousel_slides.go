package extract

import (
	"bytes"

	"github.com/winnowtext/winnow/boilerplate"
)

// carouselSlide reports whether an element with attributes attrs is a
// slide of a carousel that is hidden only while another slide shows:
// aria-hidden="true" and nothing else hides it (no hidden attribute, no
// hiding style), and its class names a slide (slick-slide, swiper-slide,
// splide__slide, glide__slide, carousel-slide) that is not one of the
// copies a looping carousel clones at its ends. It is called for hidden
// elements only.
func carouselSlide(attrs []attr) bool {
	aria, slide := false, false
	for i := range attrs {
		at := &attrs[i]
		switch string(at.key) {
		case "aria-hidden":
			aria = bytes.EqualFold(at.val, []byte("true"))
		case "hidden", "inert":
			return false
		case "style":
			if hiddenStyle(at.val) {
				return false
			}
		case "class":
			v := at.val
			slide = containsFold(v, "slide") && !containsFold(v, "clone") && !containsFold(v, "duplicate")
		}
	}
	return aria && slide
}

// slideShown reports whether the hidden node i is a carousel's slide
// (see carouselSlide) that the page's reader scrolls to as its text: it
// holds more prose than not (good and bad as in unfolds), as a
// testimonial or a case study does, not the one-line offers of a
// promotion bar, and neither it (a slide-out menu) nor its parent is
// chrome, nor is its parent hidden.
func slideShown(s *segmenter, i int, good, bad []float64) bool {
	if !s.nodes[i].slide || good[i] <= bad[i] || s.nodes[i].hints&negativeHints != 0 {
		return false
	}
	p := s.nodes[i].parent
	return p >= 0 && s.hintsAt[p]&(boilerplate.HintHidden|negativeHints) == 0
}

// keepSlides keeps on a service page the blocks that only a carousel
// hid, in a slide of prose (see slideShown): its testimonials and case
// studies are the page's, as the slide shown is. A product's carousel of
// press quotes is not its description: other readings leave them.
func keepSlides(s *segmenter) {
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.Kept || b.Reason != boilerplate.ReasonHidden {
			continue
		}
		for n := s.blockAt[i]; n >= 0; n = s.nodes[n].parent {
			if s.nodes[n].slide {
				b.Keep()
				break
			}
		}
	}
}
