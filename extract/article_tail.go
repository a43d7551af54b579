package extract

import "github.com/winnowtext/winnow/boilerplate"

// tailGap, tailMaxWords and tailShare bound a kept island after the
// article: text kept after a run of at least tailGap blocks dropped as
// the furniture that closes an article (related links, comments, share
// bars, legal lines, subscription and newsletter prompts, navigation),
// that holds at most tailMaxWords words and at most 1/tailShare of the
// kept text. On the tune halves the rule dropped promotions and
// prompts on five articles and one post of a thread taken for an
// article.
const (
	tailGap      = 3
	tailMaxWords = 50
	tailShare    = 4
)

// dropTailIsland drops the few kept blocks that follow the end of an
// article: once the article's last paragraph is followed by the page's
// closing furniture (a run of related links, a comment form, a share bar,
// a legal line), a short block kept after that run is a prompt, a
// colophon or a teaser, not the article's last word ("Add this episode
// to your list", "Get five-star support"). The run must hold a block
// that only ends articles (comments, related, social, legal,
// subscription, newsletter) or a control's label (the "Watch a demo"
// button of a product's pitch), so that a list of links inside the
// article does not cut it; and the island is short next to the article, so that
// a body split by an inline box keeps its second half.
func dropTailIsland(blocks []boilerplate.Block) {
	total := keptWords(blocks)
	tail, gap, closing, start := 0, 0, false, -1
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		if b.Kept {
			if gap >= tailGap && closing && start >= 0 {
				break
			}
			tail += b.Features.Words
			if tail > tailMaxWords {
				return
			}
			gap, closing, start = 0, false, i
			continue
		}
		if b.Features.Hints.Has(boilerplate.HintHidden) {
			continue
		}
		switch b.Reason {
		case boilerplate.ReasonComments, boilerplate.ReasonRelated, boilerplate.ReasonSocial,
			boilerplate.ReasonLegal, boilerplate.ReasonSubscription, boilerplate.ReasonNewsletter:
			gap++
			closing = true
		case boilerplate.ReasonInterface:
			// A control's label ("Watch a demo", "Get started"):
			// the prompt kept beside it is the site's, not the
			// article's.
			gap++
			closing = true
		case boilerplate.ReasonLinkList, boilerplate.ReasonNavigation,
			boilerplate.ReasonAdvertisement, boilerplate.ReasonOutsideMain:
			gap++
		}
	}
	if start < 0 || gap < tailGap || !closing || tail*tailShare > total {
		return
	}
	for i := start; i < len(blocks); i++ {
		if blocks[i].Kept {
			blocks[i].Drop(boilerplate.ReasonOutsideMain)
		}
	}
}
