package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
)

// Synthetic sites in HTML: three templates in different markup (HTML5
// sections, an old table layout, nested divs), two in English and one in
// Russian, with template text that reads like content inside the article
// container (a newsletter prompt, an editor's message, an author box).
// Articles are drawn from word lists: no real page is stored.

var siteWordsEN = strings.Fields(`the of and to in a is that for it as was with be by on not he
this are or his from at which but have an they you were her she there been one all we their
city council government minister report people water river school market price energy plan
police court hospital season team coach player match goal league village farmer harvest
weather storm bridge road train station museum painting music festival company workers
union strike contract bank loan budget tax vote election party leader crowd street house
garden children teacher student library book author history science research study data`)

var siteWordsRU = strings.Fields(`и в не на что с по как а это он она они мы из к у за от так
же было быть для о но его её их который год город время день человек дело жизнь страна мир
правительство министр президент совет закон суд полиция школа больница вода река дорога мост
поезд станция музей книга автор история наука работа компания рынок цена банк налог выборы`)

type htmlGen struct {
	r     *rand.Rand
	words []string
}

func (g *htmlGen) sentence(lo, hi int) string {
	n := lo + g.r.IntN(hi-lo+1)
	w := make([]string, n)
	for i := range w {
		w[i] = g.words[g.r.IntN(len(g.words))]
	}
	r := []rune(w[0])
	w[0] = strings.ToUpper(string(r[0])) + string(r[1:])
	return strings.Join(w, " ") + "."
}

func (g *htmlGen) paragraph() string {
	s := make([]string, 2+g.r.IntN(3))
	for i := range s {
		s[i] = g.sentence(8, 20)
	}
	return strings.Join(s, " ")
}

// htmlSite is one synthetic site: its template texts and how to lay out a
// page.
type htmlSite struct {
	host     string
	russian  bool
	layout   func(title, date string, body []string, nav []string) string
	template []string // template texts, which must not reach Result.Text
}

// htmlPage is one generated page with the article text it holds.
type htmlPage struct {
	site    int
	url     string
	html    []byte
	content []string // paragraphs of article text
}

func htmlSites() []htmlSite {
	newsletterEN := "Thank you for reading. Sign up for our free morning newsletter to get the best stories of the day delivered to your inbox, and follow us for more."
	editorEN := "A message from the editor: our journalism is funded by readers like you. If you value what we do, please consider becoming a member today; it takes less than a minute and keeps our reporting free for everyone."
	aboutEN := "About the author: our correspondents have covered the region for more than twenty years, reporting on politics, business and culture from every town along the valley."
	newsletterRU := "Спасибо, что дочитали до конца. Подпишитесь на бесплатную утреннюю рассылку, чтобы получать главные материалы дня на почту каждое утро."
	editorRU := "Обращение главного редактора: нашу журналистику поддерживают читатели. Если вам важно то, что мы делаем, станьте участником клуба сегодня — это займёт меньше минуты."
	return []htmlSite{
		{
			host:     "gazette-a.example",
			template: []string{newsletterEN, editorEN},
			layout: func(title, date string, body, nav []string) string {
				var b strings.Builder
				b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + ` | Valley Gazette</title></head><body>`)
				b.WriteString(`<header><p class="tagline">News and views from the river valley</p><nav><ul>`)
				for _, n := range nav {
					b.WriteString(`<li><a href="/` + strings.ToLower(n) + `">` + n + `</a></li>`)
				}
				b.WriteString(`</ul></nav></header><main><article><h1>` + title + `</h1><p class="date">` + date + `</p>`)
				for i, p := range body {
					b.WriteString(`<p>` + p + `</p>`)
					if i == len(body)/2 {
						b.WriteString(`<p>` + newsletterEN + `</p>`)
					}
				}
				b.WriteString(`<p><em>` + editorEN + `</em></p></article></main>`)
				b.WriteString(`<footer><p>© 2024 Valley Gazette Ltd. All rights reserved.</p></footer></body></html>`)
				return b.String()
			},
		},
		{
			host:     "www.vestnik-b.example",
			russian:  true,
			template: []string{newsletterRU, editorRU},
			layout: func(title, date string, body, nav []string) string {
				var b strings.Builder
				b.WriteString(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>` + title + `</title></head><body>`)
				b.WriteString(`<table width="100%"><tr><td colspan="2">`)
				for _, n := range nav {
					b.WriteString(`<a href="/` + n + `">` + n + `</a> | `)
				}
				b.WriteString(`</td></tr><tr><td class="text" valign="top"><h2>` + title + `</h2><font size="1">` + date + `</font><br>`)
				for _, p := range body {
					b.WriteString(`<p>` + p + `</p>`)
				}
				b.WriteString(`<p>` + newsletterRU + `</p><p>` + editorRU + `</p></td>`)
				b.WriteString(`<td width="200" valign="top">Реклама</td></tr><tr><td colspan="2">© Вестник, 2024</td></tr></table></body></html>`)
				return b.String()
			},
		},
		{
			host:     "blog-c.example",
			template: []string{aboutEN},
			layout: func(title, date string, body, nav []string) string {
				var b strings.Builder
				b.WriteString(`<!doctype html><html><head><title>` + title + `</title></head><body><div id="wrap"><div class="top">`)
				for _, n := range nav {
					b.WriteString(`<span><a href="/c/` + strings.ToLower(n) + `">` + n + `</a></span> `)
				}
				b.WriteString(`</div><div class="post"><div class="post-title">` + title + `</div><div class="meta">` + date + `</div><div class="post-body">`)
				for _, p := range body {
					b.WriteString(`<div>` + p + `</div>`)
				}
				b.WriteString(`<div class="author-box">` + aboutEN + `</div></div></div>`)
				b.WriteString(`<div class="bottom">Powered by a blog engine. Theme by someone.</div></div></body></html>`)
				return b.String()
			},
		},
	}
}

// genHTMLSites makes pages pages per site, interleaved as a crawler meets
// them. A quote is shared by 2 articles and a standard sentence by 3 of
// each site.
func genHTMLSites(pages int, seed uint64) ([]htmlSite, []htmlPage) {
	sites := htmlSites()
	r := rand.New(rand.NewPCG(seed, 7))
	var all [][]htmlPage
	for si, s := range sites {
		words, nav := siteWordsEN, []string{"Home", "World", "Politics", "Business", "Culture", "Sport"}
		if s.russian {
			words, nav = siteWordsRU, []string{"Главная", "Мир", "Политика", "Экономика", "Культура", "Спорт"}
		}
		g := &htmlGen{r: rand.New(rand.NewPCG(seed, uint64(si))), words: words}
		quote, std := g.paragraph(), g.sentence(10, 14)
		quoteIn, stdIn := r.Perm(pages)[:2], r.Perm(pages)[:3]
		var list []htmlPage
		for p := range pages {
			title := g.sentence(5, 9)
			title = title[:len(title)-1]
			body := make([]string, 4+g.r.IntN(6))
			for i := range body {
				body[i] = g.paragraph()
			}
			for _, q := range quoteIn {
				if q == p {
					body = append(body[:2], append([]string{quote}, body[2:]...)...)
				}
			}
			for _, q := range stdIn {
				if q == p {
					body = append(body, std)
				}
			}
			date := fmt.Sprintf("%02d.%02d.2024 %02d:%02d", 1+g.r.IntN(28), 1+g.r.IntN(12), g.r.IntN(24), g.r.IntN(60))
			list = append(list, htmlPage{
				site:    si,
				url:     fmt.Sprintf("https://%s/news/%d-story.html", s.host, 5000+p),
				html:    []byte(s.layout(title, date, body, nav)),
				content: body,
			})
		}
		all = append(all, list)
	}
	var out []htmlPage
	next := make([]int, len(all))
	for len(out) < pages*len(all) {
		s := r.IntN(len(all))
		if next[s] < len(all[s]) {
			out = append(out, all[s][next[s]])
			next[s]++
		}
	}
	return sites, out
}

// tokenF1 is the F1 of the bag of lower-cased words of got against want.
func tokenF1(got string, want []string) (p, r float64) {
	bag := make(map[string]int)
	total := 0
	for _, w := range want {
		for _, t := range strings.Fields(strings.ToLower(w)) {
			bag[strings.Trim(t, ".,;:!?«»—\"")]++
			total++
		}
	}
	tp, n := 0, 0
	for _, t := range strings.Fields(strings.ToLower(got)) {
		t = strings.Trim(t, ".,;:!?«»—\"")
		if t == "" {
			continue
		}
		n++
		if bag[t] > 0 {
			bag[t]--
			tp++
		}
	}
	if n == 0 || total == 0 {
		return 0, 0
	}
	return float64(tp) / float64(n), float64(tp) / float64(total)
}

// siteRun is the result of extracting the synthetic sites.
type siteRun struct {
	precision, recall float64 // mean over pages
	lostParagraphs    int     // article paragraphs missing from Result.Text
	templateLate      int     // template texts in Result.Text after a site's 5th page
	templateAny       int     // template texts in Result.Text on any page
}

func (s siteRun) f1() float64 { return 2 * s.precision * s.recall / (s.precision + s.recall) }

func extractSites(t testing.TB, sites []htmlSite, pages []htmlPage, d *boilerplate.Detector) siteRun {
	var run siteRun
	seen := make(map[int]int)
	for _, pg := range pages {
		res, err := FromBytes(pg.html, Options{URL: pg.url, Detector: d})
		if err != nil {
			t.Fatal(err)
		}
		seen[pg.site]++
		p, r := tokenF1(res.Text, pg.content)
		run.precision += p / float64(len(pages))
		run.recall += r / float64(len(pages))
		for _, c := range pg.content {
			if !strings.Contains(res.Text, c) {
				run.lostParagraphs++
			}
		}
		for _, tpl := range sites[pg.site].template {
			if strings.Contains(res.Text, tpl) {
				run.templateAny++
				if seen[pg.site] > 5 {
					run.templateLate++
				}
			}
		}
	}
	return run
}

// TestDetectorSyntheticHTMLSites extracts three synthetic sites of 30
// pages each, interleaved, with and without a shared Detector. With it,
// the template that reads like content is gone from every page after a
// site's fifth, and no paragraph of article text is lost, not even the
// quote and the sentence that a few articles share.
func TestDetectorSyntheticHTMLSites(t *testing.T) {
	sites, pages := genHTMLSites(30, 1)
	without := extractSites(t, sites, pages, nil)
	with := extractSites(t, sites, pages, boilerplate.NewDetector())
	t.Logf("without detector: P %.3f R %.3f F1 %.3f, template on %d pages, %d paragraphs lost",
		without.precision, without.recall, without.f1(), without.templateAny, without.lostParagraphs)
	t.Logf("with detector:    P %.3f R %.3f F1 %.3f, template on %d pages (%d after a site's 5th), %d paragraphs lost",
		with.precision, with.recall, with.f1(), with.templateAny, with.templateLate, with.lostParagraphs)
	if with.templateLate > 0 {
		t.Errorf("template text kept on %d pages after a site's fifth", with.templateLate)
	}
	if with.lostParagraphs > without.lostParagraphs {
		t.Errorf("the detector lost %d paragraphs of article text (%d without it)", with.lostParagraphs, without.lostParagraphs)
	}
	if with.f1() <= without.f1() {
		t.Errorf("F1 with detector %.3f <= without %.3f", with.f1(), without.f1())
	}
}

// BenchmarkFromBytesDetector extracts pages of a synthetic site without a
// Detector and with a warm one (it has learnt 40 pages of the site); every
// iteration is a page it has not seen, so it judges and learns.
func BenchmarkFromBytesDetector(b *testing.B) {
	_, pages := genHTMLSites(300, 2)
	var site []htmlPage
	for _, p := range pages {
		if p.site == 0 {
			site = append(site, p)
		}
	}
	size := 0
	for _, p := range site {
		size += len(p.html)
	}
	for _, mode := range []string{"none", "warm"} {
		b.Run(mode, func(b *testing.B) {
			var d *boilerplate.Detector
			if mode == "warm" {
				d = boilerplate.NewDetector()
				for _, p := range site[:40] {
					if _, err := FromBytes(p.html, Options{URL: p.url, Detector: d}); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.SetBytes(int64(size / len(site)))
			b.ReportAllocs()
			i := 40
			for b.Loop() {
				p := site[i%len(site)]
				i++
				if _, err := FromBytes(p.html, Options{URL: p.url, Detector: d}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFromBytesDetectorOverhead extracts each page twice in a row,
// without and with a warm Detector, and reports how much slower the second
// is ("overhead-%"). Pairing the runs keeps the comparison fair on a
// machine whose load changes during the benchmark.
func BenchmarkFromBytesDetectorOverhead(b *testing.B) {
	_, pages := genHTMLSites(300, 2)
	var site []htmlPage
	for _, p := range pages {
		if p.site == 0 {
			site = append(site, p)
		}
	}
	d := boilerplate.NewDetector()
	for _, p := range site[:40] {
		if _, err := FromBytes(p.html, Options{URL: p.url, Detector: d}); err != nil {
			b.Fatal(err)
		}
	}
	var without, with time.Duration
	i := 40
	for b.Loop() {
		p := site[i%len(site)]
		i++
		t0 := time.Now()
		if _, err := FromBytes(p.html, Options{URL: p.url}); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := FromBytes(p.html, Options{URL: p.url, Detector: d}); err != nil {
			b.Fatal(err)
		}
		without += t1.Sub(t0)
		with += time.Since(t1)
	}
	b.ReportMetric(float64(without.Nanoseconds())/float64(b.N), "ns/page-without")
	b.ReportMetric(float64(with.Nanoseconds())/float64(b.N), "ns/page-with")
	b.ReportMetric(100*(float64(with)/float64(without)-1), "overhead-%")
}
