package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestAgeHeadLine: a post's head that links its author and ends on a
// relative age is frame, in the shapes several engines print it; a head
// with a calendar date, a line without a link, a long line and a vote
// line are not.
func TestAgeHeadLine(t *testing.T) {
	tests := []struct {
		text      string
		linkWords int
		want      bool
	}{
		{"marta_k 1 year ago", 1, true},
		{"pelle edited 1 year ago", 1, true},
		{"rover42 2 years ago", 1, true},
		{"Quill7Reader 2 years ago#1", 1, true},
		{"alice to General · 3 hours ago", 2, true},
		{"hedgerow April 26, 2024, 6:28am 1", 1, false},         // a calendar date
		{"posted 6 years ago", 0, false},                        // no link: a template line's job
		{"2 years ago", 1, false},                               // no name before the age
		{"bob 188 points 17 hours ago (11 children)", 1, false}, // votes and replies too
		{"I bought this kettle 2 years ago and it still works fine every day", 1, false},
	}
	for _, tt := range tests {
		b := boilerplate.Block{Text: tt.text}
		b.Features.Words = len(strings.Fields(tt.text))
		b.Features.LinkWords = tt.linkWords
		if got := ageHeadLine(&b); got != tt.want {
			t.Errorf("ageHeadLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
