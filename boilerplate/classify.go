package boilerplate

import (
	"fmt"

	"github.com/winnowtext/winnow/recognize"
)

// Favor moves the classifier along the precision/recall trade-off.
type Favor uint8

// Favor values.
const (
	Balanced  Favor = iota // the default: best F1
	Precision              // drop more: less boilerplate, may lose some text
	Recall                 // keep more: less text lost, more boilerplate
)

var favorNames = [...]string{"balanced", "precision", "recall"}

// String returns "balanced", "precision" or "recall".
func (f Favor) String() string {
	if int(f) < len(favorNames) {
		return favorNames[f]
	}
	return "unknown"
}

// ParseFavor reads the name of a Favor, as String writes it.
func ParseFavor(name string) (Favor, error) {
	for i, n := range favorNames {
		if name == n {
			return Favor(i), nil
		}
	}
	return Balanced, fmt.Errorf("boilerplate: unknown favor %q (want balanced, precision or recall)", name)
}

// class is the jusText-style first verdict on a block, before context
// smoothing decides the uncertain ones.
type class uint8

const (
	classBad      class = iota // boilerplate on its own evidence
	classShort                 // too short to judge alone: follows its neighbours
	classNearGood              // probably content: kept next to content
	classGood                  // content on its own evidence
)

// Quality returns how much the block looks like running prose, from 0
// (boilerplate) to about 1.5: link density, sentence shape, stopword
// density and markup hints. hasStopwords says whether Features.Stopwords
// was measured (the page language has a stopword list).
func Quality(b *Block, hasStopwords bool) float64 {
	f := &b.Features
	if f.Words == 0 || f.Hints.Has(HintHidden) {
		return 0
	}
	ld := f.LinkDensity()
	if ld >= 0.5 {
		return 0
	}
	q := 1 - ld
	switch {
	case f.Sentences == 0 && f.Words < 8:
		q *= 0.15
	case f.Sentences == 0 && f.Words < 20:
		q *= 0.5
	}
	if hasStopwords && f.Words >= 6 {
		sd := f.StopwordDensity()
		switch {
		case sd < 0.05:
			q *= 0.3
		case sd < 0.15:
			q *= 0.7
		case sd > 0.3:
			q *= 1.2
		}
	}
	if f.Hints&(HintNav|HintFooter|HintAside|HintComment|HintBoilerplate|HintForm) != 0 {
		q *= 0.3
	}
	if f.Hints&(HintArticle|HintContent) != 0 {
		q *= 1.2
	}
	if f.Hints.Has(HintJSONLDBody) {
		q = max(q*1.5, 1)
	}
	if b.Kind == KindCode {
		q = max(q, 0.6)
	}
	return q
}

// ClassifyOptions tune Classify.
type ClassifyOptions struct {
	Favor        Favor // precision, recall or the balanced default
	HasStopwords bool  // Features.Stopwords was measured
	// CaptionsAreProse judges captions and figures as any other text:
	// on pages whose story is told in figures (a listicle of pictures,
	// each with its paragraphs in the caption), not as photo captions.
	CaptionsAreProse bool
	// Memo, when not nil, remembers what the pattern recognisers said of
	// each text (see RecognizeBlockMemo) for the calls that share it,
	// those over one page; nil recognises every block afresh.
	Memo *recognize.Memo
}

// Classify decides, for every block not yet dropped, whether it is main
// content: first on its own evidence (length, link density, sentences,
// stopwords, hints, boilerplate patterns), then by context: blocks too
// short to judge alone follow the verdict of their nearest confident
// neighbours, as in jusText. It sets Score, Kept and Reason.
func Classify(blocks []Block, opts ClassifyOptions) {
	classes := make([]class, len(blocks))
	for i := range blocks {
		b := &blocks[i]
		if b.Dropped() {
			classes[i] = classBad
			continue
		}
		b.Score = Quality(b, opts.HasStopwords)
		classes[i] = firstVerdict(b, opts)
	}
	smooth(blocks, classes, opts.Favor)
	keepTables(blocks, classes)
	dropTeasers(blocks, classes)
	for i := range blocks {
		b := &blocks[i]
		if b.Dropped() {
			continue
		}
		if classes[i] >= classNearGood {
			b.Kept = true
			continue
		}
		b.Drop(badReason(b))
	}
}

// firstVerdict classifies a block on its own evidence.
func firstVerdict(b *Block, opts ClassifyOptions) class {
	f := &b.Features
	if f.Hints.Has(HintHidden) {
		b.Drop(ReasonHidden)
		return classBad
	}
	if r := RecognizeBlockMemo(b, opts.Memo); r != ReasonNone {
		b.Drop(r)
		return classBad
	}
	ld := f.LinkDensity()
	if ld >= 0.5 && !(b.Kind == KindHeading && f.Words >= 4) {
		if ld < 0.7 && f.Sentences >= 1 && f.Words >= 25 {
			// A summary whose headline is a link ("... — read more"):
			// prose, if its neighbours are.
			return classShort
		}
		return classBad
	}
	noisy := f.Hints&(HintNav|HintFooter|HintAside|HintComment|HintBoilerplate) != 0
	long, short := 40, 10 // words
	if opts.Favor == Precision {
		long, short = 50, 15
	} else if opts.Favor == Recall {
		long, short = 30, 8
	}
	switch {
	case pictureCaption(b) && !opts.CaptionsAreProse:
		// Captions and photo credits describe a picture, not the story.
		if opts.Favor != Recall {
			return classBad
		}
		return classShort
	case b.Kind == KindHeading:
		return classShort
	case noisy && !(f.Sentences >= 2 && f.Words >= 2*long && ld < 0.2):
		return classBad
	case f.Words < short && f.Sentences == 0:
		return classShort
	case b.Score >= 0.6 && f.Sentences >= 1 && f.Words < short:
		return classNearGood
	case b.Score >= 0.6 && (f.Words >= long || f.Sentences >= 1 && f.Words >= short):
		return classGood
	case b.Score >= 0.35 && f.Words >= short:
		return classNearGood
	case b.Score < 0.15:
		return classBad
	}
	return classShort
}

// smooth settles the short and near-good blocks by their neighbours.
// A near-good block is kept when a good block is its nearest confident
// neighbour on either side (both sides when favouring precision); a short
// block when both nearest confident neighbours are good, or one is and the
// block has four words or more and no link (a list item or label inside
// the article); either side suffices when favouring recall. A near-good
// block is also kept, unless favouring precision, when it shares its
// container with a good block (see goodContainers).
func smooth(blocks []Block, classes []class, favor Favor) {
	n := len(blocks)
	work := make([]class, 3*n) // one allocation for the three tables
	prevConf := work[:n:n]     // nearest confident class before i
	nextConf := work[n : 2*n : 2*n]
	last := classBad
	for i := 0; i < n; i++ {
		prevConf[i] = last
		if c := classes[i]; c == classGood || c == classBad && !linkChrome(&blocks[i]) {
			last = c
		}
	}
	last = classBad
	for i := n - 1; i >= 0; i-- {
		nextConf[i] = last
		if c := classes[i]; c == classGood || c == classBad && !linkChrome(&blocks[i]) {
			last = c
		}
	}
	out := work[2*n:]
	copy(out, classes)
	goodBoxes := goodContainers(blocks, classes)
	for i := range blocks {
		c := classes[i]
		if c != classShort && c != classNearGood {
			continue
		}
		p, q := prevConf[i] == classGood, nextConf[i] == classGood
		var keep bool
		switch {
		case blocks[i].Kind == KindHeading:
			continue // settled below, once the blocks after it are
		case c == classNearGood && favor == Precision:
			keep = p && q
		case c == classNearGood:
			keep = p || q || inGoodBox(&blocks[i], goodBoxes)
		case favor == Recall:
			keep = p || q
		case blocks[i].Features.Words >= 4:
			keep = p && q || (p || q) && blocks[i].Features.LinkWords == 0
		default:
			keep = p && q
		}
		if keep {
			out[i] = classNearGood
		} else {
			out[i] = classBad
		}
	}
	if favor != Precision {
		keepArticleLists(blocks, classes, out)
	}
	// A heading is kept when the first block after it that is not a
	// heading (nor a lone link, see linkChrome: the "[edit]" a wiki prints
	// after each heading) is kept: it titles kept text (when favouring
	// precision, the block before it must be kept too).
	nextKept := false
	for i := n - 1; i >= 0; i-- {
		if blocks[i].Kind != KindHeading {
			if !besideText(&blocks[i]) && !linkChrome(&blocks[i]) {
				nextKept = out[i] >= classNearGood
			}
			continue
		}
		if c := classes[i]; c != classShort && c != classNearGood {
			continue
		}
		keep := nextKept && (favor != Precision || prevConf[i] == classGood)
		if keep {
			out[i] = classNearGood
		} else {
			out[i] = classBad
		}
	}
	copy(classes, out)
}

// linkChrome reports whether b is a lone one-word link that density
// judged ("Source", "Edit", "[src]"): a control printed beside each item
// of a reference, which says nothing of whether the text around it is
// content, so smoothing looks past it. It stays dropped. (Links of two
// words are a menu's items and a teaser's labels often enough to keep
// their say.)
func linkChrome(b *Block) bool {
	f := &b.Features
	return b.Reason == ReasonNone && b.Kind != KindHeading && f.Words == 1 && f.LinkWords == 1
}

// pictureCaption reports whether b describes a picture: a caption, or a
// block inside a figure. A quotation set in a figure (a pull quote, a
// customer's testimonial) is not: it quotes the story's people.
func pictureCaption(b *Block) bool {
	return b.Kind == KindCaption || b.Features.Hints.Has(HintFigure) && b.Kind != KindQuote
}

// besideText reports whether b stands beside the text rather than in it:
// a caption or hidden block between a heading and its section does not
// decide the heading.
func besideText(b *Block) bool {
	return b.Kind == KindCaption || b.Features.Hints&(HintFigure|HintHidden) != 0
}

// keepArticleLists keeps the items of lists that stand inside the article,
// between its first and last good block: a product's features, a recipe's
// ingredients, the steps of a guide. Their neighbours may be buttons and
// prices, but an item without a link between paragraphs of the article is
// the article's.
func keepArticleLists(blocks []Block, classes, out []class) {
	first, last := -1, -1
	for i, c := range classes {
		if c == classGood {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := first + 1; i < last; i++ {
		b := &blocks[i]
		if c := classes[i]; (c == classShort || c == classNearGood) && b.Kind == KindListItem &&
			b.Features.LinkWords == 0 {
			out[i] = classNearGood
		}

	}
}

// badReason names why a block that was not kept is boilerplate.
func badReason(b *Block) Reason {
	f := &b.Features
	switch {
	case pictureCaption(b):
		return ReasonCaption
	case f.Hints.Has(HintComment):
		return ReasonComments
	case f.Hints.Has(HintNav):
		return ReasonNavigation
	case f.LinkDensity() >= 0.5:
		return ReasonLinkList
	case f.Words < 8 && f.Sentences == 0:
		return ReasonTooShort
	}
	return ReasonLowDensity
}

// indexIntroWords is the least kept text besides the teasers for the
// teasers to be taken for the other stories after an article.
const indexIntroWords = 30

// keptBeside reports whether the first block from i on, going in
// direction step (-1 or 1), that is not a heading or a caption is kept.
func keptBeside(blocks []Block, classes []class, i, step int) bool {
	for ; i >= 0 && i < len(blocks); i += step {
		if b := &blocks[i]; b.Kind != KindHeading && b.Kind != KindCaption {
			return classes[i] >= classNearGood
		}
	}
	return false
}

// teaserLabelWords bounds (exclusive) the words of a kicker or label inside
// a teaser, which does not count as one of its paragraphs.
const teaserLabelWords = 8

// teaserMaxBlocks is the most kept blocks a teaser holds under its
// heading: a summary, a kicker, a date. A section with more (the facts
// of a listicle's product, one short line each: "Range: 40 km", "Weight:
// 27 lbs", ...) is the article's.
const teaserMaxBlocks = 3

// dropTeasers drops the summaries of other pages that follow an article:
// a run of sections that each open with a heading that is a link and hold
// one short paragraph ("Carlos Ghosn and the dark side of justice" / "Our
// family always celebrates..."). Subheadings of an article are rarely
// links, and when they are (a product round-up), their sections hold more
// than one teaser-sized paragraph, so at least two such sections are
// needed, with no kept text between them, and a linked heading before any
// good block (the article's own title linking to itself) does not count.
// A teaser section between sections of article text stays: news sites
// link related stories from headings inside the story. A linked heading
// with nothing under it goes once the page has two teaser sections. A
// numbered heading ("7. Perfect Moving") opens an item of a listicle,
// which links what it ranks, not a teaser; nor does a heading already
// recognised as a link to another story ("READ MORE: ..."), which a story
// sets between its own paragraphs. A section of more than
// teaserMaxBlocks kept blocks is no teaser, however short each is. Nor
// is a run whose headings all link other sites: a round-up's items (see
// roundUp). On a page with two teaser sections or more, a lone one goes
// when a label dropped as related content stands right above its heading
// (see relatedLabelAbove): the page names the card as another story's.
func dropTeasers(blocks []Block, classes []class) {
	teasers := make([]teaserSection, 0, 16) // on the stack unless a page has more
	seenGood := false
	for i := 0; i < len(blocks); i++ {
		b := &blocks[i]
		if classes[i] == classGood {
			seenGood = true
		}
		if !seenGood || b.Kind != KindHeading || b.Features.LinkDensity() < 0.5 || b.Features.Words < 3 {
			continue
		}
		if b.Reason == ReasonRelated {
			continue // "READ MORE: ...": a link set inline, over the article's own text
		}
		if _, numbered := itemNumber(b.Text); numbered {
			continue // "7. Perfect Moving": an item of a listicle
		}
		sec := teaserSection{start: i + 1, end: len(blocks), labelled: relatedLabelAbove(blocks, i)}
		for j := i + 1; j < len(blocks); j++ {
			if blocks[j].Kind == KindHeading {
				sec.end = j
				break
			}
			if classes[j] >= classNearGood {
				if blocks[j].Features.Words >= teaserLabelWords {
					sec.kept++ // a kicker ("APPS WE LIKE") is no paragraph
				}
				sec.words += blocks[j].Features.Words
				sec.blocks++
			}
		}
		if sec.kept <= 1 && sec.words <= 80 && sec.blocks <= teaserMaxBlocks {
			teasers = append(teasers, sec)
		}
		i = sec.end - 1
	}
	if len(teasers) < 2 {
		return
	}
	inTeasers, kept := 0, 0
	for _, sec := range teasers {
		inTeasers += sec.words
	}
	for i := range blocks {
		if classes[i] >= classNearGood {
			kept += blocks[i].Features.Words
		}
	}
	if kept-inTeasers < indexIntroWords {
		// No article before them: the teasers are an index page's
		// content ("Using workflow templates" / "GitHub provides...").
		return
	}
	textBetween := func(from, to int) bool {
		for k := from; k < to; k++ {
			if classes[k] >= classNearGood {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(teasers); {
		j := i + 1
		for j < len(teasers) && !textBetween(teasers[j-1].end, teasers[j].start-1) {
			j++
		}
		items := roundUp(blocks, teasers[i:j])
		for _, sec := range teasers[i:j] {
			if items && sec.words > 0 {
				continue // a round-up's item: the article's own section
			}
			if j-i >= 2 || sec.words == 0 || sec.labelled {
				for k := sec.start - 1; k < sec.end; k++ { // the heading too
					if classes[k] >= classNearGood {
						classes[k] = classBad
						blocks[k].Drop(ReasonRelated)
					}
				}
			}
		}
		i = j
	}
}

// keepTables decides a table inside the article as a whole: its cells are
// too short to judge one by one ("7 días", "2 veces el tamaño"), so a run
// of four or more cells that is not mostly links and touches kept text
// keeps all its cells, except those dropped for a reason of their own; a
// date is not such a reason in a table, where it is data. The headings
// right before or after a table ("Zero to 5K plan") do not count as what
// it touches: they title it, and are kept with it.
func keepTables(blocks []Block, classes []class) {
	for i := 0; i < len(blocks); {
		if blocks[i].Kind != KindTableCell {
			i++
			continue
		}
		j := i
		words, linkWords := 0, 0
		for j < len(blocks) && blocks[j].Kind == KindTableCell {
			words += blocks[j].Features.Words
			linkWords += blocks[j].Features.LinkWords
			j++
		}
		touches := keptBeside(blocks, classes, i-1, -1) || keptBeside(blocks, classes, j, 1)
		if j-i >= 4 && touches && linkWords*10 < words*3 {
			for k := i - 1; k >= 0 && blocks[k].Kind == KindHeading; k-- {
				if b := &blocks[k]; !b.Dropped() && b.Features.LinkDensity() < 0.5 {
					classes[k] = classNearGood // the table's own heading
				}
			}
			for k := i; k < j; k++ {
				b := &blocks[k]
				if b.Reason == ReasonDateline {
					b.Reason = ReasonNone // a date in a table is data
				}
				if !b.Dropped() && b.Features.LinkDensity() < 0.5 {
					classes[k] = max(classes[k], classNearGood)
				}
			}
		}
		i = j
	}
}
