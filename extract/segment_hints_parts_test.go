package extract

import "testing"

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
