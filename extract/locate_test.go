package extract

import (
	"strings"
	"testing"
)

// A table layout puts the article and a column of story summaries in one
// container, and the summaries read like prose; the article's own element
// ("article_body") draws the line. The lead between the title and that
// element stays with the article.
func TestLocatePrefersMarkedArticle(t *testing.T) {
	lead := "Protesters filled the main square for a third night on Tuesday, and the police answered with water cannon and tear gas."
	summaries := []string{
		"The House of Representatives voted on Tuesday to recognise the genocide, in a resolution passed by a wide margin.",
		"A French actor of Armenian descent died on Thursday at the age of 96, his family told the newspaper.",
		"Archaeologists have found relics of an ancient kingdom in a mountain village, the ministry said in a statement.",
	}
	var side strings.Builder
	for _, s := range summaries {
		side.WriteString(`<tr><td><a href="/story">A story elsewhere</a></td></tr><tr><td><div>` + s + `</div></td></tr>`)
	}
	var body strings.Builder
	for _, end := range []string{"", " Again.", " Once more.", " Still.", " And again.", " Yet again.", " Later.", " At last."} {
		body.WriteString(`<p>` + textPara1 + end + `</p><p>` + textPara2 + end + `</p>`)
	}
	page := `<html><head><title>Protests go on</title></head><body><table><tr><td>` +
		`<div><h1>Protests go on</h1><div><div><a href="/s">Share</a> <a href="/t">Tweet</a> <a href="/e">Email</a>` +
		` <a href="/p">Print</a> <a href="/w">WhatsApp</a> <a href="/r">Reddit</a></div><p>` + lead + `</p>` +
		`<div>By <a href="/a">Jane Doe</a> | <a href="/c">5 comments</a> | <a href="/topic">World news</a></div></div>` +
		`<div class="article_body">` + body.String() + `</div></div>` +
		`<div><div>Top stories</div><table>` + side.String() + `</table></div></td></tr></table></body></html>`
	res, err := FromBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range summaries {
		if strings.Contains(res.Text, s) {
			t.Errorf("kept a summary of another story: %q", s)
		}
	}
	if !strings.Contains(res.Text, lead) {
		t.Errorf("lost the lead:\n%s", res.Text)
	}
	if !strings.Contains(res.Text, textPara2) {
		t.Errorf("lost the article:\n%s", res.Text)
	}
}
