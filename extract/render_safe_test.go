package extract

import (
	"strings"
	"testing"
)

// xssVectors are the usual ways to smuggle script into HTML that is
// cleaned and embedded. absent lists what must not be in the output
// beyond the tags and attributes the tree walk rejects anyway.
var xssVectors = []struct {
	name   string
	html   string
	absent []string
}{
	{"svg onload", `<svg onload=alert(1)><circle r=1 /></svg>`, []string{"onload", "<svg"}},
	{"mixed-case scheme", `<a href="jAvAsCrIpT:alert(1)">read the report</a>`, []string{"alert", "href"}},
	{"entity-encoded scheme", `<a href="&#106;&#97;vascript:alert(1)">read the report</a>`, []string{"alert", "href"}},
	{"hex entity and colon entity", `<a href="&#x6A;avascript&colon;alert(1)">read the report</a>`, []string{"alert", "href"}},
	{"tab inside scheme", `<a href="java&#x09;script:alert(1)">read the report</a>`, []string{"alert", "href"}},
	{"newline inside scheme", "<a href=\"java\nscript:alert(1)\">read the report</a>", []string{"alert", "href"}},
	{"leading space and control", "<a href=\" \x01javascript:alert(1)\">read the report</a>", []string{"alert", "href"}},
	{"vbscript", `<a href="vbscript:msgbox(1)">read the report</a>`, []string{"msgbox", "href"}},
	{"data link", `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">read the report</a>`, []string{"data:", "href"}},
	{"img onerror", `<img src=x onerror=alert(1)>`, []string{"onerror", "alert"}},
	{"img data src", `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="chart">`, []string{"data:", "<img"}},
	{"img javascript src", `<img src="javascript:alert(1)" alt="chart">`, []string{"alert", "<img"}},
	{"script", `<script>alert(1)</script>`, []string{"alert", "<script"}},
	{"style", `<style>body{background:url(javascript:alert(1))}</style><p style="color:red" onclick="alert(1)">coloured words here</p>`, []string{"alert", "style", "onclick"}},
	{"iframe srcdoc", `<iframe srcdoc="<script>alert(1)</script>"></iframe>`, []string{"srcdoc", "<iframe", "alert"}},
	{"form", `<form action="https://evil.example/steal"><input name=q autofocus onfocus=alert(1)><button formaction=javascript:alert(1)>Go</button></form>`, []string{"<form", "<input", "onfocus", "formaction", "alert"}},
	{"math mutation", `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>`, []string{"onerror", "<math", "alert"}},
	{"svg style mutation", `<svg><p><style><img src=x onerror=alert(1)></style></p></svg>`, []string{"onerror", "<svg", "alert"}},
	{"noscript mutation", `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`, []string{"onerror", "alert", "<noscript"}},
	{"object and embed", `<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)" />`, []string{"<object", "<embed", "alert"}},
	{"escaped markup as text", `&lt;script&gt;alert(1)&lt;/script&gt;`, []string{"<script"}},
	{"comment", `<!-- <script>alert(1)</script> --><!--[if IE]><script>alert(1)</script><![endif]-->`, []string{"<script", "<!--"}},
	{"event on inline", `<b onmouseover=alert(1)>bold words</b> <em style="x:expression(alert(1))">slanted</em>`, []string{"onmouseover", "expression", "alert"}},
	{"base javascript", `<base href="javascript:alert(1)//"><a href="/next">next part</a>`, []string{"javascript", "alert"}},
	{"link in link", `<a href="/one">first <a href="javascript:alert(1)">second</a></a>`, []string{"alert"}},
}

// xssPage puts a vector inside an article paragraph (inline) or between
// two of its paragraphs, where an image would be kept.
func xssPage(vector string, inline bool) string {
	p1 := `<p>The harbour board met on Tuesday evening and agreed to dredge the channel before the autumn storms arrive in force. `
	p1end := ` The work will take six weeks and cost less than the board had feared.</p>`
	p2 := `<p>Fishermen welcomed the decision, saying the shallow channel had forced them to wait for the tide every morning this summer.</p>`
	body := p1 + p1end + vector + p2
	if inline {
		body = p1 + vector + p1end + p2
	}
	return `<!DOCTYPE html><html><head><title>Harbour to be dredged</title></head><body>` +
		`<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Harbour to be dredged</h1>` +
		body + `<p>The board will publish the contract next month, once the last of the tenders has been assessed.</p>` +
		`</article><footer>© 2025 Harbour News</footer></body></html>`
}

func TestHTMLSafe(t *testing.T) {
	for _, v := range xssVectors {
		for _, inline := range []bool{true, false} {
			for _, keep := range []bool{true, false} {
				for _, pageURL := range []string{"https://harbour.example/news/dredging", ""} {
					name := v.name
					if inline {
						name += "/inline"
					}
					if keep {
						name += "/markup"
					}
					if pageURL == "" {
						name += "/no-url"
					}
					t.Run(name, func(t *testing.T) {
						page := []byte(xssPage(v.html, inline))
						res, err := FromBytes(page, Options{URL: pageURL, KeepMarkup: keep})
						if err != nil {
							t.Fatal(err)
						}
						out := res.HTML()
						if !strings.Contains(out, "dredge the channel") || !strings.Contains(out, "Fishermen welcomed") {
							t.Fatalf("the article is missing:\n%s", out)
						}
						if err := htmlProblem(out, nil); err != nil {
							t.Fatal(err)
						}
						if keep {
							if err := markedHTMLProblem(page, Options{URL: pageURL, KeepMarkup: true}); err != nil {
								t.Fatal(err)
							}
						}
						lower := strings.ToLower(out)
						for _, s := range v.absent {
							if strings.Contains(lower, strings.ToLower(s)) {
								t.Errorf("output holds %q:\n%s", s, out)
							}
						}
					})
				}
			}
		}
	}
}

func TestSafeURL(t *testing.T) {
	base := pageBase("https://news.example/a/b?q=1", "")
	tests := []struct {
		raw     string
		base    bool
		schemes []string
		want    string // "" when refused
	}{
		{"/x", true, linkSchemes, "https://news.example/x"},
		{"c.html", true, linkSchemes, "https://news.example/a/c.html"},
		{"//cdn.example/i.png", true, imageSchemes, "https://cdn.example/i.png"},
		{"#part", true, linkSchemes, "https://news.example/a/b?q=1#part"},
		{"  https://ok.example/\n", true, linkSchemes, "https://ok.example/"},
		{"mailto:desk@news.example", true, linkSchemes, "mailto:desk@news.example"},
		{"mailto:desk@news.example", true, imageSchemes, ""},
		{"JavaScript:alert(1)", true, linkSchemes, ""},
		{"java\tscript:alert(1)", true, linkSchemes, ""},
		{"\x00javascript:alert(1)", true, linkSchemes, ""},
		{"java\x00script:alert(1)", true, linkSchemes, ""},
		{"data:text/html,x", true, linkSchemes, ""},
		{"ftp://files.example/x", true, linkSchemes, ""},
		{"http:///nohost", true, linkSchemes, ""},
		{"", true, linkSchemes, ""},
		{"/x", false, linkSchemes, "/x"},
		{"c.html", false, linkSchemes, "c.html"},
		{"javascript:alert(1)", false, linkSchemes, ""},
		{"javas\u200bcript:alert(1)", false, linkSchemes, ""},
		{"img/a.png", false, imageSchemes, "img/a.png"},
	}
	for _, tt := range tests {
		b := base
		if !tt.base {
			b = nil
		}
		got, ok := safeURL(b, tt.raw, tt.schemes)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("safeURL(%q, base %v) = %q, %v; want %q", tt.raw, tt.base, got, ok, tt.want)
		}
	}
}

func TestPageBase(t *testing.T) {
	tests := []struct{ pageURL, href, want string }{
		{"https://a.example/x/y", "", "https://a.example/x/y"},
		{"https://a.example/x/y", "/base/", "https://a.example/base/"},
		{"https://a.example/x/y", "https://cdn.example/", "https://cdn.example/"},
		{"https://a.example/x/y", "javascript:alert(1)//", "https://a.example/x/y"},
		{"", "https://cdn.example/", "https://cdn.example/"},
		{"", "/rel/", "/rel/"},
		{"", "javascript:alert(1)//", ""},
		{"file:///etc/passwd", "", ""},
	}
	for _, tt := range tests {
		got := ""
		if b := pageBase(tt.pageURL, tt.href); b != nil {
			got = b.String()
		}
		if got != tt.want {
			t.Errorf("pageBase(%q, %q) = %q, want %q", tt.pageURL, tt.href, got, tt.want)
		}
	}
}

func TestSafeURLRelativeBase(t *testing.T) {
	base := pageBase("", "/features/2025/")
	for raw, want := range map[string]string{
		"img/a.jpg":           "/features/2025/img/a.jpg",
		"/x":                  "/x",
		"https://cdn.example": "https://cdn.example",
		"javascript:alert(1)": "",
	} {
		got, ok := safeURL(base, raw, linkSchemes)
		if got != want || ok != (want != "") {
			t.Errorf("safeURL(%q) against /features/2025/ = %q, %v; want %q", raw, got, ok, want)
		}
	}
}
