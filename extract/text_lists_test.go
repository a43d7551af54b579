package extract

import (
	"strings"
	"testing"
)

// TestFromTextArticleLists checks that a long list of several-word items
// between two article paragraphs, opened by a lead-in ending with a colon,
// is kept, while a run of one-word menu lines, a run of teaser cards with
// kickers in capitals, a run holding a line a recogniser drops, or a list
// without a lead-in stays out.
func TestFromTextArticleLists(t *testing.T) {
	para1 := "The new touring pack weighs less than any pack the company made before, and the designers say that every strap and buckle was rethought to save a few grams without giving up comfort on long climbs."
	para2 := "In our test over three weekends in the mountains the pack carried well, and the ski holder was quicker to use with gloves than the one on last year's model, which testers had often complained about."
	items := []string{
		"What the pack offers:",
		"Adjustable hip belt with an elastic cord",
		"Removable chest strap with a quick release buckle",
		"Tunnel pocket for crampons with a side opening",
		"Inner holder for the shovel handle and the probe",
		"Breathable mesh back panel made of a new fabric",
		"Shoulder straps with a holder for a drinking bottle",
		"Ready for a hydration bladder of two litres",
		"Signal whistle built into the chest strap buckle",
	}
	menu := []string{"Sections:", "News", "Reviews", "Deals", "Podcast", "Videos", "Shop", "About", "Contact"}
	cards := []string{
		"Read next:",
		"WEEKEND READS", "Why Old Maps Still Matter To Hikers Today", "maps.example Travel",
		"SPONSORED PICK", "These Hiking Boots Are On Sale For A Short Time", "shop.example Deals",
		"LOOKING BACK", "Ten Summits That Changed How People Climb",
	}
	withShare := append(append([]string{}, items[:7]...), "Share on Facebook")
	noLeadIn := items[1:]
	tests := []struct {
		name string
		run  []string
		kept bool
	}{
		{"spec list", items, true},
		{"menu", menu, false},
		{"teaser cards", cards, false},
		{"share line", withShare, false},
		{"no lead-in", noLeadIn, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := para1 + "\n" + strings.Join(tt.run, "\n") + "\n" + para2
			res, err := FromText(text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, tt.run[1]); got != tt.kept {
				t.Errorf("%q kept = %v, want %v\n%s", tt.run[1], got, tt.kept, res.Text)
			}
			if !strings.Contains(res.Text, para1[:40]) || !strings.Contains(res.Text, para2[:40]) {
				t.Errorf("paragraphs lost:\n%s", res.Text)
			}
		})
	}
}
