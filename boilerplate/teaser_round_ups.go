package boilerplate

// teaserSection is a section that dropTeasers finds: its heading is the
// block before start, its blocks run to end; kept, blocks and words count
// what the classifier kept in it; labelled says that a label the
// recognisers dropped as related content ("Related", "Read also") stands
// right above its heading.
type teaserSection struct {
	start, end, kept, blocks, words int
	labelled                        bool
}

// roundUp reports whether a run of teaser-shaped sections is a round-up
// the article is made of ("Best biking trails": a name linked to the
// trail's own site, a paragraph about it) rather than teasers for other
// stories. A site links its related stories to its own pages; a round-up
// links every item it names to another site. An aggregator's feed, which
// also links other sites, mixes in its own pages and stays a feed; and
// each item of a round-up says something about what it names, where a
// run of linked headings over a label or two (sponsored links, a
// network's other sites) says nothing. A heading with nothing kept under
// it is a bare link, whatever the run is, and does not count.
func roundUp(blocks []Block, run []teaserSection) bool {
	items := 0
	for _, sec := range run {
		if sec.words == 0 {
			continue
		}
		f := &blocks[sec.start-1].Features
		if f.LinkCount == 0 || f.OffsiteLinks < f.LinkCount || sec.kept == 0 {
			return false
		}
		items++
	}
	return items > 0
}
