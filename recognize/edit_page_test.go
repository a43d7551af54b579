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

// TestChangeLines checks that the line of a page's last change with the
// change's message is a dateline, in several languages, while a note
// that tells the reader what changed in sentences stays content.
func TestChangeLines(t *testing.T) {
	tests := []struct {
		text string
		want Kind
	}{
		{"Last modified November 18, 2025 at 11:47 AM PST: KEP-4671 Add docs for Workload API and Gang scheduling (fda060d1fe)", Dateline},
		{"Last updated 2025-03-14: Merge pull request #1234 from docs/fix-broken-links-in-the-install-guide (a1b2c3d)", Dateline},
		{"Zuletzt geändert am 14. März 2025: Abschnitt zur Installation unter Windows ergänzt und Beispiele korrigiert (a1b2c3d)", Dateline},
		{"Last updated March 14, 2025. We corrected the figure for the number of schools that closed, which we had given as 40.", None},
	}
	for _, tt := range tests {
		if got := Text(tt.text); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
