package extract

import (
	"strings"
	"testing"
)

// A guide's index of modules: each item is a linked title over its
// description. The titles go with their kept descriptions; a list of bare
// links does not come back.
func TestKeepLinkedTitles(t *testing.T) {
	intro := `<h1>Getting started</h1><p>` + articleParagraphs[0] + `</p><p>` + articleParagraphs[1] + `</p>`
	tests := []struct {
		name, list string
		want       []string
		unwanted   []string
	}{
		{
			name: "titles over descriptions",
			list: `<h2>Modules</h2><ol>` +
				`<li><a href="/guide/install">Install the desktop app</a><p>This page shows you how to download the app and install it on Windows, Mac and Linux.</p></li>` +
				`<li><a href="/guide/develop">Develop with containers</a><p>This page shows you how to develop an application inside a container.</p></li>` +
				`<li><a href="/guide/publish">Publish your first image</a><p>This page shows you how to build an image and publish it to a registry.</p></li></ol>`,
			want: []string{"Modules", "Install the desktop app", "Develop with containers", "Publish your first image",
				"This page shows you how to build an image"},
		},
		{
			name: "table of scenarios",
			list: `<h2>Scenarios</h2><table><tr><th>If you want to...</th><th>then...</th></tr>` +
				`<tr><td><a href="/s/uploads">Process file uploads</a></td><td>Run code when a file is uploaded or changed in storage.</td></tr>` +
				`<tr><td><a href="/s/schedule">Run scheduled tasks</a></td><td>Execute code on a schedule that you set with an expression.</td></tr></table>`,
			want: []string{"Process file uploads", "Run code when a file is uploaded", "Run scheduled tasks"},
		},
		{
			name:     "bare links",
			list:     `<ul><li><a href="/a">Install the desktop app</a></li><li><a href="/b">Develop with containers</a></li></ul>`,
			unwanted: []string{"Install the desktop app", "Develop with containers"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(synthPage(`<title>Getting started</title>`, intro+tt.list+`<p>`+articleParagraphs[2]+`</p>`)),
				Options{URL: "https://docs.example/get-started/"})
			if err != nil {
				t.Fatal(err)
			}
			checkHolds(t, res.Text, tt.want, tt.unwanted)
		})
	}
}

// checkHolds checks that text holds every one of want and none of unwanted.
func checkHolds(t *testing.T, text string, want, unwanted []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("text lacks %q:\n%s", w, text)
		}
	}
	for _, u := range unwanted {
		if strings.Contains(text, u) {
			t.Errorf("text holds %q:\n%s", u, text)
		}
	}
}
