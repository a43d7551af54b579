package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/internal/evaluate"
)

func TestP22sOne(t *testing.T) {
	id := os.Getenv("P22ONE")
	if id == "" {
		t.Skip()
	}
	c, _ := evaluate.Load("/work/shared/eval", evaluate.WCXB)
	for i := range c.Pages {
		p := &c.Pages[i]
		if p.ID != id || p.Half() != evaluate.Tune {
			continue
		}
		for _, r := range []PageType{PageArticle, PageProduct, PageCollection} {
			o, _ := FromBytes(p.HTML, Options{URL: p.URL, reading: r})
			w := evaluate.CompareWords(p.Truth, o.Text)
			fmt.Printf("%s P%.2f R%.2f words %d fb=%q\n", r, w.Precision(), w.Recall(), len(strings.Fields(o.Text)), o.Fallback)
			if r == PageProduct {
				for _, b := range o.Blocks {
					if b.Features.Words > 0 {
						fmt.Println("   ", b.Kept, b.Reason, b.Kind, b.Features.Hints.Names(), b.Text[:min(80, len(b.Text))])
					}
				}
			}
		}
	}
}
