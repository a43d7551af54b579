package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/charset"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlProblem returns what is wrong with out, the output of Result.HTML:
// parsed as the content of a <body> it must give the tree written (nodes,
// when not nil) and hold only elements and attributes of the allow-list,
// with links and images of the allowed schemes.
func htmlProblem(out string, nodes []*html.Node) error {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	parsed, err := html.ParseFragment(strings.NewReader(out), body)
	if err != nil {
		return fmt.Errorf("output does not parse: %v", err)
	}
	if nodes != nil {
		if len(parsed) != len(nodes) {
			return fmt.Errorf("output parses to %d top-level nodes, was written from %d:\n%s", len(parsed), len(nodes), out)
		}
		for i := range nodes {
			if err := sameTree(nodes[i], parsed[i]); err != nil {
				return fmt.Errorf("output parses to another tree: %v\n%s", err, out)
			}
		}
	}
	for _, n := range parsed {
		if err := allowedTree(n); err != nil {
			return fmt.Errorf("%v in\n%s", err, out)
		}
	}
	return nil
}

// sameTree compares two trees node by node.
func sameTree(want, got *html.Node) error {
	if want.Type != got.Type || want.Data != got.Data || want.Namespace != got.Namespace {
		return fmt.Errorf("node %v %q%s, parsed as %v %q%s", want.Type, want.Data, want.Namespace, got.Type, got.Data, got.Namespace)
	}
	if len(want.Attr) != len(got.Attr) {
		return fmt.Errorf("<%s> has %d attributes, parsed with %d", want.Data, len(want.Attr), len(got.Attr))
	}
	for i := range want.Attr {
		if want.Attr[i] != got.Attr[i] {
			return fmt.Errorf("<%s> attribute %v parsed as %v", want.Data, want.Attr[i], got.Attr[i])
		}
	}
	w, g := want.FirstChild, got.FirstChild
	for ; w != nil && g != nil; w, g = w.NextSibling, g.NextSibling {
		if err := sameTree(w, g); err != nil {
			return err
		}
	}
	if w != nil || g != nil {
		return fmt.Errorf("<%s> has another number of children when parsed", want.Data)
	}
	return nil
}

// allowedTree walks a parsed tree: elements and attributes must be in the
// allow-list, URLs of allowed schemes, and no comment or foreign node.
func allowedTree(n *html.Node) error {
	switch n.Type {
	case html.TextNode:
		return nil
	case html.ElementNode:
	default:
		return fmt.Errorf("node of type %v", n.Type)
	}
	if n.Namespace != "" || !allowedHTML(n.DataAtom, "") {
		return fmt.Errorf("element <%s> (namespace %q) is not allowed", n.Data, n.Namespace)
	}
	for _, a := range n.Attr {
		if a.Namespace != "" || !allowedHTML(n.DataAtom, a.Key) {
			return fmt.Errorf("attribute %s on <%s> is not allowed", a.Key, n.Data)
		}
		schemes := map[string][]string{"href": linkSchemes, "src": imageSchemes}[a.Key]
		if schemes == nil {
			continue
		}
		u, err := url.Parse(a.Val)
		if err != nil {
			return fmt.Errorf("%s=%q does not parse: %v", a.Key, a.Val, err)
		}
		if u.Scheme != "" && !contains(schemes, u.Scheme) || strings.ContainsAny(a.Val, " \t\n\r\x00") {
			return fmt.Errorf("%s=%q is not a safe URL", a.Key, a.Val)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if err := allowedTree(c); err != nil {
			return err
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// extractMarked runs FromBytes step by step, so that the test can build
// the document a second time from the segmenter's record and compare the
// tree with what Result.HTML wrote. ok is false when FromBytes fails.
func extractMarked(raw []byte, opts Options) (s *segmenter, res *Result, ok bool) {
	lim := opts.Limits.withDefaults()
	if len(raw) > lim.MaxInputBytes || len(bytes.TrimSpace(raw)) == 0 || charset.IsBinary(raw) {
		return nil, nil, false
	}
	page, _, err := charset.Decode(raw, opts.ContentType)
	if err != nil {
		return nil, nil, false
	}
	s = segmentHTML(page, "", lim, nil, true)
	return s, finish(s, opts), true
}

// treeSink is the htmlSink that builds the tree the renderer writes, to
// compare with what the written text parses to.
type treeSink struct {
	top   []*html.Node
	stack []*html.Node
	err   error
}

func (t *treeSink) add(n *html.Node) {
	if len(t.stack) == 0 {
		t.top = append(t.top, n)
		return
	}
	t.stack[len(t.stack)-1].AppendChild(n)
}

func (t *treeSink) element(tag atom.Atom, attrs ...html.Attribute) *html.Node {
	mustAllow(tag, "")
	for _, a := range attrs {
		mustAllow(tag, a.Key)
	}
	return &html.Node{Type: html.ElementNode, DataAtom: tag, Data: tag.String(), Attr: attrs}
}

func (t *treeSink) start(tag atom.Atom) {
	n := t.element(tag)
	t.add(n)
	t.stack = append(t.stack, n)
}

func (t *treeSink) link(href string) {
	n := t.element(atom.A, html.Attribute{Key: "href", Val: href})
	t.add(n)
	t.stack = append(t.stack, n)
}

func (t *treeSink) image(src, alt string) {
	t.add(t.element(atom.Img, html.Attribute{Key: "src", Val: src}, html.Attribute{Key: "alt", Val: alt}))
}

func (t *treeSink) br() { t.add(t.element(atom.Br)) }

func (t *treeSink) end(tag atom.Atom) {
	if len(t.stack) == 0 || t.stack[len(t.stack)-1].DataAtom != tag {
		if t.err == nil {
			t.err = fmt.Errorf("end tag %s does not close the open element", tag)
		}
		return
	}
	t.stack = t.stack[:len(t.stack)-1]
}

// writeString adds text; texts side by side are one text node, as
// character data is.
func (t *treeSink) writeString(s string) {
	var last *html.Node
	if len(t.stack) == 0 {
		if len(t.top) > 0 {
			last = t.top[len(t.top)-1]
		}
	} else {
		last = t.stack[len(t.stack)-1].LastChild
	}
	if last != nil && last.Type == html.TextNode {
		last.Data += s
		return
	}
	t.add(&html.Node{Type: html.TextNode, Data: s})
}

func (t *treeSink) writeText(b []byte) { t.writeString(string(b)) }

// tree writes d into a treeSink and returns its top-level nodes.
func tree(d *htmlDoc) ([]*html.Node, error) {
	var t treeSink
	d.write(&t)
	if t.err == nil && len(t.stack) > 0 {
		t.err = fmt.Errorf("%d elements left open", len(t.stack))
	}
	return t.top, t.err
}

// markedHTMLProblem checks the HTML of a page extracted with KeepMarkup
// against the tree it was written from, and the HTML of its blocks' text
// alone, and the HTML with every block kept.
func markedHTMLProblem(raw []byte, opts Options) error {
	s, res, ok := extractMarked(raw, opts)
	if !ok {
		return nil
	}
	out := res.HTML()
	check := func(name string, d *htmlDoc) error {
		if d == nil {
			return fmt.Errorf("%s: no markup recorded with KeepMarkup", name)
		}
		nodes, err := tree(d)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		if err := htmlProblem(d.String(), nodes); err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		return nil
	}
	if again := markupDoc(s, res, opts.URL).String(); again != out {
		return fmt.Errorf("a second rendering differs:\n%s\n---\n%s", out, again)
	}
	if err := check("with markup", markupDoc(s, res, opts.URL)); err != nil {
		return err
	}
	if err := check("from text", &htmlDoc{title: res.Title, blocks: res.Blocks}); err != nil {
		return err
	}
	// The same with every block kept, so that whatever markup the input
	// has reaches the renderer, not only what the classifier keeps.
	all := *res
	all.Blocks = append([]boilerplate.Block(nil), res.Blocks...)
	for i := range all.Blocks {
		all.Blocks[i].Keep()
	}
	return check("every block kept", markupDoc(s, &all, opts.URL))
}

// FuzzHTML checks that whatever the page, Result.HTML parses back to the
// tree it was written from and holds nothing outside the allow-list.
func FuzzHTML(f *testing.F) {
	f.Add([]byte(newsPage), "https://fuzz.example/a/b")
	for _, v := range xssVectors {
		f.Add([]byte(xssPage(v.html, true)), "https://fuzz.example/a/b")
		f.Add([]byte(xssPage(v.html, false)), "")
	}
	f.Add([]byte("<p>a<b>b<i>c</b>d</i>e<a href=x>f<a href=y>g</a></p><p><em><em><em><em><em>deep"), "")
	f.Add([]byte("<figure><img src=a.png><figcaption>cap</figcaption></figure><p>text<br><br></p>"), "http://h/")
	f.Add([]byte("<table><caption>c</caption><tr><th>a<td>b<tr><td>c</table><dl><dt>t<dd>d</dl>"), "")
	f.Add([]byte("<pre>\n\nlead\r\nlines\x00</pre><p>\x00nul\rcr</p>"), "")
	f.Add([]byte(`<h2>Head <a href="#h">top</a><a href="#h">¶</a></h2><p>a<span hidden>Sold <b>out</span> b<span class="sr-only">label</p>`), "")
	f.Fuzz(func(t *testing.T, raw []byte, pageURL string) {
		if err := markedHTMLProblem(raw, Options{URL: pageURL, KeepMarkup: true}); err != nil {
			t.Fatal(err)
		}
	})
}
