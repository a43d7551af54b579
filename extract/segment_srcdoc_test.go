package extract

import (
	"strings"
	"testing"
)

// What an iframe's srcdoc holds is a document of its own in a frame (an
// ad, an embedded post): it is not read, and the iframe ends where its
// end tag is, so the article after it is read whole (see
// segment_regions.go).
func TestIframeSrcdocNotRead(t *testing.T) {
	page := `<html><head><title>Ferry</title></head><body><article><h1>The late ferry</h1>
<p>The ferry left the harbour an hour late because the wind had turned in the night and the crew waited for the swell to settle.</p>
<iframe title="advert" srcdoc="&lt;p&gt;Win a weekend cruise for two, enter the draw now&lt;/p&gt;&lt;iframe srcdoc=&quot;&amp;lt;p&amp;gt;Nested frame text&amp;lt;/p&amp;gt;&quot;&gt;&lt;/iframe&gt;"></iframe>
<p>By noon the island was in sight, and the passengers who had spent the crossing below came up to watch the cliffs grow out of the haze.</p>
</article></body></html>`
	res, err := FromBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"the crew waited for the swell", "watch the cliffs grow out of the haze"} {
		if !strings.Contains(res.Text, w) {
			t.Errorf("lost %q: %q", w, res.Text)
		}
	}
	for _, n := range []string{"weekend cruise", "Nested frame text"} {
		if strings.Contains(res.Text, n) {
			t.Errorf("read the srcdoc: %q in %q", n, res.Text)
		}
	}
}
