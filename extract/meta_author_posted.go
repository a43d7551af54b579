package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
)

// postedByWords open the line under a blog post that names who posted it,
// in the languages blogging tools are set in (lower-case): "Posted by Jane
// Doe at 9:12 AM", "Eingestellt von ...", "Publié par ...".
var postedByWords = [...]string{"posted by", "eingestellt von", "gepostet von", "publié par", "posté par",
	"publicado por", "postado por", "pubblicato da", "geplaatst door", "opublikowane przez", "dodane przez"}

// postedByLabels is postedByWords, indexed for labelSet.index.
var postedByLabels = newLabelSet(postedByWords[:])

// postedByFooter returns the name that a "Posted by" line in the post's
// footer gives, among the header zone's blocks after the headline (see
// headerZone), "" when none does. Blog templates print the byline in
// the post's own footer (class "post-footer", "entry-footer", a <footer>
// inside the <article>), below the text, and the bylines read elsewhere
// skip footers, whose credits ("Theme by", "Powered by") name no author.
// A page's footer does not open a line with "Posted by".
func postedByFooter(blocks []boilerplate.Block) string {
	from, at, to := headerZone(blocks)
	if from >= to {
		return ""
	}
	const off = boilerplate.HintNav | boilerplate.HintComment | boilerplate.HintHidden
	for i := at; i < to; i++ {
		b := &blocks[i]
		f := &b.Features
		if f.Hints&boilerplate.HintFooter == 0 || f.Hints&off != 0 || f.Words > maxDatelineWords {
			continue
		}
		if rest := cutPostedBy(b.Text); rest != "" {
			if names := bylineNames(beforeTime(rest)); names != "" {
				return names
			}
		}
	}
	return ""
}

// cutPostedBy returns what follows the postedByWords label that opens
// text, "" when none does.
func cutPostedBy(text string) string {
	if postedByLabels.index(foldable(text)) != 0 {
		return ""
	}
	for _, l := range postedByWords {
		if len(text) > len(l) && ascii.HasPrefixFold(text, l) {
			return strings.TrimSpace(text[len(l):])
		}
	}
	return ""
}

// beforeTime returns the words of s before the first that holds a digit,
// without the lower-case word that joins them to it: "Hans Müller um
// 09:12" is "Hans Müller", "Ana García en 9:12" "Ana García".
func beforeTime(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if !strings.ContainsAny(w, "0123456789") {
			continue
		}
		words = words[:i]
		if n := len(words); n > 1 && strings.ToLower(words[n-1]) == words[n-1] && len(words[n-1]) <= 5 {
			words = words[:n-1]
		}
		break
	}
	return strings.Join(words, " ")
}
