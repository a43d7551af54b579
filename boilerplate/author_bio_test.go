package boilerplate

import "testing"

func TestDropAuthorBio(t *testing.T) {
	prose := "The council voted on Tuesday to extend the program for another year, officials said."
	tests := []struct {
		name, author, site, url string
		last                    string
		drop                    bool
	}{
		{"bio sentence", "Jane Doe", "", "", "Jane Doe is a reporter covering energy and climate for the paper.", true},
		{"contact line", "Jane Doe, Example News", "", "", "Email Jane Doe at jdoe@example.com or follow her on Twitter.", true},
		{"one of two authors", "Jane Doe and John Roe", "", "", "John Roe is a data reporter based in Chicago.", true},
		{"first name alone", "Jane Doe", "", "", "Jane holds a degree in economics and lives in Ohio with two cats.", true},
		{"last name alone", "Jane Doe", "", "", "Doe, CFP, lives in Ohio with two cats.", true},
		{"byline with a handle", "Jane Doe (JDoeNews)", "", "", "Jane Doe lives in Ohio with two cats.", true},
		{"team byline", "The Example Team", "", "", "The council will meet again in March to review the budget.", false},
		{"first name that is a word", "Mark Stone", "", "", "Mark the date: the fair opens on June 3, so mark your calendar.", false},
		{"name late in a sentence", "Jane Doe", "", "", "This article builds on joint research by our team and by Jane Doe.", false},
		{"organisation byline", "Reuters", "", "", "Reuters is a news agency based in London.", false},
		{"site's own name", "Example Times", "Example Times", "", "Comments were closed by Example Times on Monday.", false},
		{"host's name", "NOW Example", "", "https://www.nowexample.com/a", "NOW Example is not responsible for comments.", false},
		{"staff note without a byline", "", "", "", "Jane Doe is a reporter covering energy.", true},
		{"staff note with a handle", "", "", "", "Jane Doe (@janedoe) is an Ideas contributor at Example.", true},
		{"staff note in German", "", "", "", "Max Muster ist freier Autor und Journalist.", true},
		{"a person who is no journalist", "", "", "", "Jane Doe is a nurse who lives in Ohio.", false},
		{"a role far from the copula", "", "", "", "Jane Doe is the mother of three and a former city council member and reporter.", false},
		{"no name before the copula", "", "", "", "The mayor is a former reporter for the local paper.", false},
		{"no copula", "", "", "", "Jane Doe, a reporter for the paper, said the vote was close.", false},
		{"long paragraph", "Jane Doe", "", "", "Jane Doe " + repeatWords("word", 90), false},
		{"contributor line", "Jane Doe", "", "", "Example News' John Roe contributed to this report.", true},
		{"contributors from a city", "", "", "", "John Roe contributed reporting from Hong Kong.", true},
		{"wire contributors", "", "", "", "Associated Press writers John Roe and Max Muster contributed to this report.", true},
		{"wire reporting and editing line", "", "", "", "(Reporting by John Roe; Editing by Max Muster)", false},
		{"contribution in prose", "", "", "", "the city said the grant contributed to this report on schools, which is due in May. It will be public.", false},
		{"contribution in a longer passage", "", "", "", "The city said the grant contributed to this report on schools. It is due in May. It will be public.", false},
		{"publisher's note by host", "", "", "https://www.examplecorp.com/news/1", "ExampleCorp is a global provider of clinical workflow solutions.", true},
		{"publisher's note by site name", "", "Example Times", "", "Example Times ist eine unabhängige Tageszeitung aus Berlin.", true},
		{"site named in prose", "", "Example Times", "", "Example Times reporters visited the plant on Monday.", false},
		{"site named later", "", "", "https://examplecorp.com/", "Analysts say ExampleCorp is a likely buyer.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []Block{{Text: prose, Kept: true}, {Text: tt.last, Kept: true}}
			for i := range blocks {
				CountText(blocks[i].Text, &blocks[i].Features)
			}
			DropAuthorBio(blocks, tt.author, tt.site, tt.url)
			if !blocks[0].Kept {
				t.Error("dropped the article's paragraph")
			}
			if got := !blocks[1].Kept; got != tt.drop {
				t.Errorf("dropped = %v, want %v", got, tt.drop)
			}
			if tt.drop && blocks[1].Reason != ReasonAuthorBio {
				t.Errorf("Reason = %q, want %q", blocks[1].Reason, ReasonAuthorBio)
			}
		})
	}
}

func TestDropAuthorBioOnlyInTail(t *testing.T) {
	blocks := []Block{{Text: "Jane Doe is a reporter who opened the story.", Kept: true}}
	for i := 0; i < bioTail; i++ {
		blocks = append(blocks, Block{Text: "A paragraph of the article that follows.", Kept: true})
	}
	DropAuthorBio(blocks, "Jane Doe", "", "")
	if !blocks[0].Kept {
		t.Error("dropped a block that is not among the last kept ones")
	}
	// A contributor line is a credit under a story, not the story's
	// opening line.
	lone := []Block{{Text: "John Roe contributed reporting from Paris.", Kept: true}}
	CountText(lone[0].Text, &lone[0].Features)
	DropAuthorBio(lone, "", "", "")
	if !lone[0].Kept {
		t.Error("dropped a contributor line that opens the page")
	}
}

func repeatWords(w string, n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += " " + w
	}
	return s
}

// The article's opening is no publisher's note, though a dateline naming
// the site's town reads like the site saying what it is; the same line at
// the article's end is one.
func TestDropAuthorBioKeepsOpening(t *testing.T) {
	const line = "RIVERTON — The council voted on Tuesday to extend the park by two hectares."
	const other = "The vote was twelve to five, after three hours of debate."
	tests := []struct {
		name  string
		texts []string
		at    int
		drop  bool
	}{
		{"opening", []string{line, other}, 0, false},
		{"closing", []string{other, line}, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []Block{{Text: "Council backs the park", Reason: ReasonTitle}}
			for _, text := range tt.texts {
				blocks = append(blocks, Block{Text: text, Kept: true})
			}
			for i := range blocks {
				CountText(blocks[i].Text, &blocks[i].Features)
			}
			DropAuthorBio(blocks, "", "", "https://riverton.example/news/park")
			if got := !blocks[1+tt.at].Kept; got != tt.drop {
				t.Errorf("dropped = %v (%q), want %v", got, blocks[1+tt.at].Reason, tt.drop)
			}
		})
	}
}

// A short post may open with its author's first name ("Jane here: ..."):
// the opening is no author's note.
func TestDropAuthorBioNamePartKeepsOpening(t *testing.T) {
	blocks := []Block{
		{Text: "Jane here: the garden club meets again on Sunday at the old mill.", Kept: true},
		{Text: "Bring gloves and a trowel if you have them.", Kept: true},
	}
	for i := range blocks {
		CountText(blocks[i].Text, &blocks[i].Features)
	}
	DropAuthorBio(blocks, "Jane Doe", "", "")
	if !blocks[0].Kept {
		t.Errorf("dropped the opening (%q)", blocks[0].Reason)
	}
}

func TestHasWord(t *testing.T) {
	tests := []struct {
		text, w string
		want    bool
	}{
		{"mark your calendar", "mark", true},
		{"so mark", "mark", true},
		{"marked and remarked", "mark", false},
		{"bookmark it", "mark", false},
		{"", "mark", false},
	}
	for _, tt := range tests {
		if got := hasWord(tt.text, tt.w); got != tt.want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
		}
	}
}

// TestDropAuthorBioKeepsQuotes: a customer's quotation that opens with the
// site's name and a copula ("Example is excellent") closes many service
// pages; it is the customer's word, not the publisher's note, and stays.
// The same words in a paragraph are the publisher's note.
func TestDropAuthorBioKeepsQuotes(t *testing.T) {
	const note = "ExampleCorp is excellent, just excellent. It has the right opinions for fast teams."
	for _, tt := range []struct {
		kind Kind
		drop bool
	}{{KindQuote, false}, {KindParagraph, true}} {
		blocks := []Block{
			{Text: "Plan, build and ship your product with one tool that the whole team uses every day.", Kept: true},
			{Text: note, Kept: true, Kind: tt.kind},
		}
		for i := range blocks {
			CountText(blocks[i].Text, &blocks[i].Features)
		}
		DropAuthorBio(blocks, "", "", "https://examplecorp.com/")
		if got := !blocks[1].Kept; got != tt.drop {
			t.Errorf("kind %v: dropped = %v, want %v", tt.kind, got, tt.drop)
		}
	}
}
