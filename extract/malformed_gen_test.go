package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// genCase is one generated page: a template and the corruptions applied
// to it, in order.
type genCase struct {
	page genPage
	with []corruption
}

// name names the case by its template and corruptions.
func (c genCase) name() string {
	names := []string{c.page.name}
	for _, k := range c.with {
		names = append(names, k.name)
	}
	return strings.Join(names, " + ")
}

// build returns the page as served and the page a browser reads (the
// same but for re-encodings, which a browser undoes).
func (c genCase) build() (served, read string) {
	g := c.page.clone()
	for _, k := range c.with {
		if k.parts != nil {
			k.parts(&g)
		}
	}
	served = g.render()
	read = served
	for _, k := range c.with {
		if k.bytes == nil {
			continue
		}
		served = k.bytes(served)
		if !k.encodes {
			read = k.bytes(read)
		}
	}
	return served, read
}

// generatedCases returns the article templates under no corruption, each
// corruption and each pair of corruptions, and the short posts under no
// corruption and each corruption. pairs is false under -short.
func generatedCases(pairs bool) []genCase {
	ks := corruptions()
	var cases []genCase
	add := func(pages []genPage, pairs bool) {
		for _, p := range pages {
			cases = append(cases, genCase{page: p})
			for i, a := range ks {
				cases = append(cases, genCase{page: p, with: []corruption{a}})
				if !pairs {
					continue
				}
				for _, b := range ks[i+1:] {
					cases = append(cases, genCase{page: p, with: []corruption{a, b}})
				}
			}
		}
	}
	add(articleTemplates(), pairs)
	add(shortPosts(), false)
	var plain []genPage
	for _, p := range shortPosts() {
		plain = append(plain, plainPost(p))
	}
	add(plain, false)
	return cases
}

// knownGaps are the generated cases that fail today, each with why. A gap
// that closes fails the test too, so that the list stays true.
var knownGaps = map[string]string{}

// TestGeneratedMalformed extracts every generated case and checks what a
// browser's reader view would give: no panic, every paragraph of the post
// that the browser shows is in Result.Text (a paragraph that a corruption
// hides, in an unclosed comment or script or cut off, is not asked for),
// and, where the chrome's markup survives, none of the chrome's phrases.
// Failures (but for knownGaps) are counted by corruption, so that one log
// shows which ways of breaking a page the extractor does not survive.
func TestGeneratedMalformed(t *testing.T) {
	cases := generatedCases(!testing.Short())
	failed := map[string]int{}
	total := map[string]int{}
	nfail := 0
	for _, c := range cases {
		problems := checkGenerated(c)
		key := c.page.name
		if len(c.with) > 0 {
			key = c.with[0].name
		}
		keys := []string{key}
		if len(c.with) > 1 {
			keys = append(keys, c.with[1].name)
		}
		for _, k := range keys {
			total[k]++
		}
		gap, known := knownGaps[c.name()]
		if known {
			if len(problems) == 0 {
				t.Errorf("%s: passes now (known gap: %s); take it off knownGaps", c.name(), gap)
			}
			problems = nil
		}
		if len(problems) == 0 {
			continue
		}
		for _, k := range keys {
			failed[k]++
		}
		nfail++
		if len(c.with) < 2 || nfail <= 40 {
			t.Errorf("%s: %s", c.name(), strings.Join(problems, "; "))
		}
	}
	if nfail > 0 {
		var names []string
		for k := range failed {
			names = append(names, k)
		}
		sort.Strings(names)
		var b strings.Builder
		for _, k := range names {
			fmt.Fprintf(&b, "%4d / %4d  %s\n", failed[k], total[k], k)
		}
		t.Errorf("%d of %d generated cases failed; by corruption (cases with it):\n%s", nfail, len(cases), b.String())
	}
}

// checkGenerated extracts c and returns what is wrong with the result.
func checkGenerated(c genCase) (problems []string) {
	served, read := c.build()
	defer func() {
		if r := recover(); r != nil {
			problems = append(problems, fmt.Sprintf("panic: %v", r))
		}
	}()
	res, err := FromBytes([]byte(served), Options{})
	if err != nil {
		return []string{err.Error()}
	}
	shown := string(shownLetters(nil, parseShown(read)))
	got := string(appendLetters(nil, res.Text))
	for _, p := range c.page.paraText {
		want := string(appendLetters(nil, p))
		if strings.Contains(shown, want) && !strings.Contains(got, want) {
			problems = append(problems, fmt.Sprintf("lost %.40q", p))
		}
	}
	for _, k := range c.with {
		if !k.keepsChrome {
			return problems
		}
	}
	for _, ph := range c.page.chrome {
		if slices.Contains(c.page.tolerated, ph) {
			continue
		}
		if strings.Contains(shown, string(appendLetters(nil, ph))) && strings.Contains(res.Text, ph) {
			problems = append(problems, fmt.Sprintf("kept chrome %q", ph))
		}
	}
	return problems
}

// parseShown parses page as a browser that runs no scripts does, so that
// a <noscript> holds elements.
func parseShown(page string) *html.Node {
	doc, err := html.ParseWithOptions(strings.NewReader(page), html.ParseOptionEnableScripting(false))
	if err != nil {
		return &html.Node{Type: html.DocumentNode}
	}
	return doc
}

// shownLetters appends to dst the letters and digits of the text under n
// that a browser shows: as visibleLetters, but with <noscript> shown (a
// page that puts its article there is read without scripts) and the raw
// text of <iframe>, <noembed> and <noframes> hidden.
func shownLetters(dst []rune, n *html.Node) []rune {
	switch n.Type {
	case html.TextNode:
		return appendLetters(dst, n.Data)
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Noscript:
		case atom.Iframe, atom.Noembed, atom.Noframes:
			return dst
		default:
			if invisibleElement(n) {
				return dst
			}
		}
	case html.DocumentNode:
	default:
		return dst
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		dst = shownLetters(dst, c)
	}
	return dst
}
