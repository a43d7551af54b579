package extract

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/evaluate"
	"golang.org/x/net/html/atom"
)

// wordSink is the htmlSink that keeps only the text a block's markup
// shows, with a space wherever an element may separate words.
type wordSink struct{ sb strings.Builder }

func (w *wordSink) start(atom.Atom)      {}
func (w *wordSink) link(string)          {}
func (w *wordSink) image(string, string) {}
func (w *wordSink) br()                  { w.sb.WriteByte(' ') }
func (w *wordSink) end(atom.Atom)        {}
func (w *wordSink) writeText(t []byte)   { w.sb.Write(t) }
func (w *wordSink) writeString(s string) { w.sb.WriteString(s) }

// markupWordDiffs extracts raw with KeepMarkup and compares, for every
// kept block, the words of the HTML written for it with the words of its
// text. It returns the number of kept blocks and a description of each
// block whose words differ.
func markupWordDiffs(raw []byte, opts Options) (kept int, diffs []string) {
	opts.KeepMarkup = true
	s, res, ok := extractMarked(raw, opts)
	if !ok {
		return 0, nil
	}
	d := markupDoc(s, res, opts.URL)
	if d == nil {
		return 0, nil
	}
	defer func() {
		if d.buf != nil {
			d.buf.release()
		}
	}()
	for i := range d.blocks {
		b := &d.blocks[i]
		if !b.Kept {
			continue
		}
		kept++
		var w wordSink
		d.blockContent(&w, i)
		text := b.Text
		if got, want := strings.Join(strings.Fields(w.sb.String()), " "), strings.Join(strings.Fields(text), " "); got != want {
			kind := diffKind(got, want)
			if kind == "spacing" && b.Kind == boilerplate.KindCode {
				kind = "lines" // a listing's lines, run together in the markup
			}
			diffs = append(diffs, fmt.Sprintf("%s block %d (%v):\n  html %q\n  text %q", kind, i, b.Kind, got, want))
		}
	}
	return kept, diffs
}

// diffKind names how the words of a block's HTML, got, differ from those
// of its text, want: "spacing" when only the spaces between them do (the
// text path spaces words that elements run together), "ends" when the
// HTML only has more at its start or end (a heading's anchor), "cut" when
// it has words in the middle that the text lacks (text cut out of the
// block and left in its markup), "other" (characters the text path
// normalizes).
func diffKind(got, want string) string {
	switch {
	case strings.ReplaceAll(got, " ", "") == strings.ReplaceAll(want, " ", ""):
		return "spacing"
	case strings.Contains(got, want):
		return "ends"
	case subsequence(strings.Fields(got), strings.Fields(want)):
		return "cut"
	}
	return "other"
}

// subsequence reports whether the words of sub appear in words in order.
func subsequence(words, sub []string) bool {
	i := 0
	for _, w := range words {
		if i < len(sub) && w == sub[i] {
			i++
		}
	}
	return i == len(sub)
}

// TestMarkupWordsSynthetic compares the HTML of every kept block of the
// test pages with its text: they must have the same words, except where
// a listing's lines run together in the markup (logged).
func TestMarkupWordsSynthetic(t *testing.T) {
	var pages []string
	for _, g := range []string{"../testdata/pages/*.html", "testdata/*/*.html", "testdata/*/*/*.html"} {
		m, _ := filepath.Glob(g)
		pages = append(pages, m...)
	}
	blocks, bad := 0, 0
	for _, p := range pages {
		if strings.HasSuffix(p, ".golden.html") {
			continue
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		n, diffs := markupWordDiffs(raw, Options{URL: "https://example.com/a/b"})
		blocks += n
		bad += len(diffs)
		for _, d := range diffs {
			if strings.HasPrefix(d, "lines ") {
				t.Logf("%s: %s", p, d)
			} else {
				t.Errorf("%s: %s", p, d)
			}
		}
	}
	t.Logf("%d pages, %d kept blocks, %d differ", len(pages), blocks, bad)
}

// markupWordsAllowed is how many kept blocks of a corpus may still differ
// by a kind (see diffKind) that the HTML otherwise no longer shows: a
// ratchet, lowered as the differences are fixed. "lines" (a listing's
// lines the markup runs together) and "other" are only logged.
var markupWordsAllowed = map[string]int{
	"mercury/ends":    1,
	"mercury/spacing": 1,
}

// TestMarkupWordsEval runs the same comparison over every page of the
// evaluation corpora, when they are there, and counts the differences of
// each kind. With WINNOW_WORDS_VERBOSE set it names the blocks that
// differ, on tune pages only.
func TestMarkupWordsEval(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	if slowdown > 1 {
		t.Skip("too slow under the race detector")
	}
	loaded := 0
	for _, k := range evaluate.Kinds() {
		c, err := evaluate.Load(evalDir, k)
		if errors.Is(err, evaluate.ErrNoCorpus) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		loaded++
		blocks, bad, badPages := 0, 0, 0
		kinds := map[string]int{}
		for i := range c.Pages {
			p := &c.Pages[i]
			n, diffs := markupWordDiffs(p.HTML, Options{URL: p.URL})
			blocks += n
			bad += len(diffs)
			for _, d := range diffs {
				kinds[d[:strings.IndexByte(d, ' ')]]++
			}
			if len(diffs) > 0 {
				badPages++
				if p.Half() == evaluate.Tune && os.Getenv("WINNOW_WORDS_VERBOSE") != "" {
					for _, d := range diffs {
						t.Logf("%v/%s: %s", k, p.ID, d)
					}
				}
			}
		}
		t.Logf("%v: %d pages, %d differ; %d kept blocks, %d differ %v", k, len(c.Pages), badPages, blocks, bad, kinds)
		for _, kind := range [...]string{"cut", "ends", "spacing"} {
			if n, allowed := kinds[kind], markupWordsAllowed[k.String()+"/"+kind]; n > allowed {
				t.Errorf("%v: %d kept blocks differ by %q in the HTML, at most %d may", k, n, kind, allowed)
			}
		}
	}
	if loaded == 0 {
		t.Skip("no corpus in " + evalDir)
	}
}
