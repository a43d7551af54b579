package extract

import (
	"strings"
	"testing"
)

// A guide that ends in a reference written as a definition list: each term
// and definition is short, but definitions that are sentences are the
// page's. A list of facts or of links is not taken back.
func TestKeepDefinitionLists(t *testing.T) {
	guide := `<h1>Configuring the server</h1>` +
		`<p>The server reads its settings from a single file when it starts. Every option has a default, so an empty file is a valid configuration, and most installations change only a few of them.</p>` +
		`<p>Options may also be given on the command line, where they override the file. The reference below lists each option with what it changes and the value it takes when it is not set.</p>`
	tests := []struct {
		name     string
		list     string
		want     []string
		unwanted []string
	}{
		{
			name: "options with prose definitions",
			list: `<h2>Environment variables</h2><dl>` +
				`<dt><code>SRV_CONFIG</code></dt><dd><p>Path of the configuration file.</p></dd>` +
				`<dt><code>SRV_DEBUG</code></dt><dd><p>Set to 1 to log every request.</p></dd>` +
				`<dt><code>SRV_PORT</code></dt><dd><p>The port to listen on.</p></dd></dl>`,
			want: []string{"Environment variables", "SRV_CONFIG", "Path of the configuration file.", "SRV_DEBUG", "Set to 1 to log every request."},
		},
		{
			name: "function signature with nested field list",
			list: `<dl class="function"><dt id="load">server.load(path, strict=False)<a class="headerlink" href="#load">¶</a></dt>` +
				`<dd><p>Load the configuration from path.</p><dl class="field-list"><dt>Parameters:</dt>` +
				`<dd><ul><li><p><strong>path</strong> – the file to read.</p></li><li><p><strong>strict</strong> – reject unknown keys.</p></li></ul></dd>` +
				`<dt>Raises:</dt><dd><p><strong>ValueError</strong> – if the file is malformed.</p></dd></dl></dd></dl>`,
			want:     []string{"server.load(path, strict=False)", "Load the configuration from path.", "Parameters:", "the file to read.", "Raises:"},
			unwanted: []string{"¶"},
		},
		{
			name:     "facts of a post",
			list:     `<dl><dt>Published</dt><dd>3 May 2024</dd><dt>Updated</dt><dd>5 May 2024</dd><dt>Version</dt><dd>2.3</dd></dl>`,
			unwanted: []string{"Published", "3 May 2024", "Updated"},
		},
		{
			name: "links",
			list: `<dl><dt>Guides</dt><dd><a href="/install">Installing the server on a new machine.</a></dd>` +
				`<dt>Reference</dt><dd><a href="/options">Every option of the configuration file.</a></dd></dl>`,
			unwanted: []string{"Installing the server", "Every option of"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(synthPage(`<title>Configuring the server</title>`, guide+tt.list)), Options{URL: "https://docs.example/server/config"})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Text, "Options may also be given on the command line") {
				t.Fatalf("the guide is lost:\n%s", res.Text)
			}
			checkHolds(t, res.Text, tt.want, tt.unwanted)
		})
	}
}
