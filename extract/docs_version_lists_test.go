package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropVersionLists: the items of a version picker's menu go, those a
// recogniser left and those it took for datelines alike; a changelog's
// longer entries, a short run, numbered steps and a list in another
// container stay.
func TestDropVersionLists(t *testing.T) {
	picker := []string{"2.53.0 2026-02-02", "2.51.1 → 2.51.2 no changes", "2.51.0 2025-08-18", "2.50.1 no changes",
		"2.50.0 2025-06-16", "v2.49.1 no changes"}
	tests := []struct {
		name  string
		items []string
		split int // items from here are in another container; 0: none
		want  bool
	}{
		{"version picker", picker, 0, false},
		{"changelog entries", []string{
			"3.2.0 adds a streaming reader for large archives and a flag to skip checksums when the caller trusts them",
			"3.1.4 fixes a crash when an archive ends in the middle of a header",
			"3.1.3 fixes the reading of file names longer than a hundred bytes in old archives",
			"3.1.2 speeds up the listing of archives with many small entries by reading headers only",
			"3.1.1 fixes a leak of file handles when an archive cannot be opened at all",
		}, 0, true},
		{"short run", picker[:4], 0, true},
		{"numbered steps", []string{"1. Install the tool", "2. Run the init command", "3. Edit the config", "4. Start the server",
			"5. Open the dashboard"}, 0, true},
		{"two containers", picker, 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]boilerplate.Block, len(tt.items))
			for i, s := range tt.items {
				b := &blocks[i]
				b.Kind, b.Text, b.Kept = boilerplate.KindListItem, s, true
				b.Features.Words = len(strings.Fields(s))
				b.Features.ContainerID = 7
				if tt.split > 0 && i >= tt.split {
					b.Features.ContainerID = 8
				}
			}
			dropVersionLists(blocks)
			for i := range blocks {
				if blocks[i].Kept != tt.want {
					t.Errorf("%q kept %v, want %v", blocks[i].Text, blocks[i].Kept, tt.want)
				}
			}
		})
	}
}

// TestReleaseNumber: dotted release numbers with an optional "v" are
// release numbers; list markers, plain numbers, dates and words are not.
func TestReleaseNumber(t *testing.T) {
	for w, want := range map[string]bool{
		"2.41": true, "2.41.0": true, "v3.2.1": true, "V10.0": true,
		"1.": false, "2": false, "2026-02-02": false, "v": false, "1..2": false, "3.x": false, "": false, ".5": false,
	} {
		if got := releaseNumber(w); got != want {
			t.Errorf("releaseNumber(%q) = %v, want %v", w, got, want)
		}
	}
}
