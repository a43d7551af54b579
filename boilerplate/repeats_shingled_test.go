package boilerplate

import (
	"slices"
	"testing"
)

// TestShingledMarksAsMarkRepeats checks that ShingleBlocks and a later
// MarkRepeats measure the blocks and mark them as CountText and
// MarkRepeats do on the blocks as they are when marked: what happened to
// them in between (a block dropped, blocks added) counts.
func TestShingledMarksAsMarkRepeats(t *testing.T) {
	long := "The council approved the new bridge after a long debate on Tuesday evening."
	texts := []string{"Menu", long, "Share this story", long, "Share this story", "Contact us"}
	tests := []struct {
		name    string
		between func([]Block) []Block // what happens between the two steps
		twice   bool                  // MarkRepeats called a second time
		want    []Reason
	}{
		{
			name:    "as is",
			between: func(b []Block) []Block { return b },
			want:    []Reason{"", "", "", ReasonRepeatedInPage, ReasonRepeatedInPage, ""},
		},
		{
			// A block dropped in between is no one's original: its copy
			// is the first one left, and the other copy stands alone.
			name: "original dropped",
			between: func(b []Block) []Block {
				b[1].Drop(ReasonHidden)
				return b
			},
			want: []Reason{"", ReasonHidden, "", "", "", ""},
		},
		{
			name: "block added",
			between: func(b []Block) []Block {
				return append(b, Block{Kind: KindParagraph, Text: long, Kept: true})
			},
			want: []Reason{"", "", "", ReasonRepeatedInPage, ReasonRepeatedInPage, "", ""},
		},
		{
			name:    "marked twice",
			between: func(b []Block) []Block { return b },
			twice:   true,
			want:    []Reason{"", "", "", ReasonRepeatedInPage, ReasonRepeatedInPage, ""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, twin := NewDetector(), NewDetector()
			for _, url := range []string{"https://example.com/a", "https://example.com/b"} {
				bs := blocksOf([]Kind{KindParagraph}, texts)
				sh := ShingleBlocks(bs)
				bs = tt.between(bs)
				sh.MarkRepeats(bs, d, url)
				if tt.twice {
					sh.MarkRepeats(bs, d, url)
				}
				want := tt.between(blocksOf([]Kind{KindParagraph}, texts))
				MarkRepeats(want, twin, url)
				if tt.twice {
					MarkRepeats(want, twin, url)
				}
				if got, w := reasons(bs), reasons(want); !slices.Equal(got, w) {
					t.Fatalf("%s: reasons %q, MarkRepeats gives %q", url, got, w)
				}
				for i := range texts { // the blocks ShingleBlocks read
					var f Features
					CountText(bs[i].Text, &f)
					if bs[i].Features != f {
						t.Errorf("block %d: features %+v, want %+v", i, bs[i].Features, f)
					}
				}
				if url == "https://example.com/a" && !slices.Equal(reasons(bs), tt.want) {
					t.Errorf("reasons %q, want %q", reasons(bs), tt.want)
				}
			}
		})
	}
}

func TestShingleBlocksEmpty(t *testing.T) {
	sh := ShingleBlocks(nil)
	sh.MarkRepeats(nil, NewDetector(), "https://example.com/")
	bs := blocksOf([]Kind{KindParagraph}, []string{"Share this story", "Share this story"})
	sh.MarkRepeats(bs, nil, "") // other blocks than were read: shingled anew
	if bs[1].Reason != ReasonRepeatedInPage {
		t.Errorf("copy not marked: %q", bs[1].Reason)
	}
}
