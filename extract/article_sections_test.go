package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/text/unicode/norm"
)

func TestMarkCommentSections(t *testing.T) {
	blocks := []boilerplate.Block{
		{Kind: boilerplate.KindHeading, Tag: "h1", Text: "Council extends the park"},
		{Kind: boilerplate.KindParagraph, Tag: "p", Text: "The council voted on Tuesday."},
		{Kind: boilerplate.KindHeading, Tag: "h2", Text: "12 Kommentare"},
		{Kind: boilerplate.KindHeading, Tag: "h4", Text: "Martin"},
		{Kind: boilerplate.KindParagraph, Tag: "p", Text: "I disagree with the council."},
		{Kind: boilerplate.KindHeading, Tag: "h2", Text: "More from the region"},
		{Kind: boilerplate.KindParagraph, Tag: "p", Text: "Another story."},
	}
	for i := range blocks {
		blocks[i].Features.Words = len(strings.Fields(blocks[i].Text))
	}
	markCommentSections(blocks, nil, nil)
	for i, want := range []bool{false, false, false, true, true, false, false} {
		if got := blocks[i].Features.Hints.Has(boilerplate.HintComment); got != want {
			t.Errorf("block %d %q: comment hint %v, want %v", i, blocks[i].Text, got, want)
		}
	}
}

// TestQuestionHeadingsAnnounceNoComments: a heading that asks a question
// starting with a word the comment cues hold (French "Comment ...?" is
// "How ...?") heads a section of the page, not a thread; headings that
// announce a thread still do, in every language.
func TestQuestionHeadingsAnnounceNoComments(t *testing.T) {
	for _, tc := range []struct {
		heading string
		thread  bool
	}{
		{"Comment choisir son barbecue charbon ?", false},
		{"Comment entretenir votre vélo ?", false},
		{"Reply or forward the mail?", false},
		{"Comments", true},
		{"12 Kommentare", true},
		{"Laisser un commentaire", true},
		{"Deja un comentario", true},
	} {
		blocks := []boilerplate.Block{
			{Kind: boilerplate.KindHeading, Tag: "h1", Text: "Barbecues"},
			{Kind: boilerplate.KindHeading, Tag: "h2", Text: tc.heading},
			{Kind: boilerplate.KindParagraph, Tag: "p", Text: "Three things decide the choice: size, lid and budget."},
		}
		for i := range blocks {
			blocks[i].Features.Words = len(strings.Fields(blocks[i].Text))
		}
		markCommentSections(blocks, nil, nil)
		if got := blocks[2].Features.Hints.Has(boilerplate.HintComment); got != tc.thread {
			t.Errorf("under %q: comment hint %v, want %v", tc.heading, got, tc.thread)
		}
	}
}

// TestCommentsOutweighArticle: a thread longer than the article it follows
// must not be taken for the article.
func TestCommentsOutweighArticle(t *testing.T) {
	var body, thread strings.Builder
	for _, p := range articleParagraphs {
		body.WriteString("<p>" + p + "</p>")
	}
	for range 4 {
		for _, p := range articleParagraphs {
			thread.WriteString(`<li><h4><a href="/u">reader</a></h4><p>I read this and I think: ` + p + `</p></li>`)
		}
	}
	html := synthPage(`<title>Council extends the riverside park</title>`,
		`<h1>Council extends the riverside park</h1><div class="text">`+body.String()+`</div>`+
			`<h2>Reader comments</h2><ul class="thread">`+thread.String()+`</ul>`)
	res, err := FromBytes([]byte(html), Options{URL: "https://gazette.example/2025/03/04/council-extends-the-riverside-park"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, articleParagraphs[0]) || !strings.Contains(res.Text, articleParagraphs[4]) {
		t.Errorf("the article was lost:\n%s", res.Text)
	}
	if strings.Contains(res.Text, "I read this") {
		t.Errorf("the comments were kept:\n%s", res.Text)
	}
}

// TestCaptionsTellStory: a listicle told in figure captions keeps them;
// a news story keeps its captions out.
func TestCaptionsTellStory(t *testing.T) {
	var listicle strings.Builder
	for i, p := range articleParagraphs {
		listicle.WriteString(`<figure><img src="x.jpg"><h2>` + string(rune('1'+i)) + `. An idea</h2><figcaption><p>` + p + `</p></figcaption></figure>`)
	}
	res, err := FromBytes([]byte(synthPage(`<title>Five ideas</title>`, `<article><h1>Five ideas</h1><p>Here are five ideas for the park, each with a picture of it.</p>`+listicle.String()+`</article>`)),
		Options{URL: "https://gazette.example/ideas/five-ideas-for-the-park"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range articleParagraphs {
		if !strings.Contains(res.Text, p) {
			t.Errorf("listicle lost a caption paragraph: %q", p[:40])
		}
	}
	res, err = FromBytes([]byte(articlePageWithCaption()), Options{URL: "https://gazette.example/2025/03/04/council-extends-the-riverside-park"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "Photo: Jane Doe") {
		t.Errorf("a news photo caption was kept:\n%s", res.Text)
	}
}

func articlePageWithCaption() string {
	return strings.Replace(articlePageHTML(), "<p>By Jane Doe</p>",
		`<p>By Jane Doe</p><figure><img src="park.jpg"><figcaption>The rail yard that the park will take over, seen from the bridge on Monday. Photo: Jane Doe</figcaption></figure>`, 1)
}

// TestRevealedContent: a page whose whole content sits in an element
// hidden until a script shows it keeps that content; a hidden dialog
// beside an article stays dropped.
func TestRevealedContent(t *testing.T) {
	var body strings.Builder
	for _, p := range articleParagraphs {
		body.WriteString("<p>" + p + "</p>")
	}
	locked := synthPage(`<title>Council extends the riverside park</title>`,
		`<div class="lock-notice" style="display:none">Access denied. Log in to see this page.</div>`+
			`<div class="content" style="display: none">`+body.String()+`</div>`)
	res, err := FromBytes([]byte(locked), Options{URL: "https://gazette.example/2025/03/04/council-extends-the-riverside-park"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, articleParagraphs[2]) {
		t.Errorf("content hidden until a script shows it was lost:\n%s", res.Text)
	}
	if strings.Contains(res.Text, "Access denied") {
		t.Errorf("a hidden notice was kept:\n%s", res.Text)
	}
	dialog := strings.Replace(articlePageHTML(), "</main>", `<div hidden><p>`+strings.Repeat("Sign up for our weekly letter, and we will send you the best of the week every Friday morning. ", 3)+`</p></div></main>`, 1)
	res, err = FromBytes([]byte(dialog), Options{URL: "https://gazette.example/2025/03/04/council-extends-the-riverside-park"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "Sign up") || !strings.Contains(res.Text, articleParagraphs[0]) {
		t.Errorf("hidden dialog beside an article:\n%s", res.Text)
	}
}

// TestTextIsNFC: block text is in Unicode's composed form whatever the
// page wrote: a decomposed "é" and Bengali's precomposed "য়" (which NFC
// writes as two code points) come out as NFC has them.
func TestTextIsNFC(t *testing.T) {
	res, err := FromBytes([]byte("<p>Cafe\u0301 in \u09df and plain text.</p>"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Caf\u00e9 in \u09af\u09bc and plain text."; res.Blocks[0].Text != want {
		t.Errorf("text = %q, want %q", res.Blocks[0].Text, want)
	}
}

// TestTableUnderHeading: a table inside the article, under its own
// heading, is the article's, cells, dates and heading alike.
func TestTableUnderHeading(t *testing.T) {
	var rows strings.Builder
	rows.WriteString("<tr><td>Week</td><td>Monday</td><td>Wednesday</td><td>Saturday</td></tr>")
	for w := 1; w <= 4; w++ {
		rows.WriteString("<tr><td>" + string(rune('0'+w)) + "</td><td>Rest</td><td>Walk 2 min, run 1 min, ten times</td><td>Easy run of 20 min</td></tr>")
	}
	var body strings.Builder
	for _, p := range articleParagraphs[:3] {
		body.WriteString("<p>" + p + "</p>")
	}
	html := synthPage(`<title>A plan for the park run</title>`, `<article><h1>A plan for the park run</h1>`+body.String()+
		`<h3>The first month</h3><table>`+rows.String()+`</table></article>`)
	res, err := FromBytes([]byte(html), Options{URL: "https://gazette.example/2025/03/04/a-plan-for-the-park-run"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The first month", "Monday", "Walk 2 min, run 1 min", "Easy run of 20 min"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, res.Text)
		}
	}
}

// TestMayNeedNFC: every character NFC changes is caught by mayNeedNFC,
// checked over the Basic Multilingual Plane's first 64 Ki code points.
func TestMayNeedNFC(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		b := []byte(string(r))
		if !norm.NFC.IsNormalString("a"+string(r)) && !mayNeedNFC(b) {
			t.Errorf("U+%04X changes under NFC but mayNeedNFC(%q) is false", r, b)
		}
		// Characters it lets through stay as they are beside any
		// other it lets through, and beside a combining mark, which
		// it does not.
		if !mayNeedNFC(b) {
			for _, s := range []string{string(r) + "a", "é" + string(r) + "’", "“" + string(r) + "…"} {
				if !norm.NFC.IsNormalString(s) || mayNeedNFC([]byte(s)) {
					t.Errorf("%q: NFC form %v, mayNeedNFC %v", s, norm.NFC.IsNormalString(s), mayNeedNFC([]byte(s)))
				}
			}
			if s := string(r) + "\u0301"; !mayNeedNFC([]byte(s)) {
				t.Errorf("%q: mayNeedNFC is false", s)
			}
		}
	}
	// The marks are read whole across the eight-byte words: a cut one,
	// or a byte from 0xCC up after one, is caught.
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Quote: “a” – fine…", false}, {"1234567’890", false}, {"1234567\xe2\x80", true}, {"abc\xe2", true},
		{"x€y\u0301", true}, {"…\u00c0\u0300", true}, {"wait\u2026\u0308", true}, {"\u2000 quad", true},
	} {
		if got := mayNeedNFC([]byte(tt.s)); got != tt.want {
			t.Errorf("mayNeedNFC(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
