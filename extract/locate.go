package extract

import "github.com/winnowtext/winnow/boilerplate"

// badWeight is how much a character of boilerplate-looking text inside a
// container counts against it, relative to a character of prose for it.
// With 1 the chosen container is the one where prose most outweighs the
// rest; lower values favour larger containers.
const badWeight = 0.8

// The prose in the first afterTitleBlocks blocks after the heading that
// repeats the page title counts afterTitleBoost times: articles begin under
// their headline, teasers and mailing-list blurbs elsewhere.
const (
	afterTitleBlocks = 8
	afterTitleBoost  = 1.5
)

// plainBadWeight discounts text that is neither prose nor links (headings,
// labels, short list items): articles have plenty of it, link lists none.
const plainBadWeight = 0.5

// locate finds the container that holds the main content: the node whose
// subtree maximises good text minus badWeight times the other text, where
// "good" is each block's characters weighted by its Quality. It is the
// maximum-subtree form of boilerpipe's and Readability's density scoring,
// computed in one bottom-up pass over the flat node arena.
//
// It returns a mask of the blocks inside the main content, which also takes
// in siblings of the main container that are dense in prose (articles split
// into several sibling containers), and the main container's node; nil and
// -1 when no container stands out.
func locate(s *segmenter, hasStopwords bool, favor Favor) (mask []bool, main int) {
	// Favouring precision keeps the container and asks more of each block
	// instead: a tighter container (a weight of 1.6) lost ScrapingHub
	// recall and precision together.
	bw := badWeight
	if favor == Recall {
		bw = 0.5
	}
	nn := len(s.nodes)
	if nn == 0 || len(s.blocks) == 0 {
		return nil, -1
	}
	good, bad := s.scratchSums(nn)
	sinceTitle := -1 // blocks since the heading that repeats the page title
	for i := range s.blocks {
		b := &s.blocks[i]
		if sinceTitle >= 0 {
			sinceTitle++
		}
		if b.Reason == boilerplate.ReasonTitle {
			sinceTitle = 0
		}
		if b.Reason == boilerplate.ReasonRepeatedInPage || b.Reason == boilerplate.ReasonTitle {
			continue // a copy or the title says nothing of its container
		}
		chars := float64(b.Features.Chars)
		g := 0.0
		if !b.Dropped() {
			g = chars * min(boilerplate.Quality(b, hasStopwords), 1)
			if sinceTitle > 0 && sinceTitle <= afterTitleBlocks {
				// The article starts under its title.
				g *= afterTitleBoost
			}
		}
		n := s.blockAt[i]
		good[n] += g
		link := chars * b.Features.LinkDensity()
		bad[n] += link + plainBadWeight*max(chars-link-g, 0)
	}
	// Children have higher indices than their parents: one backward pass
	// sums every subtree.
	for i := nn - 1; i > 0; i-- {
		p := s.nodes[i].parent
		good[p] += good[i]
		bad[p] += bad[i]
	}
	best, bestScore := -1, 0.0
	for i := range nn {
		sc := good[i] - bw*bad[i]
		if s.nodes[i].hints&(boilerplate.HintArticle|boilerplate.HintContent) != 0 {
			sc *= 1.05
		}
		if sc > bestScore {
			best, bestScore = i, sc
		}
	}
	if best < 0 {
		return nil, -1
	}
	outer := best
	best = markedArticle(s, best, good)
	best = loneBlockArticle(s, best)
	bestScore = good[best] - bw*bad[best]
	// inMain and the mask share one allocation.
	both := make([]bool, nn+len(s.blocks))
	inMain := both[:nn:nn]
	inMain[best] = true
	// Siblings of the main container that are themselves mostly prose are
	// part of the article (a lead paragraph in its own <div>, the body
	// continued after an advertisement).
	parent := s.nodes[best].parent
	if parent >= 0 {
		for i := range nn {
			if i == best || s.nodes[i].parent != parent {
				continue
			}
			sc := good[i] - bw*bad[i]
			if sc > 0.2*bestScore || (good[i] > 80 && bad[i] < 0.25*good[i]) {
				inMain[i] = true
			}
		}
	}
	takeTitledSections(s, inMain, best, good, bad, bw)
	takeComparableSections(s, inMain, best, good, bad, bw)
	// Propagate membership down the tree (parents come first).
	for i := 1; i < nn; i++ {
		if p := s.nodes[i].parent; p >= 0 && inMain[p] {
			inMain[i] = true
		}
	}
	mask = both[nn:]
	for i := range s.blocks {
		mask[i] = inMain[s.blockAt[i]]
	}
	if outer != best {
		keepLead(s, mask, outer)
	}
	return mask, best
}

// keepLead adds to mask the blocks of the outer container that stand
// between the page's title and the marked article: the lead, the byline
// and the date that articles print above their body, which the classifier
// then judges one by one.
func keepLead(s *segmenter, mask []bool, outer int) {
	title := titleIndex(s.blocks)
	if title < 0 {
		return
	}
	end := subtreeEnd(s, outer)
	for i := title + 1; i < len(s.blocks) && !mask[i]; i++ {
		if n := int(s.blockAt[i]); n >= outer && n < end && s.hintsAt[n]&boilerplate.HintHeader == 0 {
			mask[i] = true
		}
	}
}

// markedShare is the share of the chosen container's prose that a
// descendant marked as the article must hold to be chosen instead.
const markedShare = 0.8

// markedArticle returns the descendant of best that markup names as the
// article (<article>, itemprop=articleBody, an "article-body" class) and
// that holds nearly all of best's prose, or best. A container chosen by
// density alone takes in teasers that read like prose around the article;
// the page's own markup draws the line closer.
func markedArticle(s *segmenter, best int, good []float64) int {
	want := markedShare * good[best]
	pick := best
	for i, end := best+1, subtreeEnd(s, best); i < end; i++ {
		if s.nodes[i].hints&(boilerplate.HintArticle|boilerplate.HintContent) != 0 && good[i] >= want && good[i] < good[pick] {
			pick = i
		}
	}
	return pick
}

// subtreeEnd returns the end of node n's subtree, which is the nodes
// [n, end): nodes are in document order, so the subtree is the run of nodes
// after n that are deeper than it.
func subtreeEnd(s *segmenter, n int) int {
	end := n + 1
	for end < len(s.nodes) && s.nodes[end].depth > s.nodes[n].depth {
		end++
	}
	return end
}
