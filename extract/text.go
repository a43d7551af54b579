package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/lang"
	"golang.org/x/text/language"
)

// langSample bounds how much text language detection reads.
const langSample = 512

// FromText cleans text that was already extracted from a page (Common
// Crawl WET records, scraped text, another extractor's output): it returns
// the main text with cookie banners, subscription prompts, social links,
// credits, interface lines and repeated paragraphs removed.
//
// Each non-blank input line is a block, so every line is accounted for in
// Result.Blocks, kept or dropped with its reason, except in hard-wrapped
// text (a text browser's dump, mail, a file wrapped at 72 or 80 columns):
// there the lines that the wrap broke are joined again into their
// paragraph (filled to the text's width, continuing a sentence, a word
// broken at its hyphen, an indented first line or a bulleted item with its
// hanging indent), so that paragraphs are judged rather than fragments,
// and the main text keeps them whole. Text that is not wrapped keeps a
// block per line. Blocks go through the same repeated-block
// detector (opts.Detector) as HTML; the classifier scores the features text
// has: length, sentence punctuation, stopword density, case, and the
// multilingual pattern recognisers. Result.Title is set when a headline
// opens the article, Result.Date when a dateline carries a date,
// Result.Author when a byline names one, and Result.Language when the
// language is recognised.
//
// It returns ErrEmpty for text without a non-blank line, ErrTooLarge beyond
// Limits.MaxInputBytes and ErrNotHTML for binary data; invalid UTF-8 is
// replaced, not an error. Only the first Limits.MaxBlocks blocks are kept,
// each cut to Limits.MaxBlockChars bytes.
func FromText(text string, opts Options) (*Result, error) {
	lim := opts.Limits.withDefaults()
	if len(text) > lim.MaxInputBytes {
		return nil, ErrTooLarge
	}
	if binaryText(text) {
		return nil, ErrNotHTML
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	blocks, cont, rows := buildTextBlocks(text, lim)
	if len(blocks) == 0 {
		return nil, ErrEmpty
	}
	res := &Result{URL: validUTF8(opts.URL)}

	// Repeats first: the shingler measures the blocks (CountText) as it
	// reads them.
	boilerplate.MarkRepeatsText(blocks, opts.Detector, opts.URL)
	for i := range blocks {
		f := &blocks[i].Features
		f.Position = i
		f.ContainerID = -1
	}
	known := false
	if tag := textLanguage(blocks); tag != language.Und {
		res.Language = tag.String()
		if stop := lang.Stopwords(tag); stop != nil {
			for i := range blocks {
				// Stopword density says little about a line of a few
				// words; skipping them saves most of the counting.
				if f := &blocks[i].Features; f.Words >= boilerplate.MinStopwordWords {
					f.Stopwords = stop.Count(blocks[i].Text)
					known = known || f.Stopwords > 0
				}
			}
		}
	}

	boilerplate.ClassifyText(blocks, boilerplate.TextOptions{StopwordsKnown: known, Favor: opts.Favor, Rows: rows})
	boilerplate.DropRepeatedParagraphs(blocks)
	if t := findTextTitle(blocks, cont); t >= 0 {
		res.Title = trimTitle(blocks[t].Text)
		blocks[t].Kept = false
		blocks[t].Reason = boilerplate.ReasonTitle
		dropTitleRepeats(blocks, res.Title)
	}
	res.Date = findTextDate(blocks)
	res.Author = findTextAuthor(blocks)
	boilerplate.DropAuthorBio(blocks, res.Author, "", opts.URL)
	res.Text = renderTextParagraphs(blocks, cont)
	res.Blocks = blocks
	return res, nil
}

// binaryText reports whether text is binary data rather than text: NUL
// bytes, which text does not hold but by accident, are frequent in its
// opening.
func binaryText(text string) bool {
	head := text[:min(len(text), 4096)]
	nul := strings.Count(head, "\x00")
	return nul > 8 || nul*64 > len(head)
}

// textLanguage detects the language of the text from a sample of its
// sentence-like blocks, which menus and link lists do not skew. Growing
// openings of the sample (quickSteps) decide alone when they leave no
// doubt; the whole sample is read otherwise.
func textLanguage(blocks []boilerplate.Block) language.Tag {
	var sample strings.Builder
	sample.Grow(2 * langSample) // the sample ends with the block that fills it
	for pass := 0; pass < 2 && sample.Len() < langSample; pass++ {
		for i := range blocks {
			f := &blocks[i].Features
			// First pass: sentences; second pass, for texts without
			// any: whatever there is.
			sentence := f.Words >= 8 && f.Sentences > 0
			if (pass == 0) != sentence || pass == 0 && repetitive(blocks[i].Text) {
				continue
			}
			sample.WriteString(blocks[i].Text)
			sample.WriteByte('\n')
			if sample.Len() >= langSample {
				break
			}
		}
	}
	text := sample.String()
	for _, q := range quickSteps {
		if len(text) <= q.bytes {
			break
		}
		if r := lang.Detect(cutWords(text, q.bytes)); r.Confidence >= q.confidence {
			return r.Tag
		}
	}
	if r := lang.Detect(text); r.Known() {
		return r.Tag
	}
	return language.Und
}

// repetitive reports whether fewer than half of the words of text (of its
// first 64) differ from each other: a run of icon labels or buttons that
// ends like a sentence ("Created with Sketch." printed for each icon),
// whose few words would decide the language of a short sample alone.
// Prose of a sentence or two repeats far fewer of its words.
func repetitive(text string) bool {
	const maxWords = 64
	var seen [2 * maxWords]uint64 // the distinct word hashes, open addressing; 0 marks a free slot
	zero := false                 // whether a word hashed to 0
	n, distinct := 0, 0
	for i := 0; i < len(text) && n < maxWords; {
		for i < len(text) && !wordByte(text[i]) {
			i++
		}
		h := uint64(14695981039346656037)
		start := i
		for i < len(text) && wordByte(text[i]) {
			h = (h ^ uint64(text[i]|0x20)) * 1099511628211
			i++
		}
		if i == start {
			continue
		}
		n++
		if h == 0 {
			if !zero {
				zero = true
				distinct++
			}
			continue
		}
		k := h >> 57 // the top bits, FNV's best mixed
		for seen[k] != 0 && seen[k] != h {
			k = (k + 1) % uint64(len(seen))
		}
		if seen[k] == 0 {
			seen[k] = h
			distinct++
		}
	}
	return distinct*2 < n
}

// wordByte reports whether c belongs to a word for repetitive: an ASCII
// letter or digit, or a byte of a non-ASCII character.
func wordByte(c byte) bool {
	return c >= 0x80 || c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9'
}

// quickSteps are the openings of the language sample that textLanguage
// tries first, each with the confidence that lets it decide alone; the
// shorter one asks for more. Measured on the whole-page texts of the
// evaluation corpora (653 pages): the first step decides 633 of them, the
// second 13 more, and the answer differs from the whole sample's on 3
// pages, each sample mixing two languages (the 384-byte step alone: 644
// pages, 2 differing). Language detection misses the cache on most n-grams
// inside the pipeline, so reading half the bytes on most pages made
// FromText 5% faster on whole-page text.
var quickSteps = [...]struct {
	bytes      int
	confidence float64
}{{192, 0.999}, {384, 0.99}}

// cutWords cuts s to at most n bytes at the end of a word, or, when its
// first word is longer, at a rune boundary.
func cutWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	n = max(n, 0)
	if s[n] == ' ' {
		return s[:n] // the cut falls between words
	}
	s = cutUTF8(s, n)
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

// renderTextParagraphs joins the kept blocks, one paragraph per block,
// except that a kept block in cont (the indexes, in order, of blocks that
// continue the paragraph of the block before: splitTextBlocks) joins the
// kept block before it with a space rather than a blank line. With no
// cont it is renderText.
func renderTextParagraphs(blocks []boilerplate.Block, cont []int32) string {
	size := 0
	for i := range blocks {
		if blocks[i].Kept {
			size += len(blocks[i].Text) + 2
		}
	}
	var sb strings.Builder
	sb.Grow(size)
	for i := range blocks {
		if !blocks[i].Kept {
			continue
		}
		joins := len(cont) > 0 && cont[0] == int32(i)
		for len(cont) > 0 && cont[0] <= int32(i) {
			cont = cont[1:]
		}
		switch {
		case sb.Len() == 0:
		case joins && blocks[i-1].Kept:
			sb.WriteByte(' ')
		default:
			sb.WriteString("\n\n")
		}
		sb.WriteString(blocks[i].Text)
	}
	return sb.String()
}
