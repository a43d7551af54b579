package extract

import "testing"

// TestAuthorPostedByFooter checks blog posts that name their author only
// in the post's own footer, below the text, as blog templates print it
// in several languages: the "Posted by" line gives the author, while a
// page footer's credit names none.
func TestAuthorPostedByFooter(t *testing.T) {
	post := func(lang, footer, body string) string {
		return `<!DOCTYPE html><html lang="` + lang + `"><head><title>Harbour Notes: Council agrees to study harbour park plan</title></head><body>` +
			`<div class="header"><h1 class="title"><a href="/">Harbour Notes</a></h1></div>` +
			`<div class="post hentry"><h3 class="post-title">Council agrees to study harbour park plan</h3><div class="post-body">` + body + `</div>` +
			footer + `</div><footer><p>Powered by Blogger. Theme by Jane Doe.</p></footer></body></html>`
	}
	tests := []struct {
		name, page, want string
	}{
		{"English post-footer", post("en", `<div class="post-footer">Posted by <span class="fn">Jane Doe</span> at <abbr class="published" title="2021-03-05T09:12:00-08:00">9:12 AM</abbr></div>`, articleBody), "Jane Doe"},
		{"entry-footer", post("en", `<footer class="entry-footer"><span>Posted by Richard Roe</span></footer>`, articleBody), "Richard Roe"},
		{"German", post("de", `<div class="post-footer">Eingestellt von <span class="fn">Hans Müller</span> um 09:12</div>`, bodyDE), "Hans Müller"},
		{"French", post("fr", `<div class="post-footer">Publié par <span class="fn">Marie Dupont</span> à 09:12</div>`, bodyFR), "Marie Dupont"},
		{"Spanish", post("es", `<div class="post-footer">Publicado por <span class="fn">Ana García</span> en 9:12</div>`, bodyES), "Ana García"},
		{"only the page footer's credit", post("en", ``, articleBody), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{URL: "https://harbournotes.blogspot.example/2021/03/park.html"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}
