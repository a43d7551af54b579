package extract

import (
	"fmt"
	"strings"
)

// genPage is a synthetic page cut into the parts that the corruptions of
// TestGeneratedMalformed rewrite: chrome before the post, the post's
// wrapper, heading and paragraphs, and chrome after it. render joins the
// parts back into a page.
type genPage struct {
	name     string
	prolog   string // everything up to and including <body>
	top      string // chrome before the post
	open     string // the post's wrapper, opened
	heading  string // the post's title as markup
	paras    []string
	close    string // the post's wrapper, closed
	bottom   string // chrome after the post
	tail     string // </body></html> and after
	paraText []string
	chrome   []string // phrases only the chrome holds
	// tolerated are chrome phrases known to be kept (see knownGaps): not
	// checked.
	tolerated []string
}

// render returns the page as one string.
func (g genPage) render() string {
	var b strings.Builder
	b.WriteString(g.prolog)
	b.WriteString(g.top)
	b.WriteString(g.open)
	b.WriteString(g.heading)
	for _, p := range g.paras {
		b.WriteString(p)
	}
	b.WriteString(g.close)
	b.WriteString(g.bottom)
	b.WriteString(g.tail)
	return b.String()
}

// clone returns g with its own paragraph slices, so that corruptions can
// rewrite them.
func (g genPage) clone() genPage {
	g.paras = append([]string(nil), g.paras...)
	g.paraText = append([]string(nil), g.paraText...)
	return g
}

// newGenPage builds a page from its texts: each paragraph's text is
// wrapped by format (a fmt format with one %s).
func newGenPage(name, lang, title, top, open, heading, format string, paras []string, close, bottom string, chrome []string) genPage {
	g := genPage{
		name:     name,
		prolog:   fmt.Sprintf("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n</head>\n<body>\n", lang, title),
		top:      top,
		open:     open,
		heading:  heading,
		close:    close,
		bottom:   bottom,
		tail:     "</body>\n</html>\n",
		paraText: paras,
		chrome:   chrome,
	}
	for _, p := range paras {
		g.paras = append(g.paras, fmt.Sprintf(format, p))
	}
	return g
}

// blogTop and blogBottom are the chrome of a blog around a post: a site
// header with a menu, a sidebar of recent posts, categories and archives,
// a comment form and a footer.
const (
	blogTop = `<header class="site-header"><a class="site-title" href="/">Fieldnotes</a>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/about">About me</a></li><li><a href="/contact">Contact</a></li><li><a href="/archive">Archive</a></li></ul></nav></header>
<div id="page"><div id="content" class="site-content">
`
	blogBottom = `<div class="share-links">Share this: <a href="/s/tw">Twitter</a> <a href="/s/fb">Facebook</a> <a href="/s/mail">Email</a></div>
<div id="respond" class="comment-respond"><h3>Leave a reply</h3><form action="/comment" method="post"><p><label for="c">Comment</label><textarea id="c" name="c"></textarea></p><p><input type="submit" value="Post comment"></p></form></div>
</div>
<aside id="secondary" class="widget-area sidebar">
<section class="widget"><h2 class="widget-title">Recent posts</h2><ul><li><a href="/p/1">Walking the old canal path</a></li><li><a href="/p/2">A week without a phone</a></li><li><a href="/p/3">Notes on the winter garden</a></li><li><a href="/p/4">Fixing the bicycle lamp</a></li></ul></section>
<section class="widget"><h2 class="widget-title">Categories</h2><ul><li><a href="/c/life">Everyday life</a></li><li><a href="/c/travel">Travel</a></li><li><a href="/c/garden">Garden</a></li></ul></section>
</aside></div>
<footer class="site-footer"><p>Proudly powered by a static site generator. © 2024 Fieldnotes</p></footer>
`
)

// blogChrome are phrases only the blog chrome holds.
var blogChrome = []string{"About me", "Leave a reply", "Walking the old canal path", "Everyday life", "Proudly powered"}

// articleTemplates are the pages whose markup TestGeneratedMalformed
// mangles: a news article with heavy chrome, a blog post, a personal page
// with little markup, a forum post and an article in German.
func articleTemplates() []genPage {
	return []genPage{
		newGenPage("news", "en", "Harbour works begin after years of delay | Coast Courier",
			`<div class="top-bar"><a href="/subscribe">Subscribe to our newsletter</a> <a href="/login">Sign in</a></div>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li><li><a href="/sport">Sport results</a></li><li><a href="/weather">Weather today</a></li></ul></nav>
<div class="wrap"><div class="main">
`,
			`<article class="story">`+"\n",
			"<h1>Harbour works begin after years of delay</h1>\n<p class=\"byline\">By Ann Lee, 4 March 2024</p>\n",
			"<p>%s</p>\n",
			[]string{
				"Work on the new harbour wall began on Monday, three years after the project was first approved by the regional council.",
				"The contractor said that the wall would protect the old quays from winter storms, which have flooded the fish market twice.",
				"Residents welcomed the news but asked for the road along the shore to stay open during the works, as it leads to the school.",
				"The council expects the wall to be finished by the end of next year, if the weather allows the crews to work through the winter.",
			},
			"</article>\n</div>\n",
			`<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Ferry timetable changes for the summer</a></li><li><a href="/b">New school opens on the hill</a></li><li><a href="/c">Market prices fall again</a></li></ul></aside></div>
<footer class="site-footer"><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul><p>© 2024 Coast Courier. All rights reserved.</p></footer>
`,
			[]string{"Subscribe to our newsletter", "World news", "Most read", "Ferry timetable changes", "All rights reserved", "Privacy policy"}),
		newGenPage("blog", "en", "What the river taught me – Fieldnotes", blogTop,
			`<main id="main"><article class="post type-post hentry">`+"\n",
			"<header class=\"entry-header\"><h1 class=\"entry-title\">What the river taught me</h1><div class=\"entry-meta\">Posted on <time datetime=\"2024-05-02\">May 2, 2024</time> by Tom</div></header>\n<div class=\"entry-content\">\n",
			"<p>%s</p>\n",
			[]string{
				"Every morning this spring I walked down to the river before work and sat on the same flat stone for half an hour.",
				"At first I only noticed the noise of the water, but after a week I began to tell the birds apart by their calls.",
				"By May I knew where the otters came out, and I stopped bringing my phone because it only got in the way.",
				"I do not know yet what I will do when the summer crowds arrive, but I hope to keep the habit somewhere quieter.",
			},
			"</div>\n</article></main>\n", blogBottom, blogChrome),
		newGenPage("personal", "en", "Rebuilding an old radio",
			"<a href=\"/\">home</a> | <a href=\"/projects\">projects list</a> | <a href=\"/cv\">curriculum vitae</a>\n<hr>\n",
			"", "<h1>Rebuilding an old radio</h1>\n",
			"<p>%s\n",
			[]string{
				"The radio came from my grandfather's attic, covered in dust and missing one of its two knobs.",
				"Inside, two capacitors had leaked onto the board and one of the valves was cracked across the top.",
				"Replacing the capacitors took an evening, and a collector in the next town sold me a matching valve.",
				"When I switched it on again it hummed for a minute, then a station faded in, playing an old dance tune.",
			},
			"", "<hr>\n<small>written by hand in a text editor, mail me at radio at example dot org</small>\n",
			// The signature under the rule has no markup to tell it from
			// a postscript: a reader view keeps it too.
			[]string{"projects list", "curriculum vitae"}),
		newGenPage("forum", "en", "Bread will not rise in a cold kitchen - Home Baking Forum",
			`<div id="forum-header"><a href="/">Home Baking Forum</a> <a href="/register">Register an account</a> <a href="/login">Log in</a></div>
<div class="breadcrumbs"><a href="/">Board index</a> » <a href="/f/bread">Bread and yeast</a></div>
<h2 class="topic-title">Bread will not rise in a cold kitchen</h2>
<div id="p1" class="post">
`,
			`<div class="postprofile"><a href="/u/mira">mira_bakes</a><br>Posts: 212<br>Joined: Jan 2019</div>`+"\n<div class=\"postbody\">\n",
			"<h3 class=\"post-subject\">Re: Bread will not rise in a cold kitchen</h3>\n<div class=\"content\">\n",
			"%s<br><br>\n",
			[]string{
				"My kitchen is barely warmer than twelve degrees in winter, and my loaves have been coming out flat for a month now.",
				"What finally worked was proving the dough in the oven with only the light switched on, which keeps it near twenty-five degrees.",
				"I also started using a little more starter and letting the dough rest overnight in the fridge before shaping it in the morning.",
				"Since then every loaf has risen well, even on the coldest days, so I hope this helps anyone else with a cold house.",
			},
			"</div>\n</div>\n</div>\n",
			`<div class="post-buttons"><a href="/reply">Reply with quote</a> <a href="/report">Report this post</a></div>
<div class="similar"><h3>Similar topics</h3><ul><li><a href="/t/1">Sourdough starter smells of nail varnish</a></li><li><a href="/t/2">Best flour for baguettes</a></li><li><a href="/t/3">Oven thermometer recommendations</a></li></ul></div>
<div id="forum-footer">Powered by a forum engine. Times are UTC. <a href="/team">The team</a></div>
`,
			[]string{"Register an account", "Board index", "Reply with quote", "Similar topics", "Sourdough starter smells", "Powered by a forum engine"}),
		newGenPage("german", "de", "Neue Brücke über die Elbe eröffnet | Elbkurier",
			`<nav class="navigation"><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik aktuell</a></li><li><a href="/kultur">Kultur und Freizeit</a></li></ul></nav>
<div class="inhalt">
`,
			`<article class="artikel">`+"\n",
			"<h1>Neue Brücke über die Elbe eröffnet</h1>\n<p class=\"autor\">Von Jörg Müller</p>\n",
			"<p>%s</p>\n",
			[]string{
				"Nach vier Jahren Bauzeit ist die neue Brücke über die Elbe am Samstag für den Verkehr freigegeben worden.",
				"Die Bürgermeisterin sprach von einem großen Tag für die Stadt, denn die alte Fähre war im Winter oft ausgefallen.",
				"Radfahrer und Fußgänger bekommen einen eigenen Weg, der durch eine Mauer von der Fahrbahn getrennt ist.",
				"Die Kosten lagen mit knapp achtzig Millionen Euro etwas über der ursprünglichen Schätzung der Planer.",
			},
			"</article>\n</div>\n",
			`<aside class="meistgelesen"><h3>Meistgelesen</h3><ul><li><a href="/x">Hochwasser erreicht die Altstadt</a></li><li><a href="/y">Neuer Spielplan im Theater</a></li></ul></aside>
<footer><p>© 2024 Elbkurier. Alle Rechte vorbehalten. <a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutzerklärung</a></p></footer>
`,
			[]string{"Politik aktuell", "Meistgelesen", "Hochwasser erreicht", "Alle Rechte vorbehalten", "Datenschutzerklärung"}),
	}
}

// shortPost is a blog page around a short post: post is the post's
// markup, texts what of it must be kept.
func shortPost(name, title, post string, texts ...string) genPage {
	return genPage{
		name:     name,
		prolog:   fmt.Sprintf("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s – Fieldnotes</title>\n</head>\n<body>\n", title),
		top:      blogTop,
		open:     "<main id=\"main\"><article class=\"post hentry\">\n",
		heading:  "<header class=\"entry-header\"><h1 class=\"entry-title\">" + title + "</h1><div class=\"entry-meta\">Posted on <time datetime=\"2024-05-02\">May 2, 2024</time></div></header>\n<div class=\"entry-content\">\n",
		paras:    []string{post},
		close:    "</div>\n</article></main>\n",
		bottom:   blogBottom,
		tail:     "</body>\n</html>\n",
		paraText: texts,
		chrome:   blogChrome,
	}
}

// shortPosts are blog pages whose post is a line or two: a single
// sentence, a few lines of dialogue, a photo with a caption, a list, a
// quotation, a status with a link, a title and one line, a reply that
// quotes the post it answers, a tip with one line of code, a verse of
// three lines, a moved notice, a status without a headline.
func shortPosts() []genPage {
	return []genPage{
		shortPost("one sentence", "Snow", "<p>It snowed all night and the whole street is white this morning.</p>\n",
			"It snowed all night and the whole street is white this morning."),
		shortPost("dialogue", "Overheard at the bakery",
			"<p>“Is the rye fresh?”</p>\n<p>“Baked at six.”</p>\n<p>“Then two loaves, please.”</p>\n",
			"Is the rye fresh?", "Baked at six.", "Then two loaves, please."),
		shortPost("photo caption", "Evening light",
			"<figure><img src=\"/img/pier.jpg\" alt=\"\" width=\"800\" height=\"600\"><figcaption>The pier at sunset, taken from the dunes after the rain.</figcaption></figure>\n",
			"The pier at sunset, taken from the dunes after the rain."),
		shortPost("list", "Packing list",
			"<ul><li>Two warm jumpers</li><li>The old tent and its poles</li><li>Enough coffee for a week</li><li>A map of the valley</li></ul>\n",
			"Two warm jumpers", "The old tent and its poles", "Enough coffee for a week", "A map of the valley"),
		shortPost("quote", "Monday thought",
			"<blockquote><p>The best time to plant a tree was twenty years ago. The second best time is now.</p></blockquote>\n",
			"The best time to plant a tree was twenty years ago. The second best time is now."),
		shortPost("status with link", "New release",
			"<p>Version 2.1 of the weather station code is out, with support for the new sensors: <a href=\"https://example.org/station/releases\">release notes</a>.</p>\n",
			"Version 2.1 of the weather station code is out, with support for the new sensors"),
		shortPost("title and one line", "Back home",
			"<p>Landed safely, more photos soon.</p>\n",
			"Landed safely, more photos soon."),
		shortPost("reply", "Re: Snow tyres for one week?",
			"<blockquote class=\"quote\"><p>Anna wrote: do I really need snow tyres for one week in the mountains?</p></blockquote>\n<p>Yes, the pass road is closed to cars without them from November on.</p>\n",
			"do I really need snow tyres for one week in the mountains?", "Yes, the pass road is closed to cars without them from November on."),
		shortPost("code tip", "Finding large files",
			"<p>To list the largest files under a folder:</p>\n<pre><code>du -ah . | sort -h | tail -n 20</code></pre>\n",
			"To list the largest files under a folder:", "du -ah . | sort -h | tail -n 20"),
		shortPost("verse", "Haiku for March",
			"<p>Old pond in the rain<br>\nthe heron stands on one leg<br>\nwaiting out the storm</p>\n",
			"Old pond in the rain", "the heron stands on one leg", "waiting out the storm"),
		shortPost("page moved", "This blog has moved",
			"<p>This blog now lives at <a href=\"https://fieldnotes.example.org/\">fieldnotes.example.org</a>. Please update your bookmarks.</p>\n",
			"This blog now lives at", "Please update your bookmarks."),
		untitledStatus(),
	}
}

// untitledStatus is shortPost without a headline: a status update whose
// page prints only its date above it.
func untitledStatus() genPage {
	g := shortPost("status without headline", "Fieldnotes",
		"<p>Power cut on our street since noon; writing this from the library.</p>\n",
		"Power cut on our street since noon; writing this from the library.")
	g.heading = "<header class=\"entry-header\"><div class=\"entry-meta\"><time datetime=\"2024-05-02\">May 2, 2024</time></div></header>\n<div class=\"entry-content\">\n"
	return g
}

// plainTop and plainBottom are the chrome of an older blog theme whose
// class names say nothing: a header table, a column with the post, and
// a side column with an "about" paragraph of prose and link lists.
const (
	plainTop = `<div id="hd"><div class="t1"><a href="/">Small Hours</a></div><div class="t2">a notebook</div></div>
<div id="wrap"><div class="col1">
`
	plainBottom = `<div class="f1"><a href="/post/411">« Older</a> | <a href="/post/413">Newer »</a></div>
<div class="f2">3 comments <a href="/post/412#c">add yours</a></div>
</div>
<div class="col2">
<div class="b1"><h4>About</h4><p>I am a retired teacher who writes about the small things that happen in a week, mostly on the train, and sometimes about books.</p></div>
<div class="b1"><h4>Friends</h4><a href="https://a.example.org/">Anna's kitchen</a><br><a href="https://b.example.org/">Night trains</a><br><a href="https://c.example.org/">Pebble beach</a></div>
<div class="b1"><h4>Older posts</h4><a href="/2023/">2023</a> <a href="/2022/">2022</a> <a href="/2021/">2021</a></div>
</div></div>
<div id="ft">Small Hours runs on a shared host since 2009.</div>
`
)

// plainChrome are phrases only the plain theme's chrome holds.
var plainChrome = []string{"a notebook", "retired teacher", "Anna's kitchen", "Older posts", "runs on a shared host"}

// plainPost is shortPost in the plain theme: the post is a div with a
// heading and a line of date, none of them named.
func plainPost(g genPage) genPage {
	title := g.name
	if i := strings.Index(g.heading, "entry-title\">"); i >= 0 {
		title = g.heading[i+len("entry-title\">"):]
		title = title[:strings.Index(title, "<")]
	}
	g.name = "plain " + g.name
	g.prolog = strings.Replace(g.prolog, "Fieldnotes", "Small Hours", 1)
	g.top, g.bottom, g.chrome = plainTop, plainBottom, plainChrome
	// The side column's "about" paragraph is longer prose than the post:
	// kept beside it.
	g.tolerated = []string{"retired teacher"}
	g.open = "<div class=\"p\">\n"
	g.heading = "<h2>" + title + "</h2>\n<div class=\"d\">Tuesday, 2 April 2024</div>\n<div class=\"x\">\n"
	g.close = "</div>\n</div>\n"
	return g
}
