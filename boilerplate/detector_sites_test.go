package boilerplate

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Synthetic sites: pages made of a site's template (header, about box,
// newsletter prompt inside the article, editor's message, copyright) around
// articles drawn from word lists, in three markup styles and two languages.
// The template is modelled on real boilerplate; the text is generated, so
// no page of any real site is stored.

// blockLabel is what a synthetic block is.
type blockLabel uint8

const (
	labContent  blockLabel = iota // article text: must be kept
	labTemplate                   // site template: the detector must drop it
	labOther                      // navigation words, datelines: other rules' business
)

// synthPage is one generated page.
type synthPage struct {
	site   int
	url    string
	blocks []Block
	labels []blockLabel
}

// siteStyle is the markup a site's template comes in.
type siteStyle uint8

const (
	styleArticle siteStyle = iota // <header><nav><article><aside><footer>
	styleTable                    // an old table layout: template in cells
	styleText                     // text already extracted: lines only
)

// siteSpec describes one synthetic site.
type siteSpec struct {
	host    string
	russian bool
	style   siteStyle
	pages   int
	// legit repeats: a quote printed in quoteIn articles, a standard
	// sentence in stdIn articles.
	quoteIn, stdIn int
}

// templateText returns the template texts of a site: short tagline, long
// "about us", long editor's message with a counter, newsletter prompt,
// section box (one word varies by section), copyright with a year.
func templateText(russian bool, name string) (tagline, about, editor, newsletter, section, copyright string) {
	if russian {
		return "Новости и мнения из долины реки",
			"О нас: «" + name + "» — независимая газета, основанная в 1998 году группой местных журналистов. Мы пишем о политике, экономике и культуре региона и выходим каждый день без выходных.",
			"Обращение главного редактора: нашу журналистику поддерживают %d читателей. Если вам важно то, что мы делаем, станьте участником клуба сегодня — это займёт меньше минуты.",
			"Спасибо, что дочитали. Подпишитесь на бесплатную утреннюю рассылку, чтобы получать главные материалы дня на почту.",
			"Больше материалов отдела «%s» выходит каждое утро в нашем бесплатном обзоре вместе с комментариями корреспондентов.",
			"© %d " + name + ". Все права защищены."
	}
	return "News and views from the river valley",
		"About us: The " + name + " is an independent newspaper founded in 1998 by a group of local reporters. We cover politics, business and culture across the region and publish every day of the year.",
		"A message from the editor: our journalism is funded by %d readers like you. If you value what we do, please consider becoming a member today; it takes less than a minute.",
		"Thank you for reading. Sign up for our free morning newsletter to get the best stories of the day delivered to your inbox.",
		"More stories from our %s desk are published every morning in the free briefing, along with analysis from our correspondents.",
		"© %d " + name + " Ltd. All rights reserved."
}

var sectionsEN = []string{"Politics", "Business", "Culture"}
var sectionsRU = []string{"Политика", "Экономика", "Культура"}

// genSite generates the pages of a site.
func genSite(site int, spec siteSpec, seed uint64) []synthPage {
	r := rand.New(rand.NewPCG(seed, uint64(site)))
	syn := newSynth(seed*31+uint64(site), spec.russian)
	name := fmt.Sprintf("Valley Courier %c", 'A'+site)
	tagline, about, editor, newsletter, section, copyright := templateText(spec.russian, name)
	sections := sectionsEN
	nav := []string{"Home", "World", "Politics", "Business", "Culture", "Sport"}
	if spec.russian {
		sections = sectionsRU
		nav = []string{"Главная", "Мир", "Политика", "Экономика", "Культура", "Спорт"}
	}
	quote := syn.paragraph(2, 2)
	std := syn.sentence(9, 12)
	quotePages := pick(r, spec.pages, spec.quoteIn)
	stdPages := pick(r, spec.pages, spec.stdIn)

	var pages []synthPage
	for p := range spec.pages {
		pg := synthPage{site: site, url: fmt.Sprintf("https://%s/%s/%d-story.html", spec.host, strings.ToLower(sections[p%3]), 1000+p)}
		add := func(k Kind, l blockLabel, text string) {
			if spec.style == styleText {
				k = KindParagraph
				if l != labContent || r.IntN(2) == 0 {
					k = KindLine
				}
			} else if spec.style == styleTable && l == labTemplate && k == KindParagraph {
				k = KindTableCell
			}
			pg.blocks = append(pg.blocks, Block{Kind: k, Text: text, Kept: true})
			pg.labels = append(pg.labels, l)
		}
		// Header.
		if spec.style != styleText {
			for _, n := range nav {
				add(KindListItem, labOther, n)
			}
		}
		add(KindParagraph, labTemplate, tagline)
		// Article.
		add(KindHeading, labContent, syn.sentence(5, 10))
		add(KindParagraph, labOther, fmt.Sprintf("Published %02d.%02d.2024 %02d:%02d", 1+r.IntN(28), 1+r.IntN(12), r.IntN(24), r.IntN(60)))
		n := 4 + r.IntN(8)
		for i := range n {
			add(KindParagraph, labContent, syn.paragraph(1, 4))
			if i == 1 && quotePages[p] {
				add(KindQuote, labContent, quote)
			}
			if i == n/2 {
				// The newsletter prompt sits inside the article container.
				add(KindParagraph, labTemplate, newsletter)
			}
		}
		if stdPages[p] {
			add(KindParagraph, labContent, std)
		}
		add(KindParagraph, labOther, "Share")
		// Aside and footer.
		add(KindParagraph, labTemplate, fmt.Sprintf(section, sections[p%3]))
		add(KindParagraph, labTemplate, about)
		add(KindParagraph, labTemplate, fmt.Sprintf(editor, 10000+r.IntN(90000)))
		add(KindParagraph, labTemplate, fmt.Sprintf(copyright, 2020+p%5))
		pages = append(pages, pg)
	}
	return pages
}

// pick returns a set of k of n page numbers.
func pick(r *rand.Rand, n, k int) map[int]bool {
	m := make(map[int]bool)
	for _, i := range r.Perm(n)[:min(k, n)] {
		m[i] = true
	}
	return m
}

// defaultSites are the synthetic sites of the tests: three templates (one
// in Russian), three markup styles, 30 to 40 pages each.
func defaultSites() []siteSpec {
	return []siteSpec{
		{host: "courier-a.example", style: styleArticle, pages: 40, quoteIn: 2, stdIn: 3},
		{host: "www.courier-b.example", russian: true, style: styleTable, pages: 35, quoteIn: 2, stdIn: 3},
		{host: "courier-c.example", style: styleText, pages: 30, quoteIn: 2, stdIn: 3},
	}
}

// crawl generates the sites and interleaves their pages as a crawler
// would meet them.
func crawl(specs []siteSpec, seed uint64) []synthPage {
	var all []synthPage
	for i, s := range specs {
		all = append(all, genSite(i, s, seed)...)
	}
	// Interleave: shuffle, then keep each site's pages in order.
	r := rand.New(rand.NewPCG(seed, 99))
	order := r.Perm(len(all))
	sites := make([]int, len(all))
	for i, j := range order {
		sites[i] = all[j].site
	}
	next := make(map[int]int)
	bySite := make(map[int][]synthPage)
	for _, p := range all {
		bySite[p.site] = append(bySite[p.site], p)
	}
	out := make([]synthPage, 0, len(all))
	for _, s := range sites {
		out = append(out, bySite[s][next[s]])
		next[s]++
	}
	return out
}

// siteScore sums, over pages, the words of blocks by label and decision.
type siteScore struct {
	contentKept, contentLost   int // words
	templateKept, templateDrop int // words
	templateMissedLate         int // template blocks kept on a page after the site's 5th
	contentLostBlocks          int
}

// f1 is the word-level F1 of keeping content and dropping template (other
// blocks are left out: other rules judge them).
func (s siteScore) f1() float64 {
	tp := float64(s.contentKept)
	fp := float64(s.templateKept)
	fn := float64(s.contentLost)
	if tp == 0 {
		return 0
	}
	p, r := tp/(tp+fp), tp/(tp+fn)
	return 2 * p * r / (p + r)
}

// runSites runs MarkRepeats over the pages (d may be nil) and scores the
// result; the pages are copied, not changed.
func runSites(pages []synthPage, d *Detector) siteScore {
	var s siteScore
	seen := make(map[int]int)
	for _, pg := range pages {
		bs := append([]Block(nil), pg.blocks...)
		MarkRepeats(bs, d, pg.url)
		seen[pg.site]++
		for i := range bs {
			w := len(strings.Fields(bs[i].Text))
			switch pg.labels[i] {
			case labContent:
				if bs[i].Dropped() {
					s.contentLost += w
					s.contentLostBlocks++
				} else {
					s.contentKept += w
				}
			case labTemplate:
				if bs[i].Dropped() {
					s.templateDrop += w
				} else {
					s.templateKept += w
					if seen[pg.site] > 5 {
						s.templateMissedLate++
					}
				}
			}
		}
	}
	return s
}
