package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestIsMarquee(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"a phrase printed again and again", strings.Repeat("Book a call * ", 20), true},
		{"the last copy cut short", strings.Repeat("Free shipping on every order — ", 6) + "Free ship", true},
		{"a phrase of letters outside ASCII", strings.Repeat("Jetzt anfragen · Größe wählen · ", 6), true},
		{"a phrase printed four times", strings.Repeat("Book a call * ", 4), false},
		{"prose", "The team took over our payroll within a week, and the payslips have not been wrong once since the move to the new provider.", false},
		{"prose that repeats its opening words", "We help you plan. We help you build. We help you grow. We help you sell. We help you hire. We help you rest.", false},
		{"a phrase longer than a marquee's", strings.Repeat("Our consultants take the monthly payroll run off your hands, from the first hire to the filings. ", 6), false},
		{"empty", "", false},
		{"one letter", strings.Repeat("a", 40), true},
	} {
		if got := isMarquee(c.text); got != c.want {
			t.Errorf("%s: isMarquee(%q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestDropMarquees: a ticker's block goes, prose and code that repeat
// themselves stay.
func TestDropMarquees(t *testing.T) {
	block := func(kind boilerplate.Kind, text string) boilerplate.Block {
		return boilerplate.Block{Kind: kind, Text: text, Features: boilerplate.Features{Words: len(strings.Fields(text))}}
	}
	blocks := []boilerplate.Block{
		block(boilerplate.KindParagraph, strings.Repeat("Let's talk * ", 30)),
		block(boilerplate.KindParagraph, "Our studio designs packaging for cosmetics brands, from the first sketch to the printed box on the shelf."),
		block(boilerplate.KindCode, strings.Repeat("x = x + 1\n", 20)),
		block(boilerplate.KindParagraph, strings.Repeat("Sale * ", 3)),
	}
	dropMarquees(blocks)
	if blocks[0].Reason != boilerplate.ReasonRepeatedInPage {
		t.Errorf("ticker kept: %q", blocks[0].Reason)
	}
	for _, b := range blocks[1:] {
		if b.Dropped() {
			t.Errorf("%q dropped as %q", b.Text, b.Reason)
		}
	}
}
