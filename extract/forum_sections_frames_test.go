package extract

import (
	"strings"
	"testing"
)

// TestThreadReadBySections: a thread under an address that names no
// forum is taken for an article; when the article reading falls back to
// the page's sections, the posts stay and the frame each post prints
// (the signature, the member's card) goes as it does on the article
// reading: the fallback does not bring it back.
func TestThreadReadBySections(t *testing.T) {
	for _, e := range realEngines {
		if e.name != "Invision 4" {
			continue
		}
		t.Run(e.name, func(t *testing.T) {
			res, err := FromBytes([]byte(realEnginePage(e)), Options{URL: "https://bakers.example/sourdough"})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("page type %s, fallback %q", res.PageType, res.Fallback)
			if !strings.Contains(res.Text, threadPosts[0].body) {
				t.Fatalf("lost the first post:\n%s", res.Text)
			}
			assertThread(t, res, threadPosts, []string{signature})
		})
	}
}
