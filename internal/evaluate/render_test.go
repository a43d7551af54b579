package evaluate

import (
	"strings"
	"testing"
)

const renderPage = `<html><head><title>T</title></head><body>
<h1>Flood  warning</h1>
<p>The river rose by two metres overnight, and the town council opened the school gym to well-known families.</p>
<div>Short line<br>after a break</div>
<ul><li>first item</li><li>second <b>item</b></li></ul>
<ol><li>one</li><li>two</li></ol>
<table><tr><td>a</td><td>b  c</td></tr><tr><td>d</td><td>e</td></tr></table>
<p hidden>hidden text</p><div style="display: none">gone</div>
<pre>x = 1
  y = 2</pre>
</body></html>`

func TestRenderings(t *testing.T) {
	tests := []struct {
		r    Rendering
		want string
	}{
		{RenderPage, "Flood warning\nThe river rose by two metres overnight, and the town council opened the school gym to well-known families.\n" +
			"Short line\nafter a break\nfirst item\nsecond item\none\ntwo\na\nb c\nd\ne\nhidden text\ngone\nx = 1 y = 2"},
		{RenderWrapped, "Flood warning\nThe river rose by two metres overnight, and the town council opened the school\ngym to well-known families.\n" +
			"Short line\nafter a break\nfirst item\nsecond item\none\ntwo\na\nb c\nd\ne\nhidden text\ngone\nx = 1 y = 2"},
		{RenderInnerText, "Flood warning\n\nThe river rose by two metres overnight, and the town council opened the school gym to well-known families.\n\n" +
			"Short line\nafter a break\n• first item\n• second item\n1. one\n2. two\na\tb c\nd\te\nx = 1\n  y = 2"},
		{RenderDump, "Flood warning\n\n   The river rose by two metres overnight, and the town council opened the\n   school gym to well-known families.\n\n" +
			"   Short line\n   after a break\n     * first item\n     * second item\n     1. one\n     2. two\n   a | b c\n   d | e\n\n   hidden text\n\n   gone\n\n   x = 1\n     y = 2"},
	}
	for _, tt := range tests {
		t.Run(tt.r.String(), func(t *testing.T) {
			if got := tt.r.Render([]byte(renderPage)); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestRenderBlocksKeepsSourceLines(t *testing.T) {
	got := RenderBlocks.Render([]byte("<p>One line\n  and the next</p><div>tail</div>"))
	if got != "\n\n\nOne line\n  and the next\n\ntail\n\n\n" {
		t.Errorf("blocks = %q", got)
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name, text  string
		width       int
		first, rest string
		hyphens     bool
		want        string
	}{
		{"greedy", "aa bb cc dd", 5, "", "", false, "aa bb\ncc dd"},
		{"prefixes", "aa bb cc", 6, "* ", "  ", false, "* aa\n  bb\n  cc"},
		{"long word cut", "abcdefgh ij", 3, "", "", false, "abc\ndef\ngh\nij"},
		{"hyphen break", "aa well-known", 8, "", "", true, "aa well-\nknown"},
		{"no hyphen break", "aa well-known", 8, "", "", false, "aa\nwell-kno\nwn"},
		{"runes", "ééé ééé", 3, "", "", false, "ééé\nééé"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			wrap(&b, tt.text, tt.width, tt.first, tt.rest, tt.hyphens)
			if got := b.String(); got != tt.want {
				t.Errorf("wrap = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseRendering(t *testing.T) {
	for _, r := range Renderings() {
		got, err := ParseRendering(r.String())
		if err != nil || got != r {
			t.Errorf("ParseRendering(%q) = %v, %v", r, got, err)
		}
	}
	if _, err := ParseRendering("lynx"); err == nil {
		t.Error("ParseRendering(lynx): no error")
	}
}
