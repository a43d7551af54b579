package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropCutPreviews: a preview cut mid-sentence (or on an ellipsis)
// that the full text repeats a few blocks on goes; the full text stays.
// A whole sentence that a longer paragraph opens with, a short name that
// a longer name opens with, and a preview whose full text is far away
// stay.
func TestDropCutPreviews(t *testing.T) {
	full := "The starter needs a warm spot and regular feeding, and after a week of patience the dough rises well in a cold kitchen too, as long as you wait."
	cutAt := func(words int) string { return strings.Join(strings.Fields(full)[:words], " ") }
	tests := []struct {
		name   string
		blocks []string
		want   []bool // kept after the pass
	}{
		{"cut mid-sentence over a control", []string{cutAt(18), "Continue Reading", full}, []bool{false, true, true}},
		{"cut on an ellipsis", []string{cutAt(18) + "…", full}, []bool{false, true}},
		{"cut on three dots", []string{cutAt(16) + " ...", full}, []bool{false, true}},
		{"whole sentence", []string{"The starter needs a warm spot and regular feeding, and after a week of patience it rises well.",
			"The starter needs a warm spot and regular feeding, and after a week of patience it rises well. Then shape the loaf."}, []bool{true, true}},
		{"short name", []string{"Flex arm with clamp", "Flex arm with clamp and grommet mount"}, []bool{true, true}},
		{"too far", []string{cutAt(18), "a", "b", "c", "d", "e", "f", "g", "h", full}, []bool{true, true, true, true, true, true, true, true, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]boilerplate.Block, len(tt.blocks))
			for i, s := range tt.blocks {
				blocks[i] = boilerplate.Block{Kind: boilerplate.KindParagraph, Text: s, Kept: true}
				blocks[i].Features.Words = len(strings.Fields(s))
			}
			dropCutPreviews(blocks)
			for i := range blocks {
				if blocks[i].Kept != tt.want[i] {
					t.Errorf("block %d %q kept %v, want %v", i, tt.blocks[i], blocks[i].Kept, tt.want[i])
				}
			}
		})
	}
}

// TestCutPreviewPage: an answers page prints each long answer cut over a
// "Continue Reading" control and then whole; the text holds each answer
// once.
func TestCutPreviewPage(t *testing.T) {
	answers := []string{
		"Feed the starter twice a day with equal weights of flour and water, and keep it somewhere warm. A cold starter is slow, and a slow starter makes a flat loaf however long you knead the dough.",
		"Most flat loaves I have seen came from shaping too early. Wait until the dough has grown by half and feels airy, then shape it gently and give it a cold night in the fridge before baking.",
		"Check the flour as well. A weak flour with little protein cannot hold the gas the starter makes, so the loaf spreads instead of rising, whatever else you do right.",
	}
	var b strings.Builder
	b.WriteString(`<html><head><title>Why is my sourdough flat?</title></head><body><main><h1>Why is my sourdough flat?</h1>`)
	for i, a := range answers {
		cut := strings.Join(strings.Fields(a)[:20], " ")
		b.WriteString(`<div class="answer"><div class="author"><a href="/profile/` + string(rune('a'+i)) + `">Baker ` + string(rune('A'+i)) + `</a></div>` +
			`<div class="preview"><p>` + cut + `</p><span role="button">Continue Reading</span></div><div class="full"><p>` + a + `</p></div></div>`)
	}
	b.WriteString(`</main></body></html>`)
	res, err := FromBytes([]byte(b.String()), Options{URL: "https://answers.example/Why-is-my-sourdough-flat"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range answers {
		cut := strings.Join(strings.Fields(a)[:20], " ")
		if n := strings.Count(res.Text, cut); n != 1 {
			t.Errorf("text holds %q %d times, want once:\n%s", cut, n, res.Text)
		}
	}
}
