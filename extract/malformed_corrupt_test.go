package extract

import (
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// corruption is one way real pages break. parts rewrites the page's
// parts, bytes the rendered page (after every parts rewrite of a pair);
// either may be nil. keepsChrome is false when the corruption leaves the
// chrome's markup unrecognisable, so that dropping it is not expected.
type corruption struct {
	name        string
	parts       func(*genPage)
	bytes       func(string) string
	keepsChrome bool
	// encodes is set when bytes only changes the page's encoding, which a
	// browser reads right: the reference text is taken before it.
	encodes bool
}

// mid returns the index of the middle paragraph of g.
func mid(g *genPage) int { return len(g.paras) / 2 }

// second returns the index of the second paragraph of g, or of its only
// one.
func second(g *genPage) int { return min(1, len(g.paras)-1) }

// corruptions are the ways TestGeneratedMalformed breaks pages, alone and
// in pairs.
func corruptions() []corruption {
	unclosedTop := func(tag string) corruption {
		return corruption{name: "unclosed <" + tag + "> before the post", keepsChrome: true, parts: func(g *genPage) {
			g.top += "<" + tag + " class=\"promo\">\n"
		}}
	}
	return []corruption{
		{name: "start tag without >", keepsChrome: true, parts: func(g *genPage) {
			i := mid(g)
			g.paras[i] = `<span class="credit" title="photo"` + "\n" + g.paras[i]
		}},
		{name: "<video> start tag without >", keepsChrome: true, parts: func(g *genPage) {
			i := mid(g)
			g.paras[i] = `<video src="/clip.mp4" controls </video>` + "\n" + g.paras[i]
		}},
		unclosedTop("div"),
		unclosedTop("p"),
		unclosedTop("a href=\"/home\""),
		unclosedTop("b"),
		unclosedTop("font face=\"Arial\" size=\"2\""),
		unclosedTop("table"),
		unclosedTop("table><tr><td"),
		{name: "unclosed <div> and <p> in the post", keepsChrome: true, parts: func(g *genPage) {
			g.paras[0] = "<div class=\"inner\"><p>" + g.paras[0]
		}},
		{name: "misnested inline and block", keepsChrome: true, parts: func(g *genPage) {
			g.paras[0] = "<b><i>" + g.paras[0]
			g.paras[second(g)] += "</b></i>"
		}},
		{name: "block inside inline", keepsChrome: true, parts: func(g *genPage) {
			g.open = g.open + "<span class=\"body\">"
			g.close = "</span>" + g.close
		}},
		{name: "stray </div> run", keepsChrome: true, parts: func(g *genPage) {
			i := mid(g)
			g.paras[i] = "</div></div></div></div>\n" + g.paras[i]
		}},
		{name: "<p> inside <p>", keepsChrome: true, parts: func(g *genPage) {
			g.paras[0] = "<p><p class=\"lead\">" + g.paras[0] + "</p></p>"
		}},
		{name: "unclosed comment after the post", parts: func(g *genPage) {
			g.close += "<!-- end of post\n"
		}},
		{name: "<!--> mid-post", keepsChrome: true, parts: func(g *genPage) {
			i := second(g)
			g.paras[i] = "<!-->" + g.paras[i] + "<!--->"
		}},
		{name: "unclosed attribute quote in the menu", parts: func(g *genPage) {
			g.top = strings.Replace(g.top, `href="/`, `href="/broken`+"\n", 1) + "<a href=\"/x\">x</a>"
		}},
		{name: "unclosed attribute quote in the post", keepsChrome: true, parts: func(g *genPage) {
			i := mid(g)
			g.paras[i] = `<p class="note>` + g.paras[i] + `<a href="/y">y</a>`
		}},
		{name: "unclosed <script> after the post", keepsChrome: true, parts: func(g *genPage) {
			g.close += "<script>var ads = [];\n"
		}},
		{name: "unclosed <style> mid-post", keepsChrome: true, parts: func(g *genPage) {
			i := len(g.paras) - 1
			g.paras[i] = "<style>.x{color:red}\n" + g.paras[i]
		}},
		{name: "<noscript> around the post", keepsChrome: true, parts: func(g *genPage) {
			g.open = "<noscript>" + g.open
			g.close += "</noscript>"
		}},
		{name: "</body></html> before the post", keepsChrome: true, parts: func(g *genPage) {
			g.top += "</body>\n</html>\n"
		}},
		{name: "several <html> and <body>", keepsChrome: true, parts: func(g *genPage) {
			g.open = "<html lang=\"en\"><body class=\"post\">" + g.open
			i := second(g)
			g.paras[i] = "<body>" + g.paras[i]
		}},
		{name: "<br>-only paragraphs", keepsChrome: true, parts: func(g *genPage) {
			for i, t := range g.paraText {
				if i < len(g.paras) {
					g.paras[i] = t + "<br><br>\n"
				}
			}
		}},
		{name: "<iframe srcdoc> and unclosed <iframe>", keepsChrome: true, parts: func(g *genPage) {
			g.top += `<iframe srcdoc="&lt;p&gt;Advertisement&lt;/p&gt;"></iframe>`
			g.close += `<iframe src="/ads">`
		}},
		{name: "<frameset> before the body", keepsChrome: true, parts: func(g *genPage) {
			g.prolog = strings.Replace(g.prolog, "<body>", `<frameset cols="20%,80%"><frame src="/menu.html"><noframes>`+"<body>", 1)
		}},
		{name: "<template> in the chrome", keepsChrome: true, parts: func(g *genPage) {
			g.top += "<template id=\"card\"><div class=\"card\"><p>Template card text that scripts clone into the page.</p></div></template>\n"
		}},
		{name: "text straight in <body>", parts: func(g *genPage) {
			g.top, g.bottom, g.open, g.close = "", "", "", ""
			g.heading = "Notes\n\n"
			for i, t := range g.paraText {
				if i < len(g.paras) {
					g.paras[i] = t + "\n\n"
				}
			}
		}},
		{name: "BOM and a wrong charset", keepsChrome: true, bytes: func(s string) string {
			return "\ufeff" + strings.Replace(s, `<meta charset="utf-8">`, `<meta charset="iso-8859-1">`, 1)
		}},
		{name: "no charset", keepsChrome: true, bytes: func(s string) string {
			return strings.Replace(s, `<meta charset="utf-8">`, "", 1)
		}},
		{name: "windows-1252 bytes, no charset", keepsChrome: true, encodes: true, bytes: func(s string) string {
			s = strings.Replace(s, `<meta charset="utf-8">`, "", 1)
			b, err := charmap.Windows1252.NewEncoder().String(s)
			if err != nil {
				return s // text outside Windows-1252: left in UTF-8
			}
			return b
		}},
		{name: "CRLF and NUL bytes", keepsChrome: true, bytes: func(s string) string {
			s = strings.ReplaceAll(s, "\n", "\r\n")
			// A stray NUL or three, as real pages have: more is binary.
			return strings.Replace(s, "e ", "e\x00 ", 3)
		}},
		{name: "upper-case tags", keepsChrome: true, bytes: func(s string) string { return caseTags(s, unicode.ToUpper) }},
		{name: "mixed-case tags", keepsChrome: true, bytes: func(s string) string {
			up := false
			return caseTags(s, func(r rune) rune {
				up = !up
				if up {
					return unicode.ToUpper(r)
				}
				return r
			})
		}},
		{name: "XHTML with namespace and CDATA", keepsChrome: true, bytes: func(s string) string {
			s = strings.Replace(s, "<!DOCTYPE html>", `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">`, 1)
			s = strings.Replace(s, "<html ", `<html xmlns="http://www.w3.org/1999/xhtml" xml:`, 1)
			s = strings.Replace(s, "</head>", "<script type=\"text/javascript\">//<![CDATA[\nvar a = 1 < 2;\n//]]></script>\n</head>", 1)
			s = strings.ReplaceAll(s, "<br>", "<br />")
			return strings.Replace(s, "</body>", "<![CDATA[ raw data ]]>\n</body>", 1)
		}},
		{name: "<a> around the post's paragraphs", keepsChrome: true, parts: func(g *genPage) {
			// A card made a link as a whole: HTML5 lets <a> hold blocks.
			g.paras[0] = `<a href="/post/412" class="card">` + g.paras[0]
			g.paras[len(g.paras)-1] += "</a>"
		}},
		{name: "unclosed <a> in the post", keepsChrome: true, parts: func(g *genPage) {
			g.paras[0] = `<a href="/post/412">` + g.paras[0]
		}},
		{name: "<p> inside inline elements", keepsChrome: true, parts: func(g *genPage) {
			for i := range g.paras {
				g.paras[i] = `<font face="Verdana" size="2"><span class="txt">` + g.paras[i] + "</span></font>"
			}
		}},
		{name: "layout table with unclosed cells", keepsChrome: true, parts: func(g *genPage) {
			g.open = `<table width="100%" border="0" cellpadding="4"><tr><td valign="top" width="120"><a href="/">Index</a><br><a href="/tags">Tags</a>` +
				"\n<td valign=\"top\">" + g.open
			g.close += "</table>\n"
		}},
		{name: "no </head> and no <body>, <meta> in the body", keepsChrome: true, parts: func(g *genPage) {
			g.prolog = strings.Replace(g.prolog, "</head>\n<body>\n", "", 1)
			g.top = `<link rel="stylesheet" href="/site.css"><meta name="viewport" content="width=device-width">` + "\n" + g.top
		}},
		{name: "the page after </html>", keepsChrome: true, parts: func(g *genPage) {
			g.prolog += "</body>\n</html>\n"
			g.tail = ""
		}},
		{name: "a second <body> holds the post", keepsChrome: true, parts: func(g *genPage) {
			g.open = "<body class=\"single-post\">\n" + g.open
		}},
		{name: "cut mid-post", bytes: func(s string) string {
			return s[:len(s)*55/100]
		}},
		{name: "cut mid-tag", bytes: func(s string) string {
			i := strings.LastIndex(s[:len(s)*6/10], "<")
			if i < 0 {
				return s
			}
			return s[:i+3]
		}},
	}
}

// caseTags maps the letters of every tag name in s through f. It works
// on bytes, so that a page in a legacy encoding stays in it.
func caseTags(s string, f func(rune) rune) string {
	b := []byte(s)
	inName := false
	for i, c := range b {
		switch {
		case c == '<':
			inName = true
		case inName && c == '/' && i > 0 && b[i-1] == '<':
		case inName && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'):
			b[i] = byte(f(rune(c)))
		default:
			inName = false
		}
	}
	return string(b)
}
