package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestHasVersion(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"2.4.0 2024-05-02", true},
		{"[1.10.100] - 2024-05-02", true},
		{"Version 3.2.1", true},
		{"12.3.2024", false},
		{"03.05.24", false},
		{"2.4.10 2024-05-02", false},
		{"2024-05-02", false},
		{"1.5 million", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := hasVersion(tt.text); got != tt.want {
			t.Errorf("hasVersion(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A release's heading over kept text is kept; a bare date heading (a
// blog's day header), a release line in a list (a version picker) and a
// release heading over dropped text keep their verdicts.
func TestKeepReleaseHeadings(t *testing.T) {
	h, li, p := boilerplate.KindHeading, boilerplate.KindListItem, boilerplate.KindParagraph
	date, short := boilerplate.ReasonDateline, boilerplate.ReasonTooShort
	change := bodyBlock(p, 0, "Added recurring tasks with custom intervals.", 0, "")
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		kept   bool // whether the first block ends kept
	}{
		{"a release heading", []boilerplate.Block{bodyBlock(h, 0, "2.4.0 2024-05-02", 0, date), change}, true},
		{"a day header", []boilerplate.Block{bodyBlock(h, 0, "Saturday, July 13, 2024", 0, date), change}, false},
		{"a version picker", []boilerplate.Block{bodyBlock(li, 0, "2.4.0 2024-05-02", 0, date), change}, false},
		{"over dropped text", []boilerplate.Block{bodyBlock(h, 0, "2.4.0 2024-05-02", 0, date),
			bodyBlock(p, 0, "Fixes", 0, short)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keepReleaseHeadings(tt.blocks)
			if tt.blocks[0].Kept != tt.kept {
				t.Errorf("%q kept %v, want %v", tt.blocks[0].Text, tt.blocks[0].Kept, tt.kept)
			}
		})
	}
}

// A changelog page keeps its release headings with their changes.
func TestReleaseHeadingsKept(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>Changelog | Tasker</title></head>
<body><header><a href="/">Tasker</a><nav><a href="/docs">Docs</a> <a href="/blog">Blog</a></nav></header>
<main><h1>Changelog</h1>
<h2>2.4.0 <small>2024-05-02</small></h2>
<ul><li>Added recurring tasks with custom intervals.</li><li>Fixed a crash when a project name was empty.</li></ul>
<h2>[2.3.1] - 2024-04-11</h2>
<ul><li>Fixed sync of due dates across time zones.</li></ul>
<h2>2.3.0 <small>2024-03-20</small></h2>
<ul><li>New dark theme.</li><li>Faster search on large projects.</li><li>Export to CSV.</li></ul>
</main><footer>&copy; 2024 Tasker Inc.</footer></body></html>`
	res, err := FromBytes([]byte(page), Options{URL: "https://tasker.example/changelog"})
	if err != nil {
		t.Fatal(err)
	}
	checkHolds(t, res.Text, []string{"2.4.0 2024-05-02", "[2.3.1] - 2024-04-11", "2.3.0 2024-03-20",
		"Added recurring tasks", "Export to CSV."}, []string{"© 2024 Tasker Inc."})
}
