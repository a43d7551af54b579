package recognize

import "testing"

// TestEditPageLinks checks that the links documentation pages print to
// edit their source, and their feedback widgets, are interface in several
// languages, while prose that speaks of editing pages stays content.
func TestEditPageLinks(t *testing.T) {
	tests := []struct {
		text string
		want Kind
	}{
		{"Edit this page", Interface},
		{"Edit this page on GitHub", Interface},
		{"Edit on GitLab", Interface},
		{"Improve this page", Interface},
		{"Diese Seite bearbeiten", Interface},
		{"Modifier cette page", Interface},
		{"Editar esta página en GitHub", Interface},
		{"Редактировать эту страницу", Interface},
		{"Is this page useful? Edit this page", Interface},
		{"Was this page useful?", Interface},
		{"Edit this page to change the title, then save it and reload the preview.", None},
		{"To edit this page, open the file in the docs folder and send a pull request with your change.", None},
		{"Editing guidelines", None},
	}
	for _, tt := range tests {
		if got := Text(tt.text); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
