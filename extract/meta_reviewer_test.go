package extract

import "testing"

func TestReviewerAnswersForArticle(t *testing.T) {
	const org = `<meta property="og:site_name" content="Harbour Law"><script type="application/ld+json">` +
		`{"@type":"Article","author":{"@type":"Organization","name":"Harbour Law"},"publisher":{"@type":"Organization","name":"Harbour Law"}}</script>`
	tests := []struct{ name, head, header, want string }{
		{"publisher as author, a reviewer under the headline", org,
			`<div class="authored-by"><a href="/attorneys/jane-doe/"><img src="/j.jpg" alt=""></a> Reviewed by Jane Doe, Trial Attorney at Harbour Law, on March 3, 2024.</div>`,
			"Jane Doe"},
		{"no author at all, a medical reviewer", "",
			`<p class="meta">Medically reviewed by John Roe</p>`, "John Roe"},
		{"German: fachlich geprüft", org,
			`<p class="meta">Fachlich geprüft von Max Mustermann</p>`, "Max Mustermann"},
		{"Spanish: revisado por", org,
			`<p class="meta">Revisado por Lucía Pérez</p>`, "Lucía Pérez"},
		{"French: relu par", org,
			`<p class="meta">Relu par Claire Dubois</p>`, "Claire Dubois"},
		{"a writer beside the reviewer is the author", org,
			`<p class="byline">By John Roe</p><p class="meta">Reviewed by Jane Doe</p>`, "John Roe"},
		{"metadata naming a person stands", `<meta name="author" content="Erika Musterfrau">`,
			`<p class="meta">Reviewed by Jane Doe</p>`, "Erika Musterfrau"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page(tt.head, tt.header, articleBody), Options{URL: "https://www.harbourlaw.example/blog/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}
