package extract

import "strings"

// reviewLabels credit the expert who reviewed an article, in the
// recognisers' languages: health, legal and financial sites print them
// under the headline, often beside no writer's name.
var reviewLabels = [...]string{"medically reviewed by", "reviewed by", "fact checked by", "fact-checked by",
	"fachlich geprüft von", "geprüft von", "relu par", "vérifié par", "revisado por", "revisionato da",
	"gecontroleerd door", "sprawdzone przez", "проверено"}

// reviewerNames returns the names that a line opening with a review
// label credits ("Reviewed by Jane Doe, Trial Attorney, on March 3,
// 2024" names Jane Doe), or "". bodyAuthor falls back on them when the
// header names no writer: the expert who vouches for the article answers
// for it, where the metadata names only the publisher.
func reviewerNames(text string) string {
	text = strings.TrimSpace(text)
	for _, l := range reviewLabels {
		if hasWordPrefixFold(text, l) {
			return bylineNames("By " + strings.TrimLeft(text[len(l):], " :：\u00a0"))
		}
	}
	return ""
}
