package evaluate

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func testCorpus() *Corpus {
	return &Corpus{Kind: Scrapinghub, Pages: []Page{
		{ID: "good", URL: "https://a.example/1", HTML: []byte("<p>one</p>"),
			Truth: "The first article has a body of plain words."},
		{ID: "bad", URL: "https://b.example/2", HTML: []byte("<p>two</p>"),
			Truth: "The second article body is long enough to shingle.\nA second line holds more of the story."},
		{ID: "panic", URL: "https://c.example/3", HTML: []byte("<p>three</p>"), Truth: "Some text."},
	}}
}

func TestEvaluate(t *testing.T) {
	c := testCorpus()
	ex := func(in []byte, p *Page) (string, error) {
		switch p.ID {
		case "good":
			return p.Truth, nil
		case "bad":
			return "Subscribe to our newsletter for more news today\nThe second article body is long enough to shingle.", nil
		}
		panic("boom")
	}
	r := Evaluate(c, HTMLInputs(c), TextOnly(ex))
	if r.Pages != 3 || r.Errors != 1 || r.FirstErr == nil || !strings.Contains(r.FirstErr.Error(), "panic") {
		t.Fatalf("run = pages %d errors %d first %v", r.Pages, r.Errors, r.FirstErr)
	}
	if r.InputBytes != int64(len("<p>one</p><p>two</p><p>three</p>")) {
		t.Errorf("InputBytes = %d", r.InputBytes)
	}
	if r.PageScores[0].F1 != 1 || !r.PageScores[0].Exact {
		t.Errorf("good page = %+v", r.PageScores[0])
	}
	if r.Outputs[2].Text != "" || r.PageScores[2].Recall != 0 {
		t.Errorf("panicking page should score as empty: %+v", r.PageScores[2])
	}
	if r.MsPerPage() < 0 || r.Accuracy != 1./3 {
		t.Errorf("ms/page %v accuracy %v", r.MsPerPage(), r.Accuracy)
	}

	reps := WorstPages(c, r, 2, 5)
	if len(reps) != 2 || reps[0].ID != "panic" || reps[1].ID != "bad" {
		t.Fatalf("worst pages = %+v", reps)
	}
	bad := reps[1]
	if !slices.Equal(bad.Missing, []string{"A second line holds more of the story."}) {
		t.Errorf("missing = %q", bad.Missing)
	}
	if !slices.Equal(bad.Extra, []string{"Subscribe to our newsletter for more news today"}) {
		t.Errorf("extra = %q", bad.Extra)
	}
}

func TestEvaluateError(t *testing.T) {
	c := testCorpus()
	errFail := errors.New("fail")
	r := Evaluate(c, HTMLInputs(c), TextOnly(func([]byte, *Page) (string, error) { return "ignored", errFail }))
	if r.Errors != 3 || !errors.Is(r.FirstErr, errFail) || r.Outputs[0].Text != "" {
		t.Errorf("errors %d first %v out %q", r.Errors, r.FirstErr, r.Outputs[0].Text)
	}
}

func TestWorstPagesSegments(t *testing.T) {
	c := &Corpus{Kind: Trafilatura, Pages: []Page{
		{ID: "p", With: []string{"kept text", "lost text"}, Without: []string{"Share this", "Login"}},
	}}
	r := Evaluate(c, [][]byte{nil}, TextOnly(func([]byte, *Page) (string, error) { return "kept text\nShare this", nil }))
	reps := WorstPages(c, r, 5, 5)
	if len(reps) != 1 || !slices.Equal(reps[0].Missing, []string{"lost text"}) || !slices.Equal(reps[0].Extra, []string{"Share this"}) {
		t.Errorf("report = %+v", reps)
	}
}

func TestAbsentLinesShort(t *testing.T) {
	got := absentLines("Menu\nThe body text of the page.\nShare", "the body: The body text of the page. Share")
	if !slices.Equal(got, []string{"Menu"}) {
		t.Errorf("absentLines = %q, want [Menu]", got)
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("é", sampleChars+10)
	got := clip([]string{long, "b", "c"}, 2)
	if len(got) != 2 || len([]rune(got[0])) != sampleChars+1 || got[1] != "b" {
		t.Errorf("clip = %q", got)
	}
}

func TestParseKind(t *testing.T) {
	for _, k := range Kinds() {
		if got, err := ParseKind(k.String()); err != nil || got != k {
			t.Errorf("ParseKind(%s) = %v, %v", k, got, err)
		}
	}
	if _, err := ParseKind("nope"); err == nil {
		t.Error("ParseKind(nope) should fail")
	}
}

func TestLoadMissing(t *testing.T) {
	if _, err := Load(t.TempDir(), Scrapinghub); !errors.Is(err, ErrNoCorpus) {
		t.Errorf("Load of an empty folder: %v, want ErrNoCorpus", err)
	}
}
