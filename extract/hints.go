package extract

import (
	"slices"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// negativeHints are the hints that speak against the text they cover.
const negativeHints = boilerplate.HintNav | boilerplate.HintHeader | boilerplate.HintFooter |
	boilerplate.HintAside | boilerplate.HintComment | boilerplate.HintBoilerplate | boilerplate.HintForm

// revealedShare is the share of the page's prose that a hidden element
// must hold for its hiding to be disbelieved.
const revealedShare = 0.8

// noscriptShare is the share of the page's prose, and of its text with
// links counted, under both of which a <noscript> is hidden. The
// evaluation pages' <noscript> elements hold almost none of their page's
// prose or almost all of it: any share from 0.2 to 0.8 reads them alike.
const noscriptShare = 0.2

// resolveHints decides which class, id and tag hints to believe and gives
// every block the hints of its element and ancestors.
//
// A name is weak evidence: sites wrap whole articles in containers named
// "ad-slot-wrapper" or "header-offset", and a <form> around the whole page
// is common. So a negative hint is believed only where the container's own
// content agrees with it: it is ignored on a container that holds half or
// more of the page's prose (unless it holds a few lines beside the
// element named as the content: see contentBeside), and on a container
// that is mostly prose,
// except for comments, footers and boxes named for the author, a
// disclaimer or related stories (proseWords), whose text is prose by
// nature. Prose is measured without hints, by boilerplate.Quality. A
// consent banner's name (see nameHints) is believed outside the article
// whatever it holds, and its blocks are dropped: its text is prose, and on
// a page of cards or links it can be most of the page's text. Nor is a
// negative hint believed on an ancestor of the <main> element: the page
// itself says its main content is inside, so a layout wrapper named
// "pt-header" or "nav-offset" around it is not navigation, and a wrapper
// named for a header that holds the page's one <h1> and no link is a
// landing page's hero (see heroHeaders). The page's own
// <footer> element (outside the article) is believed whatever it holds: a
// tag is firmer evidence than a name. Hiding is believed too, except on an
// element that holds nearly all the page's prose or nearly all the text of
// <main> or of the element marked as the article (revealedShare, see
// revealsMarked): a page does not hide its content from its
// readers, a script shows it. Nor is it believed on the folded panels of
// the content, an accordion's answers or a product's tabs (see unfolds). A <noscript> in the body is hidden as a
// browser that runs scripts hides it, unless it holds much of the page's
// prose or of its text, links included (noscriptShare).
func resolveHints(s *segmenter, hasStopwords bool) {
	nn := len(s.nodes)
	good, bad := s.scratchSums(nn)
	total, chars := 0.0, 0.0
	for i := range s.blocks {
		b := &s.blocks[i]
		b.Features.Hints = 0
		g := float64(b.Features.Chars) * min(boilerplate.Quality(b, hasStopwords), 1)
		n := s.blockAt[i]
		good[n] += g
		bad[n] += float64(b.Features.Chars) - g
		total += g
		chars += float64(b.Features.Chars)
	}
	holdsMain := holdsMainElement(s.nodes)
	for i := nn - 1; i > 0; i-- {
		p := s.nodes[i].parent
		good[p] += good[i]
		bad[p] += bad[i]
	}
	layout := layoutWords(s, good, total)
	heroes := heroHeaders(s)
	var navs bareNavs
	s.fold.markPanels(s.nodes)
	s.hintsAt = slices.Grow(s.hintsAt[:0], nn)[:nn]
	clear(s.hintsAt)
	for i := range nn {
		own := s.nodes[i].hints
		if own&boilerplate.HintHidden != 0 && unfolds(s, i, good, bad) {
			// A folded panel of the content: a reader opens it.
			own &^= boilerplate.HintHidden
		}
		if s.nodes[i].slide {
			// Whether a carousel's slide is read is the reading's
			// choice (see keepSlides); here it is only told apart.
			s.nodes[i].slide = slideShown(s, i, good, bad)
		}
		if s.nodes[i].ariaPanel {
			// Whether such a panel is read is the reading's choice
			// (see keepAriaPanels); here it is only told apart.
			s.nodes[i].ariaPanel = unfoldsAria(s, i)
		}
		if own&boilerplate.HintHidden != 0 && revealsMarked(s, i, good, bad) {
			// Nearly all of <main> or of the marked article, hidden: a
			// content lock, a fade-in or a client-side template that a
			// script lifts, whatever the text is (a grid of products is
			// no prose).
			own &^= boilerplate.HintHidden
		}
		if own&boilerplate.HintHidden != 0 && good[i] >= revealedShare*total && total > 0 {
			// Nearly all the page's prose, hidden: a script shows it
			// (anti-flicker wrappers, content locks, A/B tests).
			own &^= boilerplate.HintHidden
		}
		if w := s.nodes[i].word; layout[w] {
			// A page builder's "widget" around each paragraph: the
			// name of the page's layout, not of a sidebar.
			own &^= wordHints[w] &^ tagHints(s.nodes[i].tag)
		}
		if s.nodes[i].tag == atom.Noscript && total > 0 && good[i] < noscriptShare*total && good[i]+bad[i] < noscriptShare*chars {
			// A browser that runs scripts does not show <noscript>:
			// its text (a tracking pixel, "enable JavaScript", a copy
			// of a widget) is not the page's. One that holds much of
			// the page's prose, or much of its text, is the page served
			// to readers without scripts (a forum, an app), or a
			// <noscript> left open that took in the rest of the page:
			// it stays. Text counts links too: a short post made one
			// link (a card) weighs as no prose, and beside a page's
			// footer line it would be hidden for holding none.
			own |= boilerplate.HintHidden
		}
		if len(heroes) > 0 && slices.Contains(heroes, i) {
			// The hero of a landing page: its title and lead.
			own &^= boilerplate.HintHeader
		}
		if s.nodes[i].tag == atom.Nav && navs.bare(s, i) {
			// A <nav> without a link: a disclosure panel, not a menu.
			own &^= boilerplate.HintNav
		}
		if s.nodes[i].tag == atom.Header && insideArticle(s, i) {
			// The header of an article (its headline, standfirst and
			// byline) or of the main content, not the page's.
			own &^= boilerplate.HintHeader
		}
		switch {
		case consentBanner(s, i, holdsMain):
			// A consent banner is prose, and on a page of cards or links
			// it may hold most of the page's text, with its list of
			// partners: its name is believed, and its text dropped.
			own |= boilerplate.HintBoilerplate | boilerplate.HintConsent
		case own&negativeHints == 0:
		case holdsMain != nil && holdsMain[i]:
			own &^= negativeHints
		case s.nodes[i].tag == atom.Footer && !insideArticle(s, i):
			// The page's <footer> element: its footnotes and legal
			// text read as prose, and on a page of short lines they
			// are most of its prose, but the markup says what they are.
		case good[i] >= 0.5*total && total > 0:
			if !contentBeside(s, i, good, bad) && !footerAtEnd(s, i, good) {
				own &^= negativeHints
			}
		case good[i] > 300 && good[i] > 2*bad[i]:
			// Comments, a footer's notes (legal, disclosures, about the
			// site) and a box named for the author, a disclaimer or
			// related stories are prose by nature: their names stand.
			keep := boilerplate.HintComment | boilerplate.HintFooter
			if s.nodes[i].author || proseWords[s.nodes[i].word] {
				keep |= boilerplate.HintBoilerplate
			}
			own &^= negativeHints &^ keep
		}
		if p := s.nodes[i].parent; p >= 0 {
			own |= s.hintsAt[p]
		}
		s.hintsAt[i] = own
	}
	for i := range s.blocks {
		s.blocks[i].Features.Hints = s.hintsAt[s.blockAt[i]]
		if s.blocks[i].Features.Hints&boilerplate.HintConsent != 0 {
			s.blocks[i].Drop(boilerplate.ReasonCookieNotice)
		}
	}
	markLinkLists(s.blocks)
}

// besideShare is the share of a negatively named element's prose that an
// element named as the content must hold in text for the name to stand
// whatever share of the page's prose the element holds.
const besideShare = 0.1

// fewLinesProse is the prose, in characters weighed by quality, under
// which an element holds a few lines: a footer's about line, a side
// column's blurb. More is a section of its own (the comments that make
// most of a page, a column of teasers), which holding half the page's
// prose may show to be the content.
const fewLinesProse = 600

// contentBeside reports whether a negatively named node i that holds half
// or more of the page's prose stands beside the page's content rather
// than around it: an element named as the content (see namedContent)
// whose text (good and bad) is besideShare or more of i's prose (good)
// is not inside i, and stands beside it or around it with that much
// prose of its own (a stray </div> or an unclosed <div> puts the footer
// inside the post's wrapper). On a page whose post is a line or two the
// footer's about line and copyright, or a side column's blurb, may
// outweigh the post: their names stand. A wrapper named "header-offset"
// around the article holds the named content.
func contentBeside(s *segmenter, i int, good, bad []float64) bool {
	if good[i] >= fewLinesProse {
		return false
	}
	least := besideShare * good[i]
	beside := false
	for j := range s.nodes {
		if good[j]+bad[j] < least || !namedContent(s.nodes[j].hints) {
			continue
		}
		switch {
		case j > i && ancestorOf(s, i, j):
			if s.nodes[i].hints&negativeHints == boilerplate.HintFooter {
				// A footer's own "content" box (CMS blocks and page
				// builders name every box so): content beside it
				// decides.
				continue
			}
			return false // a wrapper around named content
		case j <= i && ancestorOf(s, j, i):
			// Around i: the layout's wrapper, unless it holds prose
			// of its own.
			if good[j]-good[i] < least {
				continue
			}
			beside = true
		default:
			beside = true
		}
	}
	return beside
}

// namedContent reports whether an element's own hints name it as the
// content (a class or id "content", "post", "entry", <article>, <main>)
// and nothing against it.
func namedContent(h boilerplate.Hint) bool {
	return h&(boilerplate.HintContent|boilerplate.HintArticle) != 0 && h&negativeHints == 0
}

// ancestorOf reports whether node a is node d or one of its ancestors.
func ancestorOf(s *segmenter, a, d int) bool {
	for d > a {
		d = int(s.nodes[d].parent)
	}
	return d == a
}

// linkListShare is the share of a list's words inside links from which it
// is a list of links (HintLinkList): a menu, a tag cloud, related links.
const linkListShare = 0.8

// markLinkLists gives HintLinkList to the items of every list of three
// items or more (a run of list items in one element) whose words are
// mostly links.
func markLinkLists(blocks []boilerplate.Block) {
	for i := 0; i < len(blocks); {
		if blocks[i].Kind != boilerplate.KindListItem || blocks[i].Features.ContainerID <= 0 {
			i++
			continue
		}
		list := blocks[i].Features.ContainerID
		words, links := 0, 0
		j := i
		for ; j < len(blocks) && blocks[j].Kind == boilerplate.KindListItem && blocks[j].Features.ContainerID == list; j++ {
			words += blocks[j].Features.Words
			links += blocks[j].Features.LinkWords
		}
		if j-i >= 3 && float64(links) >= linkListShare*float64(words) {
			for k := i; k < j; k++ {
				blocks[k].Features.Hints |= boilerplate.HintLinkList
			}
		}
		i = j
	}
}

// consentBanner reports whether node i is a cookie or consent banner: its
// class or id says so (see consentWord), and it is neither the page's root
// (where a class says only that a banner is showing), nor inside the
// article (where "cookie-consent" names a section about it), nor around
// the <main> element.
func consentBanner(s *segmenter, i int, holdsMain []bool) bool {
	n := &s.nodes[i]
	return n.consent && n.tag != atom.Body && n.tag != atom.Html && !insideArticle(s, i) &&
		(holdsMain == nil || !holdsMain[i])
}

// revealsMarked reports whether hidden node i holds revealedShare or more
// of the text (good and bad) of the nearest element around it that markup
// names as the main content or the article (<main>, <article>, role=main,
// itemprop=articleBody: HintArticle). A page does not hide the content it
// marks: a script shows it, or renders it from the template it ships in
// (an article body in <script type="text/template">).
func revealsMarked(s *segmenter, i int, good, bad []float64) bool {
	for m := s.nodes[i].parent; m >= 0; m = s.nodes[m].parent {
		if s.nodes[m].hints&boilerplate.HintArticle != 0 {
			return good[i]+bad[i] >= revealedShare*(good[m]+bad[m]) && good[i]+bad[i] > 0
		}
	}
	return false
}

// holdsMainElement reports, for each node, whether a <main> element is
// among its descendants; it is nil when the page has none.
func holdsMainElement(nodes []node) []bool {
	var holds []bool
	for i := len(nodes) - 1; i > 0; i-- {
		if nodes[i].tag != atom.Main && (holds == nil || !holds[i]) {
			continue
		}
		if holds == nil {
			holds = make([]bool, len(nodes))
		}
		if p := nodes[i].parent; p >= 0 {
			holds[p] = true
		}
	}
	return holds
}

// insideArticle reports whether an ancestor of node i is marked as the
// article or the main content; its hints must already be resolved.
func insideArticle(s *segmenter, i int) bool {
	p := s.nodes[i].parent
	return p >= 0 && s.hintsAt[p]&boilerplate.HintArticle != 0
}

// layoutShare is the share of the page's prose that the elements named
// with one negative word must hold together for the word to name the
// page's layout rather than what it holds.
const layoutShare = 0.5

// layoutWords finds the negative words of class and id names (see
// nameWord) that name the page's layout rather than what an element
// holds: a page builder calls every block of an article a "widget". Such a
// word is on the innermost elements around most of the page's prose, one
// of which holds the page's headline (<h1>). A sidebar or a comment thread
// may hold more prose than a short article, but not its headline; a
// wrapper around the whole page that says "withSidebar" is not counted,
// as the innermost elements of its name are. A thread's posts need not
// hold the headline: a side column's word ("widget") on postRunMin or
// more innermost elements that each hold prose and a mark of who wrote
// it or when (node.signed), and most of the page's prose between them,
// names a community engine's posts (Khoros calls each one a widget).
// good holds the prose of each node's subtree and total the page's.
func layoutWords(s *segmenter, good []float64, total float64) (layout [256]bool) {
	if total <= 0 {
		return layout
	}
	var sum [256]float64
	// signed counts the innermost elements of each word that hold
	// prose and a mark of who wrote it or when (see node.signed).
	var signed [256]int
	// One pass in document order over a stack of the named elements that
	// are open (the ancestors of the node at hand): an element's prose
	// counts until one inside it turns out to have the same word.
	type open struct {
		depth int32
		node  int32
		prev  int32 // the stack entry of the open element with the same word before it, -1 for none
		word  nameWord
		outer bool // an element inside it has the same word
		signs bool // a signed node is inside it
	}
	pop := func(e open) {
		if !e.outer && e.signs && good[e.node] > 0 {
			signed[e.word]++
		}
	}
	var last [256]int32 // the stack entry of the innermost open element of each word
	for w := range last {
		last[w] = -1
	}
	var buf [32]open
	stack := buf[:0]
	for i := range s.nodes {
		d := s.nodes[i].depth
		for len(stack) > 0 && stack[len(stack)-1].depth >= d {
			e := stack[len(stack)-1]
			last[e.word] = e.prev
			pop(e)
			stack = stack[:len(stack)-1]
		}
		if s.nodes[i].signed {
			for k := range stack {
				stack[k].signs = true
			}
		}
		w := s.nodes[i].word
		if w == 0 || w == severalWords {
			continue
		}
		if a := last[w]; a >= 0 && !stack[a].outer {
			stack[a].outer = true
			sum[w] -= good[stack[a].node]
		}
		sum[w] += good[i]
		stack = append(stack, open{depth: d, node: int32(i), prev: last[w], word: w, signs: s.nodes[i].signed})
		last[w] = int32(len(stack) - 1)
	}
	for _, e := range stack {
		pop(e)
	}
	var atHeadline [256]bool
	if h := headlineBlock(s); h >= 0 {
		for n := s.blockAt[h]; n >= 0; n = s.nodes[n].parent {
			atHeadline[s.nodes[n].word] = true
		}
	}
	for w, g := range sum {
		// Comments are prose by nature: their name is always believed.
		// A community engine names every post of a thread a "widget":
		// the word on postRunMin or more elements that each hold prose
		// and a mark of who wrote it or when names the posts, not a
		// side column, when they hold most of the page's prose.
		posts := signed[w] >= postRunMin && wordHints[w] == boilerplate.HintAside
		layout[w] = (atHeadline[w] || posts) && g >= layoutShare*total && wordHints[w]&boilerplate.HintComment == 0
	}
	return layout
}

// headlineMatch is the least share of a heading's words that the page's
// title must have for the heading to stand for a headline the page does
// not print as an <h1>.
const headlineMatch = 0.5

// headlineBlock returns the block of the page's headline: its first <h1>,
// or on a page without one the first heading that the page's title
// agrees with (page builders often print the title as an <h2>); -1 when
// there is none.
func headlineBlock(s *segmenter) int {
	for i := range s.blocks {
		if b := &s.blocks[i]; b.Kind == boilerplate.KindHeading && b.Tag == "h1" {
			return i
		}
	}
	if s.titles == [2]string{} {
		return -1
	}
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.Kind == boilerplate.KindHeading && b.Features.Words > 0 &&
			max(titleOverlap(b.Text, s.titles[0]), titleOverlap(b.Text, s.titles[1])) >= headlineMatch {
			return i
		}
	}
	return -1
}
