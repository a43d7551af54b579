package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// maxPanelLabelWords bounds the words of a panel's label: "Specifications",
// "Size & fit", "Materials and care".
const maxPanelLabelWords = 6

// keepPanelLabels keeps the labels of a product's panels that the page
// prints as buttons inside headings: an accordion's or a tab list's
// trigger ("<h3><button aria-expanded>Specifications</button></h3>") is a
// control, dropped as interface, but it is the heading of the panel it
// opens, and the panel is the product's (its description, its
// specifications, its materials). A label stays dropped unless the block
// right after it is kept page text: a panel read as boilerplate, or left
// out as hidden, takes its label with it. A question is an FAQ's, not a
// panel's label. A landing page's feature accordion or tab list is built
// the same way ("<h3><button>Run focused sprints</button></h3>" over the
// feature's sentence), so the service reading keeps its labels too; on
// the article reading the same toggles are a review's chrome as often
// ("Monthly pricing", "Key features") and their labels stay out. blocks
// are the page's blocks with the control blocks among them (see
// withControls).
func keepPanelLabels(blocks []boilerplate.Block) {
	for i := 0; i+1 < len(blocks); i++ {
		l, p := &blocks[i], &blocks[i+1]
		if l.Tag != "button" || l.Kind != boilerplate.KindHeading || l.Reason != boilerplate.ReasonInterface ||
			l.Features.Words > maxPanelLabelWords || strings.HasSuffix(strings.TrimSpace(l.Text), "?") {
			continue
		}
		if !p.Kept || p.Tag == "button" {
			continue
		}
		l.Keep()
	}
}
