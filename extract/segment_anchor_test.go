package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// Documentation generators end headings with a link to the heading itself,
// or make its whole text one: the glyph is no word of the page and the
// heading is no link away. Other links keep counting. A short one after
// the heading's words (a manual's "top") and a wiki's "[edit]" leave the
// heading's text.
func TestSegmentAnchorLinks(t *testing.T) {
	tests := []struct {
		name, html string
		text       string
		linkWords  int
		links      int
	}{
		{"pilcrow", `<h2>Options<a class="headerlink" href="#options">¶</a></h2>`, "Options", 0, 0},
		{"section sign", `<h2 id="x">Examples<a href="#x" class="anchor">§</a></h2>`, "Examples", 0, 0},
		{"zero-width space", `<h2 id="api-keys">API keys<a href="#api-keys" class="hash-link">&#8203;</a></h2>`, "API keys", 0, 0},
		{"hash before", `<h2 id="setup"><a class="header-anchor" href="#setup">#</a> Setup</h2>`, "Setup", 0, 0},
		{"icon only", `<h3 id="y">Return values<a href="#y"><svg viewBox="0 0 8 8"></svg></a></h3>`, "Return values", 0, 0},
		{"whole heading", `<h2 id="sum"><a href="#sum">Summary of changes</a></h2>`, "Summary of changes", 0, 0},
		{"heading links elsewhere", `<h2><a href="/news/bridge">Council approves the bridge</a></h2>`, "Council approves the bridge", 4, 1},
		{"table of contents", `<ul><li><a href="#install">Install the tool</a></li></ul>`, "Install the tool", 3, 1},
		{"bare hash", `<p>Read <a href="#">more</a></p>`, "Read more", 1, 1},
		{"footnote", `<p>As measured<a href="#fn1">1</a> last year.</p>`, "As measured1 last year.", 0, 1},
		{"back to top", `<h2><a id="NAME" href="#NAME"></a>NAME &nbsp; &nbsp; <a href="#top_of_page"><span>top</span></a></h2>`, "NAME", 0, 0},
		{"wiki edit link", `<h2><span id="Usage">Usage</span><span>[<a href="/w?action=edit">edit</a>]</span></h2>`, "Usage", 0, 0},
		{"link inside the heading", `<h2>Wiring as in <a href="#fig2">figure 2</a> for the pump</h2>`, "Wiring as in figure 2 for the pump", 0, 0},
		{"long link after words", `<h2>Step 3 <a href="#s3">install the tool on every node</a></h2>`, "Step 3 install the tool on every node", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := onlyBlock(t, tt.html)
			if b.Text != tt.text || b.Features.LinkWords != tt.linkWords || b.Features.LinkCount != tt.links {
				t.Errorf("got %q, %d link words, %d links; want %q, %d, %d",
					b.Text, b.Features.LinkWords, b.Features.LinkCount, tt.text, tt.linkWords, tt.links)
			}
		})
	}
}

// onlyBlock segments html, the body of a page, and returns its one block;
// the test fails when the page makes another number of blocks.
func onlyBlock(t *testing.T, html string) boilerplate.Block {
	t.Helper()
	page := `<!doctype html><html><body>` + html + `</body></html>`
	s := segmentHTML([]byte(page), "", Limits{}.withDefaults(), nil, false)
	s.setTexts()
	if len(s.blocks) != 1 {
		t.Fatalf("%d blocks, want 1", len(s.blocks))
	}
	return s.blocks[0]
}
