package extract_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/winnowtext/winnow/extract"
)

// TestRecycledMemoryLeaksNothing extracts the golden pages, then extracts
// them again in every order from several goroutines at once: the working
// memory that one extraction hands back to the next (the segmenter's
// buffers) must not change any result, nor any result change after the
// next page reuses that memory.
func TestRecycledMemoryLeaksNothing(t *testing.T) {
	dir := filepath.Join("..", "testdata", "pages")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var pages [][]byte
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, raw)
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	checkRecycled(t, names, pages)
}

// checkRecycled extracts pages, then extracts them again in every order
// from several goroutines at once, and reports a page whose result
// differs from its first, or whose first result changed since.
func checkRecycled(t *testing.T, names []string, pages [][]byte) {
	t.Helper()
	encode := func(r *extract.Result) string {
		j, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return string(j)
	}
	results := make([]*extract.Result, len(pages))
	want := make([]string, len(pages))
	for i, raw := range pages {
		res, err := extract.FromBytes(raw, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		results[i], want[i] = res, encode(res)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(pages))
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 * len(pages) {
				i := (w + k*(w+1)) % len(pages)
				res, err := extract.FromBytes(pages[i], extract.Options{})
				if err != nil || encode(res) != want[i] {
					errs <- names[i]
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		t.Errorf("%s: a later extraction differs from the first", name)
	}
	for i, res := range results {
		if encode(res) != want[i] {
			t.Errorf("%s: the first result changed after later extractions", names[i])
		}
	}
}

// TestRecycledJSONLD is TestRecycledMemoryLeaksNothing for pages whose
// metadata is JSON-LD of every shape the collector reads, decoded in the
// memory the last page's scripts were: graphs joined by @id (a few, and
// more than a walker searches one by one), recipes, questions, products,
// and a script larger than the memory kept for the next page.
func TestRecycledJSONLD(t *testing.T) {
	page := func(i int, scripts ...string) []byte {
		b := fmt.Appendf(nil, "<html><head><title>Page %d | Site</title>", i)
		for _, s := range scripts {
			b = fmt.Appendf(b, `<script type="application/ld+json">%s</script>`, s)
		}
		return fmt.Appendf(b, "</head><body><article><h1>Heading %d</h1><p>The council met on Monday evening to hear the plans for the new bridge over the river, page %d.</p><p>Residents asked when the work would start and how long the road would stay closed.</p></article></body></html>", i, i)
	}
	manyIDs := func(n int) string {
		var b strings.Builder
		b.WriteString(`{"@graph":[{"@type":"NewsArticle","headline":"Many","author":{"@id":"#p7"},"publisher":{"@id":"#p3"}}`)
		for i := range n {
			fmt.Fprintf(&b, `,{"@type":"Person","@id":"#p%d","name":"Person %d"}`, i, i)
		}
		b.WriteString("]}")
		return b.String()
	}
	big := func(n int) string {
		var b strings.Builder
		b.WriteString(`{"@type":"Article","headline":"Big","keywords":[`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `"tag %d"`, i)
		}
		b.WriteString(`],"author":{"@type":"Person","name":"Bea Big"}}`)
		return b.String()
	}
	pages := [][]byte{
		page(0, `{"@type":"NewsArticle","headline":"First","author":{"@id":"#a"},"datePublished":"2021-03-04","image":[{"url":"/a.jpg"}]}`,
			`{"@id":"#a","@type":"Person","name":"Ann Author"}`),
		page(1, `{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"Organization","@id":"#o","name":"Org"},{"@type":"WebPage","publisher":{"@id":"#o"},"keywords":["k1","k2"],"inLanguage":"en"}]}`),
		page(2, `[{"@type":"Recipe","name":"Soup","recipeIngredient":["2 cups water","1 tsp salt","3 carrots"]},{"@type":"Question","name":"Why soup?","acceptedAnswer":{"text":"Warm."}}]`),
		page(3, `{"@type":"Product","name":"Lamp","description":"A shiny lamp.","offers":{"price":10}}`, `{"@type":"BlogPosting","headline":"Blog","datePublished":"2022-02-03"}`),
		page(4, manyIDs(80)),
		page(5, big(6000)),
		page(6, `{"@type":"Article","headline":"Broken","author":{"name":"Cut`),
		page(7),
	}
	names := make([]string, len(pages))
	for i := range pages {
		names[i] = fmt.Sprintf("page %d", i)
	}
	checkRecycled(t, names, pages)
}
