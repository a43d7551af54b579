package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// offerLineWords bounds the words of a line of a shop's payment or
// loyalty offer: "or 4 interest-free payments of $12.50 with Klarna",
// "Earn $13.70 in rewards with our card".
const offerLineWords = 16

// dropOfferLines drops, on a product's page, the short lines of the
// shop's payment plans and loyalty schemes that the reading kept: a line
// that splits the price into payments ("or 4 payments of $48.75", "4
// interest-free installments", "$49.91/mo. for 12 mo.", "0% APR") or
// pays back in rewards or points ("Earn $13.70 in rewards", "Earn up to
// 4500 points per item"). The shop prints the same offer under every
// product, beside the price, and says nothing of the product by it; the
// price itself is a line of its own and stays.
func dropOfferLines(blocks []boilerplate.Block) {
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept || b.Kind == boilerplate.KindHeading || b.Features.Words > offerLineWords ||
			b.Features.Words == 0 {
			continue
		}
		if offerLine(b.Text) {
			b.Drop(boilerplate.ReasonAdvertisement)
		}
	}
}

// offerLine reports whether text, a short line, is a payment plan's or a
// loyalty scheme's (see paymentPlan and loyaltyOffer).
func offerLine(text string) bool {
	var buf [maxOfferWords]offerWord
	words := offerWords(buf[:0], text)
	return paymentPlan(words) || loyaltyOffer(text, words)
}

// paymentPlan reports whether the words of a line split a price into
// payments: a count of payments ("4 payments", "four payments"),
// instalments, an annual rate ("0% APR", in capitals: "Apr" is April), or
// an amount a month beside another choice ("$599 or $49.91/mo.", "As low
// as $48/mo.").
func paymentPlan(words []offerWord) bool {
	monthly := false
	for i, w := range words {
		switch {
		case w.is("payments") && i > 0 && paymentCount(words[i-1].w):
			return true
		case w.is("payments") && i > 1 && words[i-1].is("interest-free") && paymentCount(words[i-2].w):
			return true
		case w.is("installments") || w.is("instalments"):
			return true
		case w.w == "APR":
			return true
		case (w.is("mo") || w.is("month")) && w.afterSlash:
			monthly = true
		}
	}
	if !monthly {
		return false
	}
	for _, w := range words {
		if w.is("or") || w.is("low") {
			return true
		}
	}
	return false
}

// loyaltyOffer reports whether text, cut into words, pays a purchase
// back in rewards or points: "earn" with rewards or points, or rewards
// beside an amount ("$9.99 in rewards", "10% Reward").
func loyaltyOffer(text string, words []offerWord) bool {
	earn, reward, points := false, false, false
	for _, w := range words {
		switch {
		case w.is("earn"):
			earn = true
		case w.is("reward") || w.is("rewards"):
			reward = true
		case w.is("points"):
			points = true
		}
	}
	return earn && (reward || points) || reward && (hasPrice(text) || strings.Contains(text, "%"))
}

// offerWord is a word of a line, as offerWords cuts it.
type offerWord struct {
	w          string
	afterSlash bool // the word follows a slash: "$48/mo."
}

// is reports whether the word is s, ignoring case and the punctuation
// after it ("rewards,", "mo.").
func (w offerWord) is(s string) bool {
	return strings.EqualFold(strings.TrimRight(w.w, ".,;:!?)"), s)
}

// maxOfferWords bounds the words offerWords cuts (see offerLineWords;
// slashes cut more).
const maxOfferWords = 24

// offerWords appends to words, up to maxOfferWords of them, the words of
// a short line cut at white space and slashes. The caller passes a fixed
// array's slice: the lines it reads are a few words long.
func offerWords(words []offerWord, text string) []offerWord {
	slash := false
	start := -1
	for i := 0; i <= len(text) && len(words) < maxOfferWords; i++ {
		c := byte(' ')
		if i < len(text) {
			c = text[i]
		}
		if c == ' ' || c == '/' || c == '\n' || c == '\t' {
			if start >= 0 {
				words = append(words, offerWord{w: text[start:i], afterSlash: slash})
				start = -1
			}
			slash = c == '/'
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return words
}

// paymentCounts are the counts of payments shops spell out ("Pay in four
// payments").
var paymentCounts = []string{"two", "three", "four", "five", "six", "twelve"}

// paymentCount reports whether w counts payments: a number ("4") or its
// word ("four").
func paymentCount(w string) bool {
	return w != "" && isDigits(w) || inFold(w, paymentCounts)
}
