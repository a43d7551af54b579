package boilerplate

import (
	"strings"
	"testing"
)

// Text modelled on news pages: a description printed three times, a photo
// caption printed twice with the credit glued to its first word.
const (
	descr1  = "The alliance's secretary general said on Tuesday that there were no signs of a pullback on the ground amid tensions at the border, during a press briefing in the capital."
	descr2  = "\"There are signals that diplomacy should continue. This gives grounds for cautious optimism,\" he said."
	caption = "The secretary general gestures as he speaks during a joint press conference after their bilateral meeting at the headquarters on January 10, 2022."
	body    = "Officials have repeatedly denied claims that troops are being gathered near the border with the intention of launching an attack."
	// question is an interviewer's question, put to each guest.
	question = "What was the hardest part of the job for you?"
	// long is a paragraph of over a hundred words.
	long = descr1 + " " + body + " " + caption + " " + descr2
)

func blocksOf(kinds []Kind, texts []string) []Block {
	bs := make([]Block, len(texts))
	for i, t := range texts {
		bs[i] = Block{Kind: kinds[i%len(kinds)], Text: t, Kept: true}
	}
	return bs
}

func reasons(bs []Block) []Reason {
	r := make([]Reason, len(bs))
	for i := range bs {
		r[i] = bs[i].Reason
	}
	return r
}

func TestMarkRepeatsInPage(t *testing.T) {
	const R = ReasonRepeatedInPage
	P, L, H, LI, TD, C := KindParagraph, KindLine, KindHeading, KindListItem, KindTableCell, KindCode
	tests := []struct {
		name  string
		kinds []Kind
		texts []string
		want  []Reason
	}{
		{"description printed three times", []Kind{P},
			[]string{"Description", descr1, descr2, body, "Description", descr1, descr2, "Description", descr1, descr2},
			[]Reason{"", "", "", "", "", R, R, "", R, R}},
		{"caption with the credit glued on, then clean", []Kind{P},
			[]string{"© JANE DOE" + caption, caption, body},
			[]Reason{"", R, ""}},
		{"clean caption, then with a prefix", []Kind{P},
			[]string{body, caption, "Photo: " + caption},
			[]Reason{"", "", R}},
		{"one word changed", []Kind{P},
			[]string{descr1, body, strings.Replace(body, "repeatedly", "consistently", 1)},
			[]Reason{"", "", R}},
		{"dates and counters differ", []Kind{P},
			[]string{caption, strings.Replace(caption, "January 10, 2022", "February 3, 2023", 1)},
			[]Reason{"", R}},
		{"title line with a time glued on, then clean", []Kind{L},
			[]string{"Minister: no sign of a pullback on the ground following the announcement - Spokesman05:21", body,
				"Minister: no sign of a pullback on the ground following the announcement - Spokesman", body},
			[]Reason{"", "", R, R}},
		{"distinct paragraphs on one topic", []Kind{P},
			[]string{descr1, descr2, body, caption},
			[]Reason{"", "", "", ""}},
		{"short paragraph repeated", []Kind{P},
			[]string{"Pool for subscribers only", "Mandatory credit: the agency", body, "Pool for subscribers only", "Share", "Mandatory credit: the agency"},
			[]Reason{"", "", "", R, "", R}},
		{"an isolated short copy is content: the same question to each guest", []Kind{P},
			[]string{question, body, question, descr1, question, caption},
			[]Reason{"", "", "", "", "", ""}},
		{"a full paragraph printed again apart is left to DropRepeatedParagraphs", []Kind{P},
			[]string{descr1, body, caption, descr1, "Read more", descr2, "Read more"},
			[]Reason{"", "", "", "", "", "", ""}},
		{"a long paragraph with a clause of its own is not a copy", []Kind{P},
			[]string{question, long, long + " Talks resume next week."},
			[]Reason{"", "", ""}},
		{"a long paragraph with words of its own inside is not a copy", []Kind{P},
			[]string{question, long, strings.Replace(long, "on Tuesday", "on rainy cold Tuesday", 1)},
			[]Reason{"", "", ""}},
		{"a long paragraph with words changed here and there is a copy", []Kind{P},
			[]string{question, long, "Update: " + strings.Replace(long, "Tuesday", "Monday", 1)},
			[]Reason{"", "", R}},
		{"one-word blocks are left to other rules", []Kind{P},
			[]string{"Share", body, "Share"},
			[]Reason{"", "", ""}},
		{"numbered headings differ", []Kind{H},
			[]string{"Step 1", "Step 2", "Step 2 ", "Step 3"},
			[]Reason{"", "", R, ""}},
		{"short table cells repeat legitimately", []Kind{TD},
			[]string{"Yes, always", "No, never", "Yes, always", "No, never"},
			[]Reason{"", "", "", ""}},
		{"short list items repeat legitimately", []Kind{LI},
			[]string{"2 cups of flour", "1 cup of sugar", "2 cups of flour"},
			[]Reason{"", "", ""}},
		{"long list items: exact copies only", []Kind{LI},
			[]string{strings.Replace(body, "repeatedly", "consistently", 1), body, body},
			[]Reason{"", "", R}},
		{"code repeats legitimately", []Kind{C},
			[]string{"for i := 0; i < n; i++ { sum += values[i] }", "for i := 0; i < n; i++ { sum += values[i] }"},
			[]Reason{"", ""}},
		{"a longer paragraph containing an earlier one is kept", []Kind{P},
			[]string{descr2, descr2 + " " + body + " " + descr1},
			[]Reason{"", ""}},
		{"a sentence quoted from an earlier paragraph is a copy", []Kind{P},
			[]string{descr1 + " " + body, body},
			[]Reason{"", R}},
		{"Cyrillic, case and punctuation differ", []Kind{P},
			[]string{"Подписывайтесь на наш канал, чтобы первыми узнавать главные новости дня.",
				"ПОДПИСЫВАЙТЕСЬ НА НАШ КАНАЛ — чтобы первыми узнавать главные новости дня!"},
			[]Reason{"", R}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRepeatReasons(t, tt.kinds, tt.texts, tt.want) })
	}
}

// TestMarkRepeatsKeepsEarlierReasons checks that a block dropped before
// MarkRepeats (hidden markup) never serves as the original of a copy, and
// keeps its own reason.
func TestMarkRepeatsKeepsEarlierReasons(t *testing.T) {
	bs := blocksOf([]Kind{KindParagraph}, []string{body, body})
	bs[0].Drop(ReasonHidden)
	MarkRepeats(bs, nil, "")
	if bs[0].Reason != ReasonHidden || bs[1].Dropped() {
		t.Fatalf("reasons %v, want [hidden, kept]", reasons(bs))
	}
}

// TestMarkRepeatsMarkupContext: a hidden block is no one's original, and
// a teaser in a sidebar does not make the article's own paragraph a copy.
func TestMarkRepeatsMarkupContext(t *testing.T) {
	tests := []struct {
		name         string
		first, later Hint
		want         Reason
	}{
		{"both in the article", HintArticle, HintArticle, ReasonRepeatedInPage},
		{"hidden original", HintHidden, HintArticle, ""},
		{"teaser in a sidebar, then the article", HintAside, HintArticle, ""},
		{"teaser in a menu, then unmarked text", HintNav, 0, ""},
		{"two sidebars", HintAside, HintFooter, ReasonRepeatedInPage},
		{"article, then a sidebar copy", HintArticle, HintAside, ReasonRepeatedInPage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := blocksOf([]Kind{KindParagraph}, []string{descr1, caption, descr1, caption})
			bs[0].Features.Hints, bs[1].Features.Hints = tt.first, tt.first
			bs[2].Features.Hints, bs[3].Features.Hints = tt.later, tt.later
			MarkRepeats(bs, nil, "")
			if bs[2].Reason != tt.want || bs[3].Reason != tt.want {
				t.Errorf("reasons %v, want the copies %q", reasons(bs), tt.want)
			}
		})
	}
}

// Copies that stand in the same element as their originals are the
// repeated entries of a structured text (each day of a meal plan, each
// retailer of a deals post); a page that prints its text twice prints it
// in another element.
func TestMarkRepeatsSiblingCopies(t *testing.T) {
	tests := []struct {
		name                    string
		firstParent, lastParent int
		want                    Reason
	}{
		{"same element", 7, 7, ""},
		{"another element", 7, 9, ReasonRepeatedInPage},
		{"no element known (text)", -1, -1, ReasonRepeatedInPage},
		{"the document root", 0, 0, ReasonRepeatedInPage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := blocksOf([]Kind{KindParagraph}, []string{descr1, caption, descr1, caption})
			for i := range bs {
				bs[i].Features.ContainerID = tt.firstParent
				if i >= 2 {
					bs[i].Features.ContainerID = tt.lastParent
				}
			}
			MarkRepeats(bs, nil, "")
			if bs[2].Reason != tt.want || bs[3].Reason != tt.want {
				t.Errorf("reasons %v, want the copies %q", reasons(bs), tt.want)
			}
		})
	}
	t.Run("same element, right after the original", func(t *testing.T) {
		bs := blocksOf([]Kind{KindParagraph}, []string{caption, descr1, descr1})
		for i := range bs {
			bs[i].Features.ContainerID = 7
		}
		MarkRepeats(bs, nil, "")
		if bs[2].Reason != ReasonRepeatedInPage {
			t.Errorf("reasons %v, want the copy dropped", reasons(bs))
		}
	})
}

func TestMarkRepeatsNoAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops values under the race detector")
	}
	page := benchPage(7, false)
	page = append(page, page[3], page[4])
	work := make([]Block, len(page))
	MarkRepeats(work, nil, "") // fill the pool
	if n := testing.AllocsPerRun(50, func() {
		copy(work, page)
		MarkRepeats(work, nil, "")
	}); n > 0.1 {
		t.Errorf("%v allocations per page, want 0", n)
	}
	if work[len(work)-1].Reason != ReasonRepeatedInPage {
		t.Errorf("copied block kept")
	}
}

func FuzzMarkRepeats(f *testing.F) {
	f.Add("Description\n"+descr1+"\n"+descr1, "https://example.com/a")
	f.Add("Yes\nNo\nYes", "")
	f.Add("\xff\xfe\x00\n北约秘书长\n北约秘书长", "//[::1]:80/x")
	// d and d2 see the same pages, d2 by ShingleBlocks, so they learn the
	// same templates, until the tight memory bound makes one evict a host:
	// eviction samples hosts at random, so from then on the two may hold
	// different hosts. Both start afresh after any eviction, and the
	// verdicts of that page are not compared.
	newPair := func() (*Detector, *Detector) {
		return NewDetector(WithMaxMemory(1 << 16)), NewDetector(WithMaxMemory(1 << 16))
	}
	d, d2 := newPair()
	f.Fuzz(func(t *testing.T, page, url string) {
		lines := strings.Split(page, "\n")
		kinds := []Kind{KindParagraph, KindListItem, KindHeading, KindCode}
		bs := blocksOf(kinds, lines)
		MarkRepeats(bs, d, url)
		early := blocksOf(kinds, lines)
		ShingleBlocks(early).MarkRepeats(early, d2, url)
		evicted := d.hostEvicts.Load()+d2.hostEvicts.Load() > 0
		if evicted {
			d, d2 = newPair()
		}
		for i := range early {
			var want Features
			CountText(early[i].Text, &want)
			if early[i].Features != want || !evicted && early[i].Reason != bs[i].Reason {
				t.Fatalf("block %d (%q): ShingleBlocks %+v %q, want %+v %q", i, early[i].Text, early[i].Features,
					early[i].Reason, want, bs[i].Reason)
			}
		}
		for i := range bs {
			if bs[i].Dropped() && bs[i].Kept {
				t.Fatalf("block %d dropped but kept", i)
			}
		}
		if bs[0].Reason == ReasonRepeatedInPage {
			t.Fatalf("the first block cannot repeat an earlier one")
		}
		// The text variant marks the same repeats and measures each
		// block as CountText does.
		text := blocksOf([]Kind{KindLine}, lines)
		again := blocksOf([]Kind{KindLine}, lines)
		MarkRepeats(again, nil, "")
		MarkRepeatsText(text, nil, "")
		for i := range text {
			var want Features
			CountText(text[i].Text, &want)
			if text[i].Features != want || text[i].Reason != again[i].Reason {
				t.Fatalf("block %d (%q): MarkRepeatsText %+v %q, want %+v %q", i, text[i].Text, text[i].Features,
					text[i].Reason, want, again[i].Reason)
			}
		}
		// After classification (here: every block left kept), the
		// later copies of a full paragraph go, never the first.
		DropRepeatedParagraphs(text)
		seen := map[string]bool{}
		for i := range text {
			b := &text[i]
			if b.Dropped() == b.Kept {
				t.Fatalf("block %d: Kept=%v with reason %q", i, b.Kept, b.Reason)
			}
			if b.Reason == ReasonRepeatedInPage && again[i].Reason == "" && !seen[b.Text] {
				t.Fatalf("block %d (%q) dropped as a repeat of no block before it", i, b.Text)
			}
			if again[i].Reason == "" {
				seen[b.Text] = true
			}
		}
	})
}

// checkRepeatReasons marks the repeats among blocks of kinds and texts and
// checks each block's reason against want, and that a block is kept
// exactly when it has no reason.
func checkRepeatReasons(t *testing.T, kinds []Kind, texts []string, want []Reason) {
	t.Helper()
	bs := blocksOf(kinds, texts)
	MarkRepeats(bs, nil, "")
	got := reasons(bs)
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("block %d %.40q: reason %q, want %q", i, texts[i], got[i], want[i])
		}
		if bs[i].Dropped() == bs[i].Kept {
			t.Errorf("block %d: Kept=%v with reason %q", i, bs[i].Kept, bs[i].Reason)
		}
	}
}
