package extract

import (
	"strings"
	"testing"
)

// codeLabelCase is a code listing's frame and the line of it that may be
// its label.
type codeLabelCase struct {
	name  string
	frame string
	label string
	kept  bool
}

// codeLabelCases are frames whose one-word line before the code is no
// label: a paragraph of prose, a capitalised word naming the listing, a
// lead-in with a colon, a shell prompt, a
// word in the body beside other blocks, a frame with more text after the
// code.
func codeLabelCases(pre string) []codeLabelCase {
	return []codeLabelCase{
		{"prose before code", `<p>example</p>` + pre, "example", true},
		{"a word naming the listing", `<div class="code-panel"><div class="code-title">Response</div>` + pre + `</div>`, "Response", true},
		{"lead-in with colon", `<div class="code-example"><div class="example-header">Output:</div>` + pre + `</div>`, "Output:", true},
		{"shell prompt", `<div class="cmd-box"><div class="prompt">user $</div>` + pre + `</div>`, "user $", true},
		{"one word in the body", `<div>Alternatively</div>` + pre, "Alternatively", true},
		{"frame with more after the code", `<div class="code-example"><div class="example-header">yaml</div>` + pre +
			`<div>The list runs in order, and the first plugin that answers a request wins it.</div></div>`, "yaml", true},
	}
}

// codeLabelPage wraps frame, the HTML of one code listing with its frame,
// in a small documentation page: a site header, a guide of a few
// paragraphs around the listing and a footer.
func codeLabelPage(frame string) string {
	return `<!doctype html><html><head><title>Configure the bundler - Quarry docs</title></head><body>
<header><nav><a href="/">Quarry</a> <a href="/docs">Docs</a> <a href="/blog">Blog</a></nav></header>
<main><article>
<h1>Configure the bundler</h1>
<p>Quarry reads its bundler settings from a small configuration file at the root of the project, next to the lock file that pins the versions of every plugin it loads.</p>
<p>Add the plugin to the list of plugins, then restart the development server so that it reads the file again and picks up the new entry.</p>
` + frame + `
<p>The server watches the file from then on, so later changes are picked up without a restart, and the build prints the plugins it loaded in the order it ran them.</p>
<p>When a plugin fails to load, the build stops and names the plugin and the line of the file that asked for it, so that a typo is easy to find.</p>
</article></main>
<footer><p>Copyright 2026 Quarry contributors</p></footer>
</body></html>`
}

// TestDropCodeLabels: the language or file name a generator prints at
// the top of a code listing's frame goes, on the shapes of MDN,
// Docusaurus, MkDocs Material, Sphinx and a Tailwind-style bar with a
// copy button; the listing stays.
func TestDropCodeLabels(t *testing.T) {
	const code = "plugins: [\n  quarryLint(),\n]"
	const pre = "<pre><code>plugins: [\n  quarryLint(),\n]</code></pre>"
	tests := []codeLabelCase{
		{"mdn example header", `<div class="code-example"><div class="example-header"><span class="language-name">js</span></div>` + pre + `</div>`, "js", false},
		{"docusaurus title", `<div class="codeBlockContainer"><div class="codeBlockTitle">quarry.config.js</div><div class="codeBlockContent">` + pre + `<button class="clean-btn">Copy</button></div></div>`, "quarry.config.js", false},
		{"mkdocs filename", `<div class="language-js highlight"><span class="filename">quarry.config.js</span>` + pre + `</div>`, "quarry.config.js", false},
		{"sphinx caption", `<div class="literal-block-wrapper docutils container"><div class="code-block-caption"><span class="caption-text">quarry.cfg</span></div><div class="highlight-cfg notranslate"><div class="highlight">` + pre + `</div></div></div>`, "quarry.cfg", false},
		{"bar with copy button", `<div class="rounded-xl"><div class="relative"><div class="px-3 text-xs">shell</div><button title="Copy to clipboard"><svg viewBox="0 0 16 16"></svg></button></div><div class="overflow-auto">` + pre + `</div></div>`, "shell", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(codeLabelPage(tt.frame)), Options{URL: "https://quarry.example/docs/bundler"})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Text, code) {
				t.Errorf("code missing:\n%s", res.Text)
			}
			got := false
			for _, line := range strings.Split(res.Text, "\n") {
				if strings.TrimSpace(line) == tt.label {
					got = true
				}
			}
			if got != tt.kept {
				t.Errorf("label %q kept %v, want %v:\n%s", tt.label, got, tt.kept, res.Text)
			}
		})
	}
}

// TestCodeLabelFrames runs dropCodeLabels alone on every block kept: the
// labels of TestDropCodeLabels's frames go and the lines of
// codeLabelCases stay, whatever other passes do with them.
func TestCodeLabelFrames(t *testing.T) {
	const pre = "<pre><code>plugins: [\n  quarryLint(),\n]</code></pre>"
	tests := append([]codeLabelCase{
		{"mdn example header", `<div class="code-example"><div class="example-header"><span class="language-name">js</span></div>` + pre + `</div>`, "js", false},
		{"bar with copy button", `<div class="rounded-xl"><div class="relative"><div class="px-3 text-xs">shell</div><button title="Copy to clipboard"><svg viewBox="0 0 16 16"></svg></button></div><div class="overflow-auto">` + pre + `</div></div>`, "shell", false},
	}, codeLabelCases(pre)...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segmentedPage(t, codeLabelPage(tt.frame))
			found := false
			for i := range s.blocks {
				s.blocks[i].Kept = true
			}
			dropCodeLabels(s)
			for i := range s.blocks {
				b := &s.blocks[i]
				if strings.TrimSpace(b.Text) != tt.label {
					continue
				}
				found = true
				if b.Kept != tt.kept {
					t.Errorf("label %q kept %v, want %v", tt.label, b.Kept, tt.kept)
				}
			}
			if !found {
				t.Fatalf("no block %q", tt.label)
			}
		})
	}
}
