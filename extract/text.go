package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/lang"
)

// langSample bounds how much text language detection reads.
const langSample = 16 << 10

// FromText cleans text that was already extracted from a page (Common
// Crawl WET records, scraped text, another extractor's output): it returns
// the main text with cookie banners, subscription prompts, social links,
// credits, interface lines and repeated paragraphs removed.
//
// Each non-blank input line is a block (in hard-wrapped text, each run of
// lines is one), so every line is accounted for in Result.Blocks, kept or
// dropped with its reason. Blocks go through the same repeated-block
// detector (opts.Detector) as HTML; the classifier scores the features text
// has: length, sentence punctuation, stopword density, case, and the
// multilingual pattern recognisers. Result.Title is set when the text opens
// with a title, Result.Date when a dateline carries a date, and
// Result.Language when the language is recognised.
func FromText(text string, opts Options) (*Result, error) {
	lim := opts.Limits.withDefaults()
	if len(text) > lim.MaxInputBytes {
		return nil, ErrTooLarge
	}
	if strings.IndexByte(text[:min(len(text), 4096)], 0) >= 0 {
		return nil, ErrNotHTML
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	lines := splitTextLines(text, lim.MaxBlocks)
	if len(lines) == 0 {
		return nil, ErrEmpty
	}
	res := &Result{URL: opts.URL}
	blocks := buildTextBlocks(lines, lim)

	sample := cutUTF8(text, langSample)
	var stop *lang.StopwordSet
	if l := lang.Detect(sample); l.Known() {
		res.Language = l.Tag.String()
		stop = lang.Stopwords(l.Tag)
	}
	known := false
	for i := range blocks {
		f := &blocks[i].Features
		boilerplate.CountText(blocks[i].Text, f)
		f.Position = i
		f.ContainerID = -1
		if stop != nil {
			f.Stopwords = stop.Count(blocks[i].Text)
			known = known || f.Stopwords > 0
		}
	}

	boilerplate.MarkRepeats(blocks, opts.Detector, opts.URL)
	boilerplate.ClassifyText(blocks, boilerplate.TextOptions{StopwordsKnown: known, Bias: favorBias(opts.Favor)})
	if t := findTextTitle(blocks); t >= 0 {
		res.Title = trimTitle(blocks[t].Text)
		blocks[t].Kept = false
		blocks[t].Reason = boilerplate.ReasonTitle
		dropTitleRepeats(blocks, res.Title)
	}
	res.Date = findTextDate(blocks)
	res.Text = joinKept(blocks)
	res.Blocks = blocks
	return res, nil
}

// favorBias maps Favor to the classifier's score bias.
func favorBias(f Favor) float64 {
	switch f {
	case Precision:
		return -0.2
	case Recall:
		return 0.2
	}
	return 0
}

// joinKept joins the text of the kept blocks, a blank line between them.
func joinKept(blocks []boilerplate.Block) string {
	n := 0
	for i := range blocks {
		if blocks[i].Kept {
			n += len(blocks[i].Text) + 2
		}
	}
	var sb strings.Builder
	sb.Grow(n)
	for i := range blocks {
		if !blocks[i].Kept {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(blocks[i].Text)
	}
	return sb.String()
}
