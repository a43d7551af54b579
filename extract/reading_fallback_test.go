package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/lang"
	"golang.org/x/text/language"
)

// reading is one block of a page read twice: by the page type's reading
// (typed) and by the article reading (article).
type reading struct {
	text           string
	hints          boilerplate.Hint
	linked         int
	typed, article bool
	dropped        boilerplate.Reason // why the type's reading dropped it; low density when ""
	typedHints     boilerplate.Hint   // hints only the type's reading has
}

// readings builds the type's reading of rows, with English stopwords
// counted, and the article reading's verdicts.
func readings(rows []reading) ([]boilerplate.Block, []verdict) {
	var typed, art []boilerplate.Block
	sw := lang.Stopwords(language.English)
	for _, r := range rows {
		b := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: r.text}
		boilerplate.CountText(r.text, &b.Features)
		b.Features.Stopwords = sw.Count(r.text)
		b.Features.Hints, b.Features.LinkWords = r.hints, r.linked
		t, a := b, b
		t.Kept, a.Kept = r.typed, r.article
		t.Features.Hints |= r.typedHints
		if !r.typed {
			t.Reason = boilerplate.ReasonLowDensity
			if r.dropped != "" {
				t.Reason = r.dropped
			}
		}
		if !r.article {
			a.Reason = boilerplate.ReasonOutsideMain
		}
		typed, art = append(typed, t), append(art, a)
	}
	return typed, saveVerdicts(art)
}

func TestStarvedReading(t *testing.T) {
	const (
		story1 = "The river rose by two metres in the night, and by morning the old bridge at the end of the village was under water."
		story2 = "Farmers on the east bank moved their animals to the hills, where the school had opened its hall to the families who had to leave."
		story3 = "The council says that the new dam, which was finished in the spring, kept the water away from the town centre for most of the day."
		desc1  = "This jacket is made from recycled nylon with a light fill that keeps you warm on cold mornings and packs into its own pocket."
		desc2  = "The hem and the cuffs are elastic, so the wind stays out, and the two zipped hand pockets are lined with a soft brushed fabric."
		signup = "Sign up to our newsletter and be the first to hear about our offers, events and stories, and get ten percent off your first order."
		terms  = "By subscribing you agree to receive our emails and accept that we process your data as our privacy policy describes in detail."
	)
	tests := []struct {
		name     string
		rows     []reading
		pageWide boilerplate.Hint
		want     bool
	}{
		{"product reading missed the description", []reading{
			{text: "Down Jacket", typed: true},
			{text: "$120.00", typed: true},
			{text: desc1, article: true},
			{text: desc2, article: true},
		}, 0, true},
		{"forum judgement on an article page", []reading{
			{text: "Posted by Ann Lee on 3 May", typed: true, article: true},
			{text: story1, article: true},
			{text: story2, article: true},
			{text: story3, article: true},
		}, 0, true},
		{"listing judgement on a one-post blog", []reading{
			{text: "Floods in the valley", linked: 4, typed: true},
			{text: "Older posts", linked: 2, typed: true},
			{text: story1, article: true},
			{text: story2, article: true},
		}, 0, true},
		{"the product's reading dropped the reviews", []reading{
			{text: "Blue Mug", typed: true},
			{text: "$18.00", typed: true},
			{text: story1, typedHints: boilerplate.HintComment, article: true, dropped: boilerplate.ReasonComments},
			{text: story2, typedHints: boilerplate.HintComment, article: true, dropped: boilerplate.ReasonComments},
		}, 0, false},
		{"the reviews lie outside the product's section", []reading{
			{text: "Blue Mug", typed: true},
			{text: story1, typedHints: boilerplate.HintComment, article: true, dropped: boilerplate.ReasonOutsideMain},
			{text: story2, typedHints: boilerplate.HintComment, article: true, dropped: boilerplate.ReasonOutsideMain},
		}, 0, false},
		{"the listing's reading took another region", []reading{
			{text: "Latest stories", typed: true},
			{text: story1, article: true, dropped: boilerplate.ReasonOutsideMain},
			{text: story2, article: true, dropped: boilerplate.ReasonOutsideMain},
		}, 0, true},
		{"the type's reading dropped captions", []reading{
			{text: "Blue Mug", typed: true},
			{text: story1, article: true, dropped: boilerplate.ReasonCaption},
			{text: story2, article: true, dropped: boilerplate.ReasonCaption},
		}, 0, false},
		{"the container lies under an element named comments", []reading{
			{text: "Rankings", typed: true},
			{text: story1, typedHints: boilerplate.HintComment, article: true, dropped: boilerplate.ReasonComments},
			{text: story2, typedHints: boilerplate.HintComment, article: true, dropped: boilerplate.ReasonComments},
		}, boilerplate.HintComment, true},
		{"the article reading holds only a newsletter form", []reading{
			{text: signup, hints: boilerplate.HintForm, article: true},
			{text: terms, hints: boilerplate.HintForm, article: true},
		}, 0, false},
		{"the article reading's container is a footer", []reading{
			{text: signup, article: true},
			{text: terms, article: true},
		}, boilerplate.HintFooter, false},
		{"the article reading holds a consent banner", []reading{
			{text: "We use cookies.", typed: true},
			{text: terms, hints: boilerplate.HintConsent, article: true},
			{text: signup, hints: boilerplate.HintConsent, article: true},
		}, 0, false},
		{"the article reading holds links", []reading{
			{text: story1, linked: 20, article: true},
			{text: story2, linked: 20, article: true},
		}, 0, false},
		{"the article reading holds a list of names", []reading{
			{text: "Ann Lee, Bob Smith, Carl Jones, Dana White, Eve Brown, Finn Black, Gus Green, Hal Grey, Ida Stone", article: true},
			{text: "Jan Cole, Kim Ford, Lou Hart, Max Reed, Ned Shaw, Oli Webb, Pat Wood, Quin Ward, Ray Hill", article: true},
		}, 0, false},
		{"the type's reading kept enough", []reading{
			{text: story1 + " " + story2, typed: true},
			{text: story3, typed: true},
			{text: desc1, article: true},
			{text: desc2, article: true},
		}, 0, false},
		{"the article reading kept as little", []reading{
			{text: "Down Jacket, $120.00, in stock and ready to ship today.", typed: true},
			{text: "Two colours, five sizes, free returns within thirty days.", typed: true},
			{text: desc1, article: true},
		}, 0, false},
		{"the two readings kept the same prose", []reading{
			{text: story1, typed: true, article: true},
			{text: story2, typed: true, article: true},
		}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			typed, article := readings(tt.rows)
			mask := make([]bool, len(article))
			for i := range mask {
				mask[i] = article[i].kept
			}
			if got := starvedReading(typed, article, mask, tt.pageWide, true); got != tt.want {
				t.Errorf("starvedReading = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestDegradeReading: a page whose type's reading dropped everything
// takes back the article reading's verdicts when they hold prose, and
// keeps the type's reading when the article reading held a sign-up form.
func TestDegradeReading(t *testing.T) {
	story := `<article><h1>Floods in the valley</h1><p>` + articleParagraphs[0] + `</p><p>` + articleParagraphs[1] +
		`</p><p>` + articleParagraphs[2] + `</p></article>`
	signup := `<div class="teasers"><a href="/a">One</a> <a href="/b">Two</a></div><footer><form><h2>Newsletter</h2><label>Your email address</label>` +
		`<p>Sign up to our newsletter and be the first to hear about our offers, events and stories, and get ten percent off your first order.</p>` +
		`<p>Every week we send one email with new arrivals, repair guides and the stories of the people who make our clothes, and nothing else.</p>` +
		`<p>By subscribing you agree to receive our emails and accept that we process your data as our privacy policy describes in detail.</p></form></footer>`
	sw := lang.Stopwords(language.English)
	for _, tt := range []struct {
		name, body string
		want       bool
	}{
		{"an article taken for a listing", story, true},
		{"a listing whose container was the footer's sign-up form", signup, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := segmentedPage(t, `<html lang="en"><body>`+tt.body+`</body></html>`)
			for i := range s.blocks {
				s.blocks[i].Features.Stopwords = sw.Count(s.blocks[i].Text)
			}
			mask, pageWide, _ := extractArticle(s, boilerplate.ClassifyOptions{HasStopwords: true}, boilerplate.Balanced)
			articleWords := keptWords(s.blocks)
			article := saveVerdicts(s.blocks)
			if articleWords < readingProseWords {
				t.Fatalf("the article reading kept %d words; the case needs more", articleWords)
			}
			// A type's reading that took another region of the page.
			s.unlocate(s.blocks, mask, pageWide)
			for i := range s.blocks {
				s.blocks[i].Drop(boilerplate.ReasonOutsideMain)
			}
			if got := degradeReading(s, article, mask, pageWide, true); got != tt.want {
				t.Fatalf("degradeReading = %v, want %v", got, tt.want)
			}
			if kept := keptWords(s.blocks); tt.want && kept < articleWords || !tt.want && kept != 0 {
				t.Errorf("kept %d words after degradeReading, the article reading kept %d", kept, articleWords)
			}
		})
	}
}
