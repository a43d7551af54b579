package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/golden"
)

// htmlGolden is a page whose Result.HTML (with KeepMarkup) is kept under
// testdata/html/<name>.golden.html. want and absent hold what must hold
// whatever the golden says.
type htmlGolden struct {
	name   string // the page: testdata/html/<name>.html, or ../testdata/pages/<name>.html
	url    string
	want   []string
	absent []string
}

var htmlGoldens = []htmlGolden{
	{
		name: "reader",
		url:  "https://ledger.example/features/2025/orchards",
		want: []string{
			"<h1>How the valley rebuilt its orchards after the frost</h1>",
			`<figure><img src="https://ledger.example/features/2025/img/orchard-spring.jpg" alt="Rows of young apple trees under netting"><figcaption>New trees planted on the Ashby slopes this spring. Photo: Tom Reyes</figcaption></figure>`,
			"the orchards are <em>full of fruit again</em>",
			`<a href="https://ledger.example/growers/calder.html">growers' page</a>`,
			"<h2>Wind machines and water</h2>",
			`<img src="https://ledger.example/features/2025/img/wind-machine.jpg" alt="A wind machine above the apple trees">`,
			"<table><tbody><tr><th>Method</th><th>Blossom saved</th></tr>",
			"<ol><li>Start the wind machines",
			"<blockquote><p>We used to think of frost",
			"<pre><code>curl https://frost.example/api/readings?slope=east\n",
		},
		absent: []string{"logo.png", "p.gif", "thumb-", "social.png", "cookies", "¶", "data:"},
	},
	{
		name: "hostile",
		url:  "https://gazette.example/town/library-hours",
		want: []string{
			"<strong>until eight in the evening</strong>",
			`<a href="https://gazette.example/council/report.pdf">council's report</a>`,
			"<em>twelve</em>",
			"&lt;script&gt;alert('text')&lt;/script&gt; written as text",
		},
		absent: []string{"<script", "<style", "<svg", "<math", "<iframe", "<form", "<input", "<button", "<object", "<noscript",
			"onload", "onclick", "onmouseover", "onerror", "onfocus", "srcdoc", "formaction", "javascript", "data:", "target=", "style="},
	},
	{name: "en_blog", url: "https://pagernotes.example/2024/11/retrying-http-requests/"},
	{name: "en_news", url: "https://harbourcourier.example/news/local/2025/03/14/millbrook-floating-solar"},
	{name: "es_docs", url: "https://docs.nubarron.example/es/3.2/admin/copias.html"},
	{name: "ja_news", url: "https://minato-nippo.example/local/articles/20240603-furuhon"},
}

// TestHTMLGolden renders synthetic pages with KeepMarkup and compares
// Result.HTML with the reviewed files of testdata/html (-update rewrites
// them).
func TestHTMLGolden(t *testing.T) {
	for _, g := range htmlGoldens {
		t.Run(g.name, func(t *testing.T) {
			path := filepath.Join("testdata", "html", g.name+".html")
			if _, err := os.Stat(path); err != nil {
				path = filepath.Join("..", "testdata", "pages", g.name+".html")
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			res, err := extract.FromBytes(raw, extract.Options{URL: g.url, KeepMarkup: true})
			if err != nil {
				t.Fatal(err)
			}
			out := res.HTML()
			for _, s := range g.want {
				if !strings.Contains(out, s) {
					t.Errorf("HTML lacks %q", s)
				}
			}
			lower := strings.ToLower(out)
			for _, s := range g.absent {
				if strings.Contains(lower, strings.ToLower(s)) {
					t.Errorf("HTML holds %q", s)
				}
			}
			// Every kept block's text is in the HTML, in order.
			rest := out
			for _, b := range res.Blocks {
				if !b.Kept {
					continue
				}
				word := plainWord(b.Text)
				if word == "" {
					continue
				}
				i := strings.Index(rest, word)
				if i < 0 {
					t.Errorf("kept block %q is missing or out of order", b.Text)
					break
				}
				rest = rest[i:]
			}
			golden.Check(t, filepath.Join("testdata", "html", g.name+".golden.html"), out, updating())
		})
	}
}

// plainWord returns the first word of text that HTML writes as it is (no
// character it escapes), "" when there is none.
func plainWord(text string) string {
	for _, w := range strings.Fields(text) {
		if !strings.ContainsAny(w, "&<>\"'") {
			return w
		}
	}
	return ""
}
