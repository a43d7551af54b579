package extract

import (
	"bytes"
	"errors"
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
	s = segmentHTML(page, lim, nil, true)
	return s, finish(s, opts), true
}

// markedHTMLProblem checks the HTML of a page extracted with KeepMarkup,
// and the HTML of its blocks' text alone.
func markedHTMLProblem(raw []byte, opts Options) error {
	s, res, ok := extractMarked(raw, opts)
	if !ok {
		return nil
	}
	out := res.HTML()
	d := markupDoc(s, res, opts.URL)
	if d == nil {
		return errors.New("no markup recorded with KeepMarkup")
	}
	nodes := d.build()
	if again := renderNodes(nodes, 0); again != out {
		return fmt.Errorf("a second rendering differs:\n%s\n---\n%s", out, again)
	}
	if err := htmlProblem(out, nodes); err != nil {
		return fmt.Errorf("with markup: %v", err)
	}
	plain := (&htmlDoc{title: res.Title, blocks: res.Blocks}).build()
	if err := htmlProblem(renderNodes(plain, 0), plain); err != nil {
		return fmt.Errorf("from text: %v", err)
	}
	// The same with every block kept, so that whatever markup the input
	// has reaches the renderer, not only what the classifier keeps.
	all := *res
	all.Blocks = append([]boilerplate.Block(nil), res.Blocks...)
	for i := range all.Blocks {
		all.Blocks[i].Kept, all.Blocks[i].Reason = true, boilerplate.ReasonNone
	}
	nodes = markupDoc(s, &all, opts.URL).build()
	if err := htmlProblem(renderNodes(nodes, 0), nodes); err != nil {
		return fmt.Errorf("every block kept: %v", err)
	}
	return nil
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
	f.Fuzz(func(t *testing.T, raw []byte, pageURL string) {
		if err := markedHTMLProblem(raw, Options{URL: pageURL, KeepMarkup: true}); err != nil {
			t.Fatal(err)
		}
	})
}
