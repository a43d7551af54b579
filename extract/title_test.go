package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestMarkTitle(t *testing.T) {
	tests := []struct {
		heading string
		titles  []string
		want    bool
	}{
		{"Council approves bridge", []string{"Council approves bridge"}, true},
		{"  council APPROVES   bridge ", []string{"Council approves bridge"}, true},
		{"Council approves new river bridge", []string{"", "Council approves new river bridge | Gazette"}, true},
		{"Council approves", []string{"Council approves | Gazette"}, false}, // too short to match by prefix
		{"Costs and timing", []string{"Council approves bridge"}, false},
	}
	for _, tt := range tests {
		blocks := []boilerplate.Block{{Kind: boilerplate.KindHeading, Text: tt.heading}}
		markTitle(blocks, tt.titles...)
		if got := blocks[0].Reason == boilerplate.ReasonTitle; got != tt.want {
			t.Errorf("markTitle(%q, %q) marked %v, want %v", tt.heading, tt.titles, got, tt.want)
		}
	}
}
