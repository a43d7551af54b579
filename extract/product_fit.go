package extract

import "github.com/winnowtext/winnow/boilerplate"

// fitLineWords bounds the words of a fit widget's line: "On average 279
// reviewers say this product is true to size.", "Customers say product
// fits true to size. We recommend sticking with your regular size."
const fitLineWords = 24

// fitVerdicts are the verdicts a shop's fit widget prints, in lower case.
var fitVerdicts = []string{"true to size", "runs small", "runs large", "runs big", "fits small", "fits large", "fits big", "sizing up", "sizing down"}

// fitCrowds name, in lower case, the people whose reviews a fit widget
// sums up.
var fitCrowds = []string{"customers", "reviewers", "shoppers", "buyers"}

// dropFitVerdicts drops, on a product's page, the short lines a fit widget
// prints beside the size picker: the verdict the shop's reviews give on
// the size ("true to size", "runs small"), told as what its customers or
// reviewers say. The widget sums up the reviews, which the reading drops;
// it says nothing of the product the description does not. A fit note of
// the maker's own ("Fits true to size") names no crowd and stays.
func dropFitVerdicts(blocks []boilerplate.Block) {
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept || b.Kind == boilerplate.KindHeading || b.Features.Words > fitLineWords || b.Features.Words == 0 {
			continue
		}
		if fitVerdict(b.Text) {
			b.Drop(boilerplate.ReasonComments)
		}
	}
}

// fitVerdict reports whether text gives a fit verdict as what a crowd of
// shoppers says ("Customers say it fits true to size").
func fitVerdict(text string) bool {
	if !containsFold(text, " say") && !containsFold(text, " recommend") {
		return false
	}
	return containsAnyFold(text, fitVerdicts) && containsAnyFold(text, fitCrowds)
}

// containsAnyFold reports whether text contains one of the lower-case
// ASCII phrases in any case (see containsFold).
func containsAnyFold(text string, phrases []string) bool {
	for _, p := range phrases {
		if containsFold(text, p) {
			return true
		}
	}
	return false
}
