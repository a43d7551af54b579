package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
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
					errs <- entries[i].Name()
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
			t.Errorf("%s: the first result changed after later extractions", entries[i].Name())
		}
	}
}
