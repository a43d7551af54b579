package evaluate

import (
	"fmt"
	"testing"
)

func TestHalfOfIsStableAndBalanced(t *testing.T) {
	// Fixed values: a page must never move between halves, on any machine.
	fixed := map[string]Half{"0001": HalfOf("0001"), "arstechnica.com": HalfOf("arstechnica.com")}
	for k, h := range fixed {
		for range 3 {
			if HalfOf(k) != h {
				t.Fatalf("HalfOf(%q) changed", k)
			}
		}
	}
	// Keys that differ in their last character only (as corpus ids do)
	// must still fall into both halves about evenly.
	var n [2]int
	for i := range 2000 {
		n[HalfOf(fmt.Sprintf("%04d", i))]++
	}
	if n[Tune] < 900 || n[Check] < 900 {
		t.Errorf("halves of 2000 sequential keys: %v", n)
	}
}

func TestSelect(t *testing.T) {
	c := &Corpus{Kind: WCXB}
	for i := range 50 {
		c.Pages = append(c.Pages, Page{ID: fmt.Sprint(i)})
	}
	tune, check := c.Select(TuneHalf), c.Select(CheckHalf)
	if len(tune.Pages)+len(check.Pages) != 50 || len(tune.Pages) == 0 || len(check.Pages) == 0 {
		t.Fatalf("tune %d check %d", len(tune.Pages), len(check.Pages))
	}
	for _, p := range tune.Pages {
		if p.Half() != Tune {
			t.Errorf("%s in the tune split is a %v page", p.ID, p.Half())
		}
	}
	if c.Select(All) != c {
		t.Error("Select(All) should return the corpus itself")
	}
}

func TestParseSplit(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Split
		ok   bool
	}{{"all", All, true}, {"tune", TuneHalf, true}, {"check", CheckHalf, true}, {"half", 0, false}} {
		got, err := ParseSplit(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseSplit(%q) = %v, %v", tt.in, got, err)
		}
	}
}

func TestStarved(t *testing.T) {
	c := &Corpus{Kind: WCXB, Pages: []Page{
		{ID: "empty", Truth: "one two three four five six seven eight nine ten"},
		{ID: "both", Truth: "one two three four five six seven eight nine ten"},
		{ID: "fine", Truth: "one two"},
	}}
	mine := Evaluate(c, HTMLInputs(c), TextOnly(func(_ []byte, p *Page) (string, error) {
		if p.ID == "fine" {
			return p.Truth, nil
		}
		return "", nil
	}))
	peer := Evaluate(c, HTMLInputs(c), TextOnly(func(_ []byte, p *Page) (string, error) {
		if p.ID == "both" {
			return "one", nil
		}
		return p.Truth, nil
	}))
	if got := Starved(c, mine, peer); len(got) != 1 || got[0] != 0 {
		t.Errorf("Starved = %v, want [0]", got)
	}
	seg := &Corpus{Kind: Trafilatura, Pages: []Page{{ID: "s", With: []string{"a", "b"}}}}
	none := Evaluate(seg, HTMLInputs(seg), TextOnly(func([]byte, *Page) (string, error) { return "", nil }))
	all := Evaluate(seg, HTMLInputs(seg), TextOnly(func([]byte, *Page) (string, error) { return "a b", nil }))
	if got := Starved(seg, none, all); len(got) != 1 {
		t.Errorf("Starved on segments = %v, want [0]", got)
	}
}

func TestConfidenceBands(t *testing.T) {
	c := &Corpus{Kind: WCXB, Pages: []Page{{ID: "a", Truth: "x y"}, {ID: "b", Truth: "x y"}, {ID: "c", Truth: "x y"}}}
	conf := map[string]float64{"a": 0.9, "b": 0.2, "c": 0.85}
	text := map[string]string{"a": "x y", "b": "z", "c": "x"}
	r := Evaluate(c, HTMLInputs(c), func(_ []byte, p *Page) (Output, error) {
		return Output{Text: text[p.ID], Confidence: conf[p.ID]}, nil
	})
	b := ConfidenceBands(c, r, nil)
	if b[0].Pages != 1 || b[0].MeanF1 != 0 || b[1].Pages != 0 || b[2].Pages != 2 || !near(b[2].MeanF1, (1+2./3)/2) {
		t.Errorf("bands = %+v", b)
	}
}
