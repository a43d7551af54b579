package extract

import (
	"math/rand/v2"
	"testing"
)

func TestAuthorDescriptionIsNoName(t *testing.T) {
	tests := []struct {
		name, header, want string
	}{
		{"role above the byline", `<p class="byline-role">Senior Correspondent, Harbour Desk</p><p class="byline">By Jane Doe</p>`, "Jane Doe"},
		{"description beside a marked name", `<div class="author-description">Licensed Grader, M.A. Journalism</div><p class="author-name">Jane Doe</p>`, "Jane Doe"},
		{"German byline, position first", `<p class="autor-position">Redakteurin, Hafenressort</p><p class="autor">Von Anna Schmidt</p>`, "Anna Schmidt"},
		{"camelCase job title", `<span class="authorJobtitle">Chief Editor</span><span class="authorName">Jeanne Dupont</span>`, "Jeanne Dupont"},
		{"description alone gives no author", `<div class="author-description">Licensed Grader, M.A. Journalism</div>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page("", tt.header, articleBody), Options{URL: "https://gazette.example/news/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}

func TestDescribesWord(t *testing.T) {
	for w, want := range map[string]bool{"description": true, "desc": true, "role": true, "position": true, "jobtitle": true,
		"author": false, "descending": false, "roles": false, "deschutes": false} {
		if got := describesWord([]byte(w)); got != want {
			t.Errorf("describesWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestClassSaysOfMatches checks that classSaysOf, which reads a class
// value's names in one pass, says what classShape, embedOf, quoteClass
// and screenReaderOnly say of it, on class lists made of names of every
// kind (utility classes, quotation boxes, screen-reader utilities,
// embeds, names in any case) joined by every kind of white space.
func TestClassSaysOfMatches(t *testing.T) {
	names := []string{"post", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "Sr-only",
		"bbcode_quote", "postQuote", "QUOTE", "quote-controls", "js-selectToQuote", "jsquote", "quote",
		"instagram-media", "mastodon-embed", "d-none", "col-md-8", "px-4", "é-quote", "x\x00y", ""}
	spaces := []string{" ", "  ", "\t", "\n", "\r\n", "\f", "\v"}
	r := rand.New(rand.NewPCG(16, 1))
	for range 20000 {
		var b []byte
		if r.IntN(3) == 0 {
			b = append(b, spaces[r.IntN(len(spaces))]...)
		}
		for n := r.IntN(5); n >= 0; n-- {
			b = append(b, names[r.IntN(len(names))]...)
			if n > 0 || r.IntN(3) == 0 {
				b = append(b, spaces[r.IntN(len(spaces))]...)
			}
		}
		want := classSays{shape: classShape(b), embed: embedOf(b), quote: quoteClass(b), srOnly: screenReaderOnly(b)}
		if got := classSaysOf(b); got != want {
			t.Fatalf("classSaysOf(%q) = %+v, want %+v", b, got, want)
		}
	}
}
