package extract

import (
	"strings"
	"testing"
)

func TestNameMark(t *testing.T) {
	tests := []struct {
		name string
		want markKind
	}{
		{"byline", markAuthor},
		{"c-byline__author-name", markAuthor},
		{"post-date", markDate},
		{"styles_dateAndAuthorContainer__JAvHP", markAuthor | markDate},
		{"ArticleAuthor", markAuthor},
		{"autor-artikel", markAuthor},
		{"datum", markDate},
		{"entry-content", 0},
		{"update", 0}, // "date" inside a word does not count
		{"dat", 0},    // too short to be a word of the lists
		{"authorship-widget sidebar", markAuthor},
		{"", 0},
	}
	for _, tt := range tests {
		if _, got, _, _, _ := nameHints([]byte(tt.name)); got != tt.want {
			t.Errorf("nameHints(%q) mark = %b, want %b", tt.name, got, tt.want)
		}
	}
}

func TestMarkCapture(t *testing.T) {
	// Marked elements nested, closed implicitly, inline and block.
	doc := `<h1>Headline</h1><div class="byline"><span class="author">By <a rel="author" href="/j">Jane Doe</a></span>` +
		`<br><time datetime="2021-03-03">March 3</time></div><p class="date">4 May 2021<p>Body text that is not a date.</p>`
	s := segmentHTML([]byte(doc), "", Limits{}.withDefaults(), nil, false)
	s.mc.finish()
	var got []string
	for _, m := range s.mc.marks {
		got = append(got, m.text+"|"+m.dt)
	}
	// Within a block, marks come in the order they close; a <time> read
	// by its datetime when it opens.
	want := []string{"Jane Doe|", "By Jane Doe|", "|2021-03-03", "By Jane Doe\nMarch 3|", "4 May 2021|"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("marks %q, want %q", got, want)
	}
}

func TestIsAuthorPath(t *testing.T) {
	tests := []struct {
		href string
		want bool
	}{
		{"/author/jane-doe/", true},
		{"https://news.example/blog/authors/jane-doe", true},
		{"//news.example/autor/max-muster?page=2", true},
		{"/auteurs/jeanne-dupont#bio", true},
		{"https://talk.example/profiles/jane-doe-1234", true},
		{"/contributors/max-mustermann/", true},
		{"/contributor/jeanne-dupont", true},
		{"/profiles/", false},
		{"/profile/sea_dog", false}, // a forum member's or a social network's page
		{"/authors/", false},
		{"/author", false},
		{"https://author.example/jane", false},
		{"/blog/how-to-find-an-author", false},
		{"/news/author-interviews/2021", false},
	}
	for _, tt := range tests {
		if got := isAuthorPath([]byte(tt.href)); got != tt.want {
			t.Errorf("isAuthorPath(%q) = %v, want %v", tt.href, got, tt.want)
		}
	}
}
