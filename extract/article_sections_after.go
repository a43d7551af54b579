package extract

import "github.com/winnowtext/winnow/boilerplate"

// sectionsAfter extends the body's last block (last) over the sections
// that follow it in the body's own element, each a heading over a list
// (a checklist's "12 months before" and its tasks after the intro): the
// article goes on in lists. It returns the first block after them, or
// last when no such section follows.
func sectionsAfter(blocks []boilerplate.Block, mask []bool, last int) int {
	body := blocks[last].Features.ContainerID
	end := last
	for j := last + 1; j < len(blocks) && mask[j]; {
		b := &blocks[j]
		if b.Kind == boilerplate.KindParagraph && b.Kept && b.Features.ContainerID == body || besideFigure(b) {
			j++
			continue
		}
		if b.Kind != boilerplate.KindHeading || b.Features.ContainerID != body || !b.Kept && !densityVerdict(b.Reason) {
			break
		}
		k := j + 1
		for k < len(blocks) && besideFigure(&blocks[k]) {
			k++
		}
		if k == len(blocks) || blocks[k].Kind != boilerplate.KindListItem || !mask[k] {
			break
		}
		for k < len(blocks) && mask[k] && blocks[k].Kind == boilerplate.KindListItem {
			k++
		}
		end, j = k, k
	}
	if end >= len(blocks) {
		end = len(blocks) - 1
	}
	return end
}

// besideFigure reports whether b is a caption or stands in a figure.
func besideFigure(b *boilerplate.Block) bool {
	return b.Kind == boilerplate.KindCaption || b.Features.Hints&boilerplate.HintFigure != 0
}
