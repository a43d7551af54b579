package extract

import (
	"strings"
	"testing"
)

// TestUnlocateKeepsSiblingHints: a short poem's page whose footer holds
// more prose than the poem, and whose post wrapper an unclosed <div><p>
// leaves the footer's sibling. The footer is chosen as the container and
// takes the post in as a sibling; the frame fallback takes the choice
// back. The post must not come back with the footer's hints (it was
// dropped as navigation when unlocate gave every masked block the
// container's hints).
func TestUnlocateKeepsSiblingHints(t *testing.T) {
	page := `<html lang="ru"><head><meta charset="utf-8"><title>Стихи</title></head><body>
<div id="content">
<div class="inner"><p><div class="post"><h2>Осень</h2><p>Листья падают в саду,<br>Я по улице иду,<br>Дождь стучит в моё окно.</p></div>
</div>
<div id="sidebar"><h3>Categories</h3><ul><li><a href="/c/1">Travel and trains</a></li><li><a href="/c/2">Garden diary</a></li><li><a href="/c/3">Books I read</a></li></ul>
<h3>Recent posts</h3><ul><li><a href="/p/9">A week on the northern coast</a></li><li><a href="/p/8">Tomatoes again this year</a></li></ul></div>
<div id="footer">Copyright 2024 Lantern Notes. Built with a static site generator.</div>
</body></html>`
	res, err := FromBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Листья падают в саду", "Дождь стучит в моё окно."} {
		if !strings.Contains(res.Text, w) {
			t.Errorf("lost %q; text %q", w, res.Text)
		}
	}
	if strings.Contains(res.Text, "static site generator") {
		t.Errorf("kept the footer; text %q", res.Text)
	}
}
