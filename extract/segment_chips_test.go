package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestSpaceChips: on a documentation page or a listing, inline elements
// (spans, links, bold) set side by side with no white space between them
// are parted when both hold a word of two bytes or more; a drop cap,
// one-letter spans between spans of noise, punctuation, listings and the
// scripts written without spaces are left as they are.
func TestSpaceChips(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"parameter row", `<div><span>amount</span><span>integer</span><span>required</span></div>`, "amount integer required"},
		{"nested", `<div><span><span>limit</span></span><span>int</span></div>`, "limit int"},
		{"spaced already", `<div><span>amount</span> <span>integer</span></div>`, "amount integer"},
		{"text between", `<div><span>amount</span>:<span>integer</span></div>`, "amount:integer"},
		{"punctuation", `<div><span>call</span><span>()</span></div>`, "call()"},
		{"drop cap", `<div><span>T</span><span>he river rose.</span></div>`, "The river rose."},
		{"one-letter spans", `<div><span>S</span><span>9f2e0c</span><span>p</span><span>41ab77</span></div>`, "S9f2e0cp41ab77"},
		{"links", `<div><a href="/a"><span>deals</span></a><a href="/b"><span>outlet</span></a></div>`, "deals outlet"},
		{"listing", `<pre><span>func</span><span>main</span></pre>`, "funcmain"},
		{"no spaces in the script", `<div><span>日本</span><span>語の本</span></div>`, "日本語の本"},
		{"other inline elements", `<div><b>amount</b><i>integer</i></div>`, "amount integer"},
		{"across blocks", `<div><span>ab</span></div><div><span>cd</span></div>`, "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpacedChips(t, "en", tt.body, tt.want, true) })
	}
}

// TestSpaceCasedChips: on every page, two inline elements set side by
// side with no white space between them are parted where their words
// change case as two words do (a small letter, a digit or closing
// punctuation, or an acronym, before a capitalised word): a card's
// brand and product name, a film's year and rating (one capital letter
// of its own, as a size is), a tag row. One
// word styled in parts stays one word: a brand's inner capital after a
// single letter, a name's second half after plain text, a drop cap, a
// German noun, the scripts written without spaces, words that do not
// change case (those only documentation pages part, see
// TestSpaceChips).
func TestSpaceCasedChips(t *testing.T) {
	tests := []struct {
		name, lang, body, want string
	}{
		{"feature tiles", "en", `<div><span>AI agents</span><span>Automate tasks</span><span>Reports</span></div>`, "AI agents Automate tasks Reports"},
		{"brand and name", "en", `<div><a href="/p/1"><span>HOKA</span><span>Clifton 9</span></a></div>`, "HOKA Clifton 9"},
		{"acronym before a word", "en", `<div><span>RPG</span><span>Fantasy</span><span>PvP</span><span>Sandbox</span></div>`, "RPG Fantasy PvP Sandbox"},
		{"year and genre", "en", `<div><span>2026</span><span>Drama</span></div>`, "2026 Drama"},
		{"running time and a one-letter rating", "en", `<div><span>1h 54m</span><span>R</span></div>`, "1h 54m R"},
		{"colour and a one-letter size", "en", `<div><span>Blue</span><span>M</span></div>`, "Blue M"},
		{"one small letter after a chip", "en", `<div><span>Blue</span><span>m</span></div>`, "Bluem"},
		{"one capital after plain text", "en", `<p>Plan <span>B</span></p>`, "Plan B"},
		{"tag links", "en", `<div><a href="/t/go">golang</a><a href="/t/web">Web</a></div>`, "golang Web"},
		{"price and label", "en", `<div><b>€24.99</b><span>Sale</span></div>`, "€24.99 Sale"},
		{"text after a chip", "en", `<div><span class="brand">Nike</span>Air Max 90</div>`, "Nike Air Max 90"},
		{"word after a chip", "en", `<p><em>Java</em>script runs here</p>`, "Javascript runs here"},
		{"brand inner capital", "en", `<div><span>i</span><span>Phone</span> case</div>`, "iPhone case"},
		{"name in two parts", "en", `<p>Mc<span>Donald</span> said</p>`, "McDonald said"},
		{"drop cap", "en", `<p><span class="dropcap">T</span>he river rose.</p>`, "The river rose."},
		{"styled first letters", "en", `<h2><span>W</span>ord<span>P</span>ress</h2>`, "WordPress"},
		{"bold first letter", "en", `<p><b>W</b>ords</p>`, "Words"},
		{"lower case parts", "en", `<div><span>foot</span><span>ball</span></div>`, "football"},
		{"capitals parts", "en", `<div><span>NA</span><span>SA</span></div>`, "NASA"},
		{"German noun", "de", `<div><span>Haus</span><span>tür</span><span>schlüssel</span></div>`, "Haustürschlüssel"},
		{"German cards", "de", `<div><span>Neuheiten</span><span>Übersicht</span></div>`, "Neuheiten Übersicht"},
		{"French card", "fr", `<div><span>Livraison gratuite</span><span>Épuisé</span></div>`, "Livraison gratuite Épuisé"},
		{"Russian card", "ru", `<div><span>новинка</span><span>Скидка</span></div>`, "новинка Скидка"},
		{"Japanese", "ja", `<div><span>新着</span><span>セール</span><span>Tokyo</span></div>`, "新着セールTokyo"},
		{"Chinese", "zh", `<div><span>价格</span><span>Apple</span></div>`, "价格Apple"},
		{"listing", "en", `<pre><span>foo</span><span>Bar</span></pre>`, "fooBar"},
		{"reference names", "en", `<div><span>plover.</span><span>Pool</span><span>std::</span><span>Vec</span></div>`, "plover.Poolstd::Vec"},
		{"text between", "en", `<div><span>amount</span>: <span>Integer</span></div>`, "amount: Integer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpacedChips(t, tt.lang, tt.body, tt.want, false) })
	}
}

// TestCasedChipsInText: the cased breaks reach the text of a page that
// is not documentation, an article here.
func TestCasedChipsInText(t *testing.T) {
	para := `<p>The team shipped a new release this week, and the notes below say what changed for the people who run it every day at work.</p>`
	page := `<!doctype html><html lang="en"><head><title>Release notes</title></head><body><main><article><h1>Release notes</h1>` +
		para + `<p class="features"><span>2026</span><span>AI agents</span><span>Automate tasks</span></p>` + para +
		`</article></main></body></html>`
	r, err := FromBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "2026 AI agents Automate tasks"; !strings.Contains(r.Text, want) {
		t.Errorf("text %q lacks %q", r.Text, want)
	}
}

// checkSpacedChips segments body on a page in lang, parts its chips as
// a documentation page (docs) or any other page does, and checks the
// first block's text and that its word count follows the new text.
func checkSpacedChips(t *testing.T, lang, body, want string, docs bool) {
	t.Helper()
	page := `<!doctype html><html lang="` + lang + `"><head><title>Page</title></head><body>` + body + `</body></html>`
	s := segmentHTML([]byte(page), "", Limits{}.withDefaults(), nil, false)
	s.setTexts()
	spaceChips(s, docs, false)
	if len(s.blocks) == 0 {
		t.Fatal("no blocks")
	}
	b := s.blocks[0]
	if b.Text != want {
		t.Errorf("text = %q, want %q", b.Text, want)
	}
	var f boilerplate.Features
	boilerplate.CountText([]byte(b.Text), &f)
	if b.Features.Words != f.Words {
		t.Errorf("words = %d, want %d", b.Features.Words, f.Words)
	}
}
