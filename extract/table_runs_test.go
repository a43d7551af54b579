package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestTableRuns(t *testing.T) {
	const p, c = boilerplate.KindParagraph, boilerplate.KindTableCell
	tests := []struct {
		name  string
		kinds []boilerplate.Kind
		want  []int // the lengths of the runs, in order
	}{
		{"no cells", []boilerplate.Kind{p, p}, nil},
		{"one table between paragraphs", []boilerplate.Kind{p, c, c, c, p}, []int{3}},
		{"two tables", []boilerplate.Kind{c, c, p, c}, []int{2, 1}},
		{"only cells", []boilerplate.Kind{c, c, c, c}, []int{4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]boilerplate.Block, len(tt.kinds))
			for i, k := range tt.kinds {
				blocks[i].Kind = k
			}
			var got []int
			for cells := range tableRuns(blocks) {
				for _, b := range cells {
					if b.Kind != c {
						t.Fatalf("run holds a %v", b.Kind)
					}
				}
				got = append(got, len(cells))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("runs %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("runs %v, want %v", got, tt.want)
				}
			}
		})
	}
}
