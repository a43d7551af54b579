package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// storyPage wraps body in a page whose article the classifier keeps: two
// long paragraphs around body, a navigation bar and a footer.
func storyPage(head, body string) string {
	return `<!DOCTYPE html><html><head><title>Ferry timetable changes</title>` + head + `</head><body>` +
		`<header><a href="/"><img src="/logo.png" alt="Island Post"></a><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>` +
		`<article><h1>Ferry timetable changes</h1>` +
		`<p>The ferry company will run two extra crossings a day from next month, after islanders complained that the last boat left the harbour too early in the evening.</p>` +
		body +
		`<p>The new timetable will be posted at both terminals and on the company's website a fortnight before it comes into force.</p>` +
		`</article><footer><p>© 2025 Island Post. All rights reserved.</p></footer></body></html>`
}

func TestHTMLMarkup(t *testing.T) {
	const url = "https://post.example/news/2025/ferry"
	tests := []struct {
		name   string
		head   string
		body   string
		url    string
		want   []string
		absent []string
	}{
		{
			name:   "inline elements",
			body:   `<p>Passengers will <i>finally</i> get a <b>later</b> boat, and the <code>ferry-sched</code> feed shows the <s>old</s> <u>times</u> <span class=x>struck</span> out, <mark>today</mark>, with H<sub>2</sub>O and x<sup>2</sup>.</p>`,
			url:    url,
			want:   []string{"<em>finally</em>", "<strong>later</strong>", "<code>ferry-sched</code>", "<del>old</del> times struck out", "<mark>today</mark>", "H<sub>2</sub>O", "x<sup>2</sup>"},
			absent: []string{"<i>", "<b>", "<u>", "<span", "<s>", "class="},
		},
		{
			name:   "misnested inline elements close in order",
			body:   `<p>The harbour master said <b>the first <i>crossing</b> would leave</i> at six, an hour before the current first sailing of the day.</p>`,
			url:    url,
			want:   []string{"<strong>the first <em>crossing</em></strong> would leave at six"},
			absent: []string{"</strong></em>"},
		},
		{
			name: "links resolve against the base",
			head: `<base href="https://cdn.post.example/archive/">`,
			body: `<p>The full timetable is on the <a href="timetable.html">company's site</a>, and the <a href="/council/minutes">council minutes</a> explain the subsidy, says <a href="mailto:desk@post.example">our desk</a>; see <a href="#fares">fares</a>.</p>`,
			url:  url,
			want: []string{`<a href="https://cdn.post.example/archive/timetable.html">company's site</a>`, `<a href="https://cdn.post.example/council/minutes">council minutes</a>`, `<a href="mailto:desk@post.example">our desk</a>`, `<a href="https://cdn.post.example/archive/#fares">fares</a>`},
		},
		{
			name:   "relative links stay relative without a URL",
			body:   `<p>The full timetable is on the <a href="timetable.html">company's site</a>, which lists every crossing, the fares for cars and foot passengers, and the tide tables.</p>`,
			want:   []string{`<a href="timetable.html">company's site</a>`},
			absent: []string{"https://"},
		},
		{
			name: "lists keep their kind",
			body: `<p>From next month the crossings will run as follows on weekdays:</p><ol><li>The first boat leaves the island at six in the morning.</li><li>The last boat leaves the mainland at eleven at night.</li></ol>` +
				`<p>On weekends the company will keep the current schedule unchanged:</p><ul><li>Four crossings a day in each direction on Saturday.</li><li>Three crossings a day in each direction on Sunday.</li></ul>` +
				`<dl><dt>Foot passenger</dt><dd>A return ticket costs six pounds fifty for an adult.</dd></dl>`,
			url:  url,
			want: []string{"<ol><li>The first boat leaves", "</li></ol>", "<ul><li>Four crossings", "<dl><dt>Foot passenger</dt><dd>A return ticket"},
		},
		{
			name: "figures and images",
			body: `<figure><img src="/img/ferry.jpg" alt="The ferry at the pier" width="800"><figcaption>The ferry at the island pier. Photo: Ana Ruiz</figcaption></figure>` +
				`<p>The company's chief executive said the change would cost about two hundred thousand pounds a year, most of it in crew wages and fuel.</p>` +
				`<p><img src="data:image/gif;base64,R0lGOD" data-src="/img/map.png" alt="Map of the route"></p>` +
				`<p>Islanders had collected more than a thousand signatures for a later sailing, and the council agreed to share the cost for two years.</p>` +
				`<img src="https://track.example/pixel.gif" width="1" height="1">`,
			url: url,
			want: []string{
				`<figure><img src="https://post.example/img/ferry.jpg" alt="The ferry at the pier"><figcaption>The ferry at the island pier. Photo: Ana Ruiz</figcaption></figure>`,
				`<figure><img src="https://post.example/img/map.png" alt="Map of the route"></figure>`,
			},
			absent: []string{"logo.png", "pixel.gif", "data:", "width"},
		},
		{
			name: "tables",
			body: `<table><tr><th>Day</th><th>Crossings</th></tr><tr><td>Monday to Friday</td><td><b>Eight</b></td></tr></table>`,
			url:  url,
			want: []string{"<table><tbody><tr><th>Day</th><th>Crossings</th></tr><tr><td>Monday to Friday</td><td><strong>Eight</strong></td></tr></tbody></table>"},
		},
		{
			name: "code keeps its lines",
			body: `<p>Islanders can check the next sailing from a terminal with the company's small command-line tool, which prints it:</p><pre>$ ferry next
  06:00  Island -&gt; Mainland</pre>`,
			url:  url,
			want: []string{"<pre><code>$ ferry next\n  06:00  Island -&gt; Mainland</code></pre>"},
		},
		{
			name:   "quotes",
			body:   `<blockquote><p>We have waited ten years for a boat that lets us see a film on the mainland and still get home.</p><p>It changes what living here means.</p></blockquote>`,
			url:    url,
			want:   []string{"<blockquote><p>We have waited ten years", "</p><p>It changes what living here means.</p></blockquote>"},
			absent: []string{"</blockquote>\n<blockquote>"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := []byte(storyPage(tt.head, tt.body))
			res, err := FromBytes(page, Options{URL: tt.url, KeepMarkup: true})
			if err != nil {
				t.Fatal(err)
			}
			out := res.HTML()
			if !strings.HasPrefix(out, "<h1>Ferry timetable changes</h1>\n<p>The ferry company will run two extra crossings") {
				t.Errorf("the output does not start with the title and the article:\n%s", out)
			}
			for _, s := range tt.want {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(out, s) {
					t.Errorf("output holds %q:\n%s", s, out)
				}
			}
			for _, s := range []string{"Home", "All rights reserved", "Island Post"} {
				if strings.Contains(out, s) {
					t.Errorf("output holds boilerplate %q:\n%s", s, out)
				}
			}
			if err := markedHTMLProblem(page, Options{URL: tt.url, KeepMarkup: true}); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestHTMLText is Result.HTML without the page's markup: the structure of
// the blocks with their text.
func TestHTMLText(t *testing.T) {
	body := `<p>The <a href="/x">timetable</a> changes on <em>Monday</em>, the company said in a statement to passengers.</p>` +
		`<ul><li>The first boat leaves the island at six in the morning.</li><li>The last boat leaves the mainland at eleven at night.</li></ul>` +
		`<table><tr><th>Day</th><th>Crossings</th></tr><tr><td>Monday</td><td>Eight</td></tr></table>` +
		`<dl><dt>Foot passenger</dt><dd>A return ticket costs six pounds fifty for an adult.</dd></dl>`
	res, err := FromBytes([]byte(storyPage("", body)), Options{URL: "https://post.example/a"})
	if err != nil {
		t.Fatal(err)
	}
	out := res.HTML()
	for _, s := range []string{
		"<h1>Ferry timetable changes</h1>\n",
		"<p>The timetable changes on Monday, the company said",
		"<ul><li>The first boat leaves the island at six in the morning.</li><li>The last boat",
		"<table><tbody><tr><th>Day</th><th>Crossings</th></tr><tr><td>Monday</td><td>Eight</td></tr></tbody></table>",
		"<dl><dt>Foot passenger</dt><dd>A return ticket",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	if strings.Contains(out, "<a ") || strings.Contains(out, "<em>") {
		t.Errorf("inline markup without KeepMarkup:\n%s", out)
	}

	text, err := FromText("Ferry timetable changes\n\nThe ferry company will run two extra crossings a day from next month, after islanders & <more> complained that the last boat left too early.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if out := text.HTML(); !strings.Contains(out, "<p>The ferry company will run two extra crossings a day from next month, after islanders &amp; &lt;more&gt; complained") || strings.Contains(out, "<more>") {
		t.Errorf("text mode HTML:\n%s", out)
	}
}

// TestKeepMarkupSameResult checks that KeepMarkup changes nothing but the
// HTML: blocks, text and metadata are those of an extraction without it.
func TestKeepMarkupSameResult(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("..", "testdata", "pages", "*.html"))
	pages = append(pages, filepath.Join("testdata", "html", "reader.html"))
	for _, p := range pages {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		plain, err := FromBytes(raw, Options{URL: "https://example.com/a/b"})
		if err != nil {
			t.Fatal(err)
		}
		marked, err := FromBytes(raw, Options{URL: "https://example.com/a/b", KeepMarkup: true})
		if err != nil {
			t.Fatal(err)
		}
		if marked.markup == "" {
			t.Errorf("%s: no HTML rendered from the markup", p)
		}
		marked.markup = ""
		if !reflect.DeepEqual(plain, marked) {
			t.Errorf("%s: KeepMarkup changed the result", p)
		}
		if err := markedHTMLProblem(raw, Options{URL: "https://example.com/a/b", KeepMarkup: true}); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// allKept extracts page with KeepMarkup and marks every block kept, so
// that all of its markup goes through the renderer.
func allKept(page []byte) (*segmenter, *Result) {
	s, res, _ := extractMarked(page, Options{KeepMarkup: true})
	for i := range res.Blocks {
		res.Blocks[i].Kept = true
	}
	return s, res
}

// TestHTMLLinearTime asserts that rendering takes time linear in the page
// where a careless renderer would not: text split by many elements that
// are not written, elements left empty, links and bold misnested. Only the
// rendering is timed. Memory effects make 16x the input take 20x to 50x
// the time on a busy machine (extraction itself does the same); quadratic
// work would take 256x, so the bound is 80x.
func TestHTMLLinearTime(t *testing.T) {
	if testing.Short() || slowdown > 1 {
		t.Skip("times several extractions; meaningless under the race detector")
	}
	paragraphs := func(piece string) func(int) []byte {
		return func(n int) []byte {
			return []byte(strings.Repeat("<p>"+strings.Repeat(piece, 100)+"</p>\n", n))
		}
	}
	for _, c := range []struct {
		name string
		page func(int) []byte
	}{
		{"split text", paragraphs("word<span></span> ")},
		{"emptied elements", paragraphs("word <em></em>")},
		{"links and bold", paragraphs(`<a href="javascript:x">a <b>b <a href="/y">c</b> `)},
	} {
		s1, r1 := allKept(c.page(150))
		s16, r16 := allKept(c.page(16 * 150))
		render := func(s *segmenter, r *Result) func() {
			return func() { _ = markupDoc(s, r, "https://example.com/").String() }
		}
		render(s1, r1)()
		var ratio float64
		for range 3 {
			ts := fastest(5, render(s1, r1))
			tl := fastest(3, render(s16, r16))
			ratio = float64(tl) / float64(ts)
			t.Logf("%-18s %v -> %v: x%.1f for x16 the input", c.name, ts, tl, ratio)
			if ratio <= 80 {
				break
			}
		}
		if ratio > 80 {
			t.Errorf("%s: 16x the input took %.1fx the time", c.name, ratio)
		}
	}
}
