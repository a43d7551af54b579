package extract

// Bounds of a run of items (see keepItemRuns): how many sibling items of
// one shape make a run, and how many of them in four density must have
// kept whole.
const (
	itemRunMin       = 4
	itemRunKeptFours = 3
)

// keepItemRuns keeps, inside the main container (mask), the items of a
// run of elements of one shape of which density kept nearly all: the
// teasers of a press page, each a heading over a summary, the entries of a
// timeline, the testimonials of a service page. An item is the element
// that holds a few blocks (their ContainerID), its shape the tags of its
// blocks in order; consecutive items of one shape make a run while each
// two of them have the same nearest common ancestor (the list that holds
// them, however many wrappers each item has). An item is kept whole when
// density kept some of its blocks and dropped none (a "Read more" control
// may go). When itemRunKeptFours in four of the items of a run of
// itemRunMin or more are kept whole, the others' blocks come back where
// density alone dropped them and no negative hint marks them: a summary
// that ends without a full stop or runs a little short is no less one of
// the run.
func keepItemRuns(s *segmenter, mask []bool) {
	blocks := s.blocks
	type item struct {
		first, last int    // blocks
		shape       uint64 // the tags of its blocks, hashed (FNV-1a)
		kept        bool
	}
	items := make([]item, 0, len(blocks)) // one allocation a page
	for i := 0; i < len(blocks); {
		c := blocks[i].Features.ContainerID
		j := i
		shape := uint64(14695981039346656037)
		whole, some := true, false
		for j < len(blocks) && blocks[j].Features.ContainerID == c {
			for k := 0; k < len(blocks[j].Tag); k++ {
				shape = (shape ^ uint64(blocks[j].Tag[k])) * 1099511628211
			}
			shape = (shape ^ ',') * 1099511628211
			some = some || blocks[j].Kept
			whole = whole && (blocks[j].Kept || !densityVerdict(blocks[j].Reason))
			j++
		}
		items = append(items, item{i, j - 1, shape, whole && some})
		i = j
	}
	// The element that holds two items, the nearest ancestor they share.
	shared := func(x, y item) int32 {
		a, b := int32(blocks[x.first].Features.ContainerID), int32(blocks[y.first].Features.ContainerID)
		if a < 0 || b < 0 || int(a) >= len(s.nodes) || int(b) >= len(s.nodes) || a == b {
			return -1
		}
		for a != b && a >= 0 && b >= 0 {
			if s.nodes[a].depth >= s.nodes[b].depth {
				a = s.nodes[a].parent
			} else {
				b = s.nodes[b].parent
			}
		}
		if a != b {
			return -1
		}
		return a
	}
	for a := 0; a < len(items); {
		b, p := a+1, int32(-1)
		for b < len(items) && items[b].shape == items[a].shape {
			q := shared(items[b-1], items[b])
			if q < 0 || p >= 0 && q != p {
				break
			}
			p = q
			b++
		}
		run := items[a:b]
		a = b
		if len(run) < itemRunMin || p < 0 || run[0].first == run[0].last || !mask[run[0].first] || !mask[run[len(run)-1].last] {
			continue
		}
		kept := 0
		for _, it := range run {
			if it.kept {
				kept++
			}
		}
		if 4*kept < itemRunKeptFours*len(run) {
			continue
		}
		for _, it := range run {
			for k := it.first; k <= it.last; k++ {
				if bl := &blocks[k]; !bl.Kept && mask[k] && densityVerdict(bl.Reason) && bl.Features.Hints&negativeHints == 0 {
					bl.Keep()
				}
			}
		}
	}
}
