package extract

import (
	"strings"
	"testing"
)

// Code inside the main container is the page's, however short: density
// cannot judge it. A gutter of line numbers is not taken back.
func TestKeepCode(t *testing.T) {
	prose := `<p>` + strings.Join(articleParagraphs[:2], " ") + `</p><p>` + strings.Join(articleParagraphs[2:], " ") + `</p>`
	tests := []struct {
		name, body string
		want       string
		kept       bool
	}{
		{"declaration between controls", `<h1>Installing the tool</h1><p><a href="/src/q.rs">Source</a></p>` +
			`<pre>pub struct Queue&lt;T&gt; { /* private fields */ }</pre><p>Expand description</p>` + prose,
			"pub struct Queue<T> { /* private fields */ }", true},
		{"line numbers", `<h1>Installing the tool</h1><p><a href="/src/q.rs">Source</a></p><pre>1
2
3</pre><p>Expand description</p>` + prose, "1\n2\n3", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(synthPage(`<title>Installing the tool</title>`, tt.body)), Options{URL: "https://news.example/2024/05/tool"})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Text, articleParagraphs[3][:40]) {
				t.Fatalf("the article is lost:\n%s", res.Text)
			}
			if got := strings.Contains(res.Text, tt.want); got != tt.kept {
				t.Errorf("code kept = %v, want %v:\n%s", got, tt.kept, res.Text)
			}
		})
	}
}
