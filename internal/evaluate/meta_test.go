package evaluate

import (
	"testing"
	"time"
)

func TestScoreMeta(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.RFC3339, s); return d }
	tests := []struct {
		name  string
		truth MetaTruth
		out   Output
		want  MetaHits
	}{
		{"title normalised", MetaTruth{Title: "Rock &amp; Roll: The Story"}, Output{Title: "rock & roll — the story"}, MetaHits{Title: true}},
		{"title differs", MetaTruth{Title: "The Story"}, Output{Title: "The Story | Site"}, MetaHits{}},
		{"author contained", MetaTruth{Author: "Jane Doe"}, Output{Author: "By Jane Doe, John Roe"}, MetaHits{Author: true}},
		{"author by dropped", MetaTruth{Author: "By Jane Doe"}, Output{Author: "jane doe"}, MetaHits{Author: true}},
		{"author part of a word", MetaTruth{Author: "Ann"}, Output{Author: "Joanna"}, MetaHits{}},
		{"author empty", MetaTruth{Author: "Ann"}, Output{}, MetaHits{}},
		{"instant within a day", MetaTruth{Date: "2016-08-10T11:15:53.000Z"}, Output{Date: day("2016-08-11T08:00:00Z")}, MetaHits{Date: true}},
		{"instant two days off", MetaTruth{Date: "2016-08-10T11:15:53Z"}, Output{Date: day("2016-08-12T12:00:00Z")}, MetaHits{}},
		{"day ±1 in the page's zone", MetaTruth{Date: "2025-09-04"}, Output{Date: day("2025-09-05T23:30:00-07:00")}, MetaHits{Date: true}},
		{"day off by two", MetaTruth{Date: "2025-09-04"}, Output{Date: day("2025-09-06T00:30:00Z")}, MetaHits{}},
		{"no date", MetaTruth{Date: "2025-09-04"}, Output{}, MetaHits{}},
		{"lead found", MetaTruth{First13: "Name a home appliance or product, and there's probably a smart version of"},
			Output{Text: "Headline\n\nName a home appliance or product, and there’s probably a smart version of it."}, MetaHits{Lead: true}},
		{"lead missing", MetaTruth{First13: "one two three four five six seven eight nine ten"}, Output{Text: "three four five six seven eight nine"}, MetaHits{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ScoreMeta(tt.truth, tt.out); got != tt.want {
				t.Errorf("ScoreMeta = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestMetaScoresCountAssertedFieldsOnly(t *testing.T) {
	var s MetaScores
	s.Add(MetaTruth{Title: "a", Date: "2025-01-01"}, MetaHits{Title: true})
	s.Add(MetaTruth{Title: "b"}, MetaHits{})
	if s.Title != (Rate{1, 2}) || s.Date != (Rate{0, 1}) || s.Author.Pages != 0 || s.Title.Value() != 0.5 {
		t.Errorf("MetaScores = %+v", s)
	}
}
