package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
)

// TestStrayEndsRepairTree checks that the text between an early close and
// the end tags that then close nothing goes back into the element closed
// early, and that the rest of the tree is left as HTML5 builds it.
func TestStrayEndsRepairTree(t *testing.T) {
	tests := []struct {
		name string
		page string
		text string    // a block's text
		in   atom.Atom // an element the block must be in
		out  atom.Atom // an element the block must not be in
	}{
		{"loose text after a run of </div>",
			`<div id="post"><section><p>First part of the post.</p></div></div></div>Rest of the post in the body.</div></div><footer>Footer</footer>`,
			"Rest of the post", atom.Div, 0},
		{"a paragraph after a run of </div>",
			`<div class="col"><div class="p"><h2>Snow</h2><div class="x"></div></div></div></div><p>It snowed all night.</p></div></div><section>Side</section>`,
			"It snowed all night", atom.Div, 0},
		{"the first stray end tag is the innermost element's",
			`<div class="col"><div class="p"><h2>Snow</h2><div class="x"></div></div></div></div><p>It snowed all night.</p></div></div><section>Side</section>`,
			"Side", 0, atom.Div},
		{"no stray end tag: the tree as parsed",
			`<div id="post"><section><p>First part.</p></section></div>After the post.<footer>Footer</footer>`,
			"After the post", 0, atom.Div},
		{"a sidebar after the early close stays out",
			`<div id="wrap"><div id="main"><p>The article.</p></div></div><aside>Sidebar text here.</aside></div>`,
			"Sidebar text here", 0, atom.Div},
		{"an element opened since is still open",
			`<div id="post"><div class="in"><p>First part.</p></div></div><section><p>Rest of the post.</div></section>`,
			"Rest of the post", 0, atom.Div},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segmentHTML([]byte("<html><body>"+tt.page+"</body></html>"), "", Limits{}.withDefaults(), nil, false)
			defer s.release()
			s.setTexts()
			found := false
			for i := range s.blocks {
				if !strings.Contains(s.blocks[i].Text, tt.text) {
					continue
				}
				found = true
				in, out := tt.in == 0, true
				for n := s.blockAt[i]; n > 0; n = s.nodes[n].parent {
					nd := &s.nodes[n]
					if nd.depth != s.nodes[nd.parent].depth+1 {
						t.Errorf("node %d at depth %d under one at depth %d", n, nd.depth, s.nodes[nd.parent].depth)
					}
					in = in || nd.tag == tt.in
					out = out && nd.tag != tt.out
				}
				if !in || !out {
					t.Errorf("%q: in <%v> %v, out of <%v> %v", tt.text, tt.in, in, tt.out, out)
				}
			}
			if !found {
				t.Fatalf("no block holds %q", tt.text)
			}
		})
	}
}

// TestStrayEndsKeepPost checks end to end that a post whose last
// paragraphs a run of stray end tags moved out of it is kept whole, and
// the page's frame around it is not.
func TestStrayEndsKeepPost(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Mending a fence - Small Hours</title></head><body>
<div id="hd"><a href="/">Small Hours</a></div>
<div id="wrap"><div class="col1"><div class="p"><h2>Mending a fence</h2>
<div class="x"><p>The storm last week knocked down three panels of the fence at the back of the garden, and the neighbours' dog got in twice.</p>
</div></div></div></div>
<p>On Saturday I bought new posts at the timber yard and set them in concrete, which took most of the afternoon and all of my patience.</p>
<p>The panels went up on Sunday morning, and the dog has been sitting on the other side of them looking offended ever since.</p>
</div></div>
<div class="f1"><a href="/p/1">Older</a> | <a href="/p/3">Newer</a></div>
</div>
<div class="col2"><div class="b1"><h4>Friends</h4><a href="https://a.example.org/">Anna's kitchen</a><br><a href="https://b.example.org/">Night trains</a></div></div></div>
<div id="ft">Small Hours runs on a shared host.</div>
</body></html>`
	res, err := FromBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The storm last week", "On Saturday I bought", "The panels went up"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("lost %q:\n%s", want, res.Text)
		}
	}
	for _, chrome := range []string{"Anna's kitchen", "runs on a shared host"} {
		if strings.Contains(res.Text, chrome) {
			t.Errorf("kept %q:\n%s", chrome, res.Text)
		}
	}
}
