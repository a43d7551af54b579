package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestQuotedPostsDropped: on a forum, a reply's quote of a post the page
// shows goes (cut, with its author's name before it, in other case); the
// post itself, the reply's own words and a quote of a text the page does
// not show stay. Elsewhere quotes are never compared.
func TestQuotedPostsDropped(t *testing.T) {
	block := func(text string, kind boilerplate.Kind) boilerplate.Block {
		return boilerplate.Block{Text: text, Kind: kind, Features: boilerplate.Features{Words: len(strings.Fields(text))}}
	}
	post := "My router keeps restarting every night after the firmware update, and the logs show nothing at all before it happens."
	blocks := []boilerplate.Block{
		block(post, boilerplate.KindParagraph),
		block("kestrel wrote: my router keeps restarting every night after the firmware update, and the logs show nothing", boilerplate.KindQuote),
		block("Same here. Rolling back to the previous firmware fixed it for me within a day.", boilerplate.KindParagraph),
		block("The vendor's notes say: devices may reboot once while the new radio calibration is written.", boilerplate.KindQuote),
	}
	keep := []bool{true, false, true, true}
	keepSections(blocks, PageForum)
	for i, b := range blocks {
		if b.Kept != keep[i] {
			t.Errorf("%q kept %v (reason %q), want %v", b.Text[:30], b.Kept, b.Reason, keep[i])
		}
	}
	// Posts printed in <blockquote>s: the first copy is the post, a
	// later quote of it goes, a reply of its own stays.
	blocks = []boilerplate.Block{
		block(post, boilerplate.KindQuote),
		block("kestrel wrote: my router keeps restarting every night after the firmware update, and the logs show nothing", boilerplate.KindQuote),
		block("Same here. Rolling back to the previous firmware fixed it for me within a day.", boilerplate.KindQuote),
	}
	keep = []bool{true, false, true}
	keepSections(blocks, PageForum)
	for i, b := range blocks {
		if b.Kept != keep[i] {
			t.Errorf("posts in quotes: %q kept %v (reason %q), want %v", b.Text[:30], b.Kept, b.Reason, keep[i])
		}
	}
	blocks = []boilerplate.Block{block(post, boilerplate.KindParagraph), block(post, boilerplate.KindQuote)}
	keepSections(blocks, PageDocumentation)
	if !blocks[1].Kept {
		t.Error("a quote was compared with the posts on a documentation page")
	}
}

func TestEachTriple(t *testing.T) {
	var a, b []uint64
	eachTriple("The router, keeps restarting!", func(h uint64) { a = append(a, h) })
	eachTriple("the ROUTER keeps “restarting”", func(h uint64) { b = append(b, h) })
	if len(a) != 2 || len(b) != 2 || a[0] != b[0] || a[1] != b[1] {
		t.Errorf("triples differ: %v %v", a, b)
	}
	var c []uint64
	eachTriple("two words", func(h uint64) { c = append(c, h) })
	if len(c) != 0 {
		t.Errorf("two words gave %d triples", len(c))
	}
}
