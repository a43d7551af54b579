package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/golden"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.html")

// readerPage is the synthetic page of the extract package's HTML goldens.
func readerPage(t testing.TB) []byte {
	raw, err := os.ReadFile(filepath.Join("..", "..", "extract", "testdata", "html", "reader.html"))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// reportProblem parses a report and checks it against the results it was
// written from: one section per page, each block shown once in order with
// its decision and reason, the counts and the legend right, and nothing
// that runs script or loads anything.
func reportProblem(t testing.TB, out []byte, results ...*extract.Result) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var sections []*html.Node
	walk(doc, func(n *html.Node) {
		switch {
		case n.DataAtom == atom.Script || n.DataAtom == atom.Iframe || n.DataAtom == atom.Img || n.DataAtom == atom.Link:
			t.Errorf("report has a <%s> element", n.Data)
		case n.DataAtom == atom.Section:
			sections = append(sections, n)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "href" {
				t.Errorf("report has attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
			}
			if a.Key == "style" && !strings.HasPrefix(a.Val, "--c: hsl(") {
				t.Errorf("style %q", a.Val)
			}
		}
	})
	if bytes.Contains(out, []byte("url(")) || bytes.Contains(out, []byte("@import")) {
		t.Errorf("report refers to an external resource")
	}
	if len(sections) != len(results) {
		t.Fatalf("%d sections for %d pages", len(sections), len(results))
	}
	for i, res := range results {
		var blocks []*html.Node
		counts := map[string]string{}
		legend := map[string]string{}
		walk(sections[i], func(n *html.Node) {
			switch class := attr(n, "class"); {
			case strings.HasPrefix(class, "block "):
				blocks = append(blocks, n)
			case class == "count-kept" || class == "count-dropped":
				counts[class] = text(n)
			case class == "legend-reason":
				legend[attr(n, "data-reason")] = text(n.LastChild)
			}
		})
		kept, dropped := 0, 0
		reasons := map[string]int{}
		for _, b := range res.Blocks {
			if b.Kept {
				kept++
			} else {
				dropped++
				reasons[string(b.Reason)]++
			}
		}
		if counts["count-kept"] != itoa(kept) || counts["count-dropped"] != itoa(dropped) {
			t.Errorf("page %d shows %v, want %d kept and %d dropped", i, counts, kept, dropped)
		}
		if len(legend) != len(reasons) {
			t.Errorf("legend %v, want %v", legend, reasons)
		}
		for r, n := range reasons {
			if legend[r] != itoa(n) {
				t.Errorf("legend shows %q for %s, want %d", legend[r], r, n)
			}
		}
		if len(blocks) != len(res.Blocks) {
			t.Fatalf("page %d shows %d blocks, has %d", i, len(blocks), len(res.Blocks))
		}
		for j, n := range blocks {
			b := res.Blocks[j]
			want := "block dropped"
			if b.Kept {
				want = "block kept"
			}
			if attr(n, "class") != want || attr(n, "data-reason") != string(b.Reason) {
				t.Errorf("block %d shown as %q %q, is kept=%v reason %q", j, attr(n, "class"), attr(n, "data-reason"), b.Kept, b.Reason)
			}
			// html/template writes NUL as U+FFFD, which parsers would drop.
			if got := text(n.LastChild); got != strings.ReplaceAll(b.Text, "\x00", "\uFFFD") {
				t.Errorf("block %d shows %q, want %q", j, got, b.Text)
			}
		}
	}
}

func TestWrite(t *testing.T) {
	res, err := extract.FromBytes(readerPage(t), extract.Options{URL: "https://ledger.example/features/2025/orchards"})
	if err != nil {
		t.Fatal(err)
	}
	hostile, err := extract.FromBytes([]byte(`<title>A &lt;script&gt; title</title><p>Text with <b>markup</b> &lt;script&gt;alert(1)&lt;/script&gt; and "quotes" that is long enough to be kept as the main text of the page.</p><p>`+"</style><script>alert(2)</script>"+`</p>`), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, "winnow explain", Page{Source: "reader.html", Result: res}, Page{Source: "hostile\"<x>.html", Result: hostile}); err != nil {
		t.Fatal(err)
	}
	reportProblem(t, buf.Bytes(), res, hostile)
	out := buf.String()
	for _, s := range []string{"<title>winnow explain</title>", `id="hide-dropped"`, "Hide dropped blocks",
		"<dt>URL</dt><dd>https://ledger.example/features/2025/orchards</dd>", "<dt>Site</dt><dd>The Upland Ledger</dd>", "<dt>Page type</dt><dd>article (confidence ",
		"A &lt;script&gt; title"} {
		if !strings.Contains(out, s) {
			t.Errorf("report lacks %q", s)
		}
	}

	// One page, as the golden keeps it.
	buf.Reset()
	if err := Write(&buf, "winnow explain: reader.html", Page{Source: "reader.html", Result: res}); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "reader.golden.html"), buf.String(), *update)
}

func TestWritePageEmpty(t *testing.T) {
	res, err := extract.FromBytes([]byte("<html><head><title>Only a title</title></head><body><script>x()</script></body></html>"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WritePage(&buf, Page{Result: res}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "No blocks") || !strings.Contains(buf.String(), "<h1>Only a title</h1>") {
		t.Errorf("report of a page without blocks:\n%s", buf.String())
	}
	if err := WritePage(&buf, Page{Source: "x"}); err == nil {
		t.Error("no error for a page without a result")
	}
}

// FuzzReport checks the report of any page: it parses and shows every
// block with its decision, and runs and loads nothing.
func FuzzReport(f *testing.F) {
	f.Add(readerPage(f))
	f.Add([]byte(`<p>x</p><p title="</style>">y &lt;/style&gt;<script>z</script> a much longer paragraph of text here.</p>`))
	f.Add([]byte("<li>a<li>b<table><td>c</table>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		res, err := extract.FromBytes(raw, extract.Options{URL: "https://fuzz.example/"})
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := Write(&buf, "fuzz", Page{Source: string(raw[:min(len(raw), 40)]), Result: res}); err != nil {
			t.Fatal(err)
		}
		reportProblem(t, buf.Bytes(), res)
	})
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// text is the text content of n.
func text(n *html.Node) string {
	if n == nil {
		return ""
	}
	var sb strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
		}
	})
	return sb.String()
}

func itoa(n int) string { return strconv.Itoa(n) }
