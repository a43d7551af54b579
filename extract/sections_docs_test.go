package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// On a documentation page the terms of a definition list that link to
// themselves stay beside their prose definitions, a linked definition
// beside its term, and a section heading named like a control
// ("Description") over prose; a list of links and a tab's label over
// links still go.
func TestKeepReferenceParts(t *testing.T) {
	page := func(body string) string {
		return `<html><head><title>chunk() - Reference</title></head><body>` +
			`<nav class="sidebar"><ul><li><a href="/docs/at">at()</a></li><li><a href="/docs/concat">concat()</a></li><li><a href="/docs/map">map()</a></li></ul></nav>` +
			`<main><article><h1>chunk()</h1>` +
			`<p>The chunk() method splits an array into new arrays of at most the given length, in order, and returns an array of them.</p>` +
			`<h2>Syntax</h2><pre><code>chunk(size)</code></pre>` + body +
			`<h2>Examples</h2><p>Split search results into pages of ten before you render the first one:</p>` +
			`<pre><code>const pages = results.chunk(10);
render(pages[0]);</code></pre></article></main>` +
			`<footer><p>Portions of this content are by individual contributors.</p></footer></body></html>`
	}
	tests := []struct {
		name     string
		body     string
		want     []string
		unwanted []string
	}{
		{
			name: "self-linked terms and a section named like a control",
			body: `<h3>Parameters</h3><dl><dt id="size"><a href="#size"><code>size</code></a></dt>` +
				`<dd><p>The largest number of elements in each chunk. A value below 1 throws.</p></dd></dl>` +
				`<h3>Exceptions</h3><dl><dt><a href="/docs/RangeError"><code>RangeError</code></a></dt><dd><p>Thrown if size is less than 1.</p></dd></dl>` +
				`<h2>Description</h2><p>The chunk() method is a copying method. It does not alter the array it is called on.</p>` +
				`<dl><dt>Implemented by:</dt><dd><code><a href="/docs/TypedArray">TypedArray</a></code></dd></dl>`,
			want: []string{"size\n\nThe largest number", "RangeError\n\nThrown if size", "Description\n\nThe chunk() method is a copying method.",
				"Implemented by:\n\nTypedArray"},
		},
		{
			name: "a version under its term and a see-also term over links",
			body: `<dl><dt>Since:</dt><dd>3.1</dd><dt>See Also:</dt><dd><ul><li><a href="/docs/slice">slice()</a></li></ul></dd></dl>`,
			want: []string{"Since:\n\n3.1", "See Also:\n\nslice()"},
		},
		{
			name: "a parameter table's column named like a control",
			body: `<h3>Parameters</h3><table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead>` +
				`<tbody><tr><td><code>size</code></td><td>number</td><td>The largest number of elements in each chunk.</td></tr></tbody></table>`,
			want: []string{"Type\n\nDescription\n\nsize"},
		},
		{
			name: "a see-also list of links and a related heading over cards",
			body: `<h2>See also</h2><ul><li><a href="/docs/slice">slice()</a></li><li><a href="/docs/Array/flat">Array.prototype.flat()</a></li></ul>` +
				`<h2>Related guides</h2><h3><a href="/guides/paging">Paging results in the browser</a></h3>` +
				`<p>How to show long result lists ten at a time without loading them all.</p>`,
			want:     []string{"See also\n\nslice()\n\nArray.prototype.flat()", "Paging results in the browser"},
			unwanted: []string{"Related guides"},
		},
		{
			name: "a see-also box titled by a paragraph over annotated links",
			body: `<p>Start the server with the debug option to reload the code on every change.</p>` +
				`<div class="admonition seealso"><p class="admonition-title">See also:</p><ul>` +
				`<li><p><a href="/docs/server">Development server</a> for information about running in debug mode.</p></li>` +
				`<li><p><a href="/docs/errors">Handling errors</a> for information about the built-in debugger.</p></li></ul></div>` +
				`<h2>Escaping</h2><p>Any value a user gives must be escaped before it is printed in a page.</p>`,
			want: []string{"See also:\n\nDevelopment server"},
		},
		{
			name: "a related box titled by a paragraph",
			body: `<p>Start the server with the debug option to reload the code on every change.</p>` +
				`<div class="related-articles"><p>See also</p><ul>` +
				`<li><a href="/docs/server">Development server</a></li><li><a href="/docs/errors">Handling errors</a></li></ul></div>` +
				`<h2>Escaping</h2><p>Any value a user gives must be escaped before it is printed in a page.</p>`,
			want:     []string{"Start the server"},
			unwanted: []string{"See also"},
		},
		{
			name: "a list of links a sentence announces",
			body: `<p>A controller creates and replaces the units for you when a machine fails.</p>` +
				`<p>Here are some examples of controllers that manage one or more units:</p>` +
				`<ul><li><a href="/docs/deploy">Deployment</a></li><li><a href="/docs/stateful">StatefulSet</a></li>` +
				`<li><a href="/docs/daemon">DaemonSet</a></li></ul>` +
				`<h2>Templates</h2><p>Controllers use a template to make the units they manage, one for each copy.</p>`,
			want: []string{"Deployment\n\nStatefulSet\n\nDaemonSet"},
		},
		{
			name: "a list of links and a tab over links",
			body: `<p>The method is generic: it only expects the this value to have a length property.</p>` +
				`<dl><dt><a href="/docs/slice">slice()</a></dt><dd><a href="/docs/slice">Returns a copy</a></dd>` +
				`<dt><a href="/docs/splice">splice()</a></dt><dd><a href="/docs/splice">Changes the array</a></dd></dl>` +
				`<h2>Description</h2><p><a href="/docs/a">Arrays</a> <a href="/docs/b">Typed arrays</a> <a href="/docs/c">Iterators</a> <a href="/docs/d">Collections</a></p>`,
			want:     []string{"The method is generic"},
			unwanted: []string{"slice()", "splice()", "Description"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(page(tt.body)), Options{URL: "https://webref.example/docs/Array/chunk"})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageDocumentation {
				t.Fatalf("page type %q, want documentation", res.PageType)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("missing %q in\n%s", w, res.Text)
				}
			}
			for _, u := range tt.unwanted {
				if strings.Contains(res.Text, u) {
					t.Errorf("kept %q in\n%s", u, res.Text)
				}
			}
		})
	}
}

// TestDropOutsideMain: the kept lines outside the main element go when it
// holds nearly all of the kept text, and stay when it holds a part only.
func TestDropOutsideMain(t *testing.T) {
	prose := strings.Repeat("The chunk method splits an array into arrays of the given length. ", 5)
	block := func(text string, main, kept bool) boilerplate.Block {
		b := boilerplate.Block{Text: text, Kind: boilerplate.KindParagraph,
			Features: boilerplate.Features{Words: len(strings.Fields(text))}}
		if main {
			b.Features.Hints = boilerplate.HintArticle
		}
		b.Kept = kept
		return b
	}
	banner := "New: the index now refreshes every hour."
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   []bool
	}{
		{"announcement", []boilerplate.Block{block(banner, false, true), block(prose, true, true), block(prose, true, true)},
			[]bool{false, true, true}},
		{"main holds a part", []boilerplate.Block{block(prose, false, true), block(prose, true, true)},
			[]bool{true, true}},
		{"no main", []boilerplate.Block{block(banner, false, true), block(prose, false, true)},
			[]bool{true, true}},
		{"short main", []boilerplate.Block{block(banner, false, true), block("Short text.", true, true)},
			[]bool{true, true}},
	}
	for _, tt := range tests {
		dropOutsideMain(tt.blocks)
		for i, b := range tt.blocks {
			if b.Kept != tt.want[i] {
				t.Errorf("%s: block %d kept %v (reason %q), want %v", tt.name, i, b.Kept, b.Reason, tt.want[i])
			}
		}
	}
}
