package extract

import "github.com/winnowtext/winnow/boilerplate"

// minArticleWords is how much kept text after the title makes it the
// article's title.
const minArticleWords = 100

// dropBeforeTitle drops the teaser lists that a page prints above the
// article's title: a ticker of other stories, each a linked headline with
// its lead ("Breaking News"), reads like prose. An article does not start
// before its title, so list items with links there go, once the title is
// followed by an article.
func dropBeforeTitle(blocks []boilerplate.Block) {
	t := titleIndex(blocks)
	if t < 0 {
		return
	}
	if keptWords(blocks[t+1:]) < minArticleWords {
		return
	}
	for i := 0; i < t; i++ {
		if b := &blocks[i]; b.Kept && b.Kind == boilerplate.KindListItem && b.Features.LinkCount > 0 {
			b.Drop(boilerplate.ReasonRelated)
		}
	}
}

// titleIndex returns the index of the block markTitle took as the page's
// title, or -1.
func titleIndex(blocks []boilerplate.Block) int {
	for i := range blocks {
		if blocks[i].Reason == boilerplate.ReasonTitle {
			return i
		}
	}
	return -1
}
