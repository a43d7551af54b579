package extract

import "github.com/winnowtext/winnow/boilerplate"

// frameKey is a line that the posts of one thread print alike: its text,
// or its template (see templateKeyOf), in the run of posts whose parent
// is run.
type frameKey struct {
	run      int32
	text     string
	template templateKey
	age      bool // a head with a relative age (see ageHeadLine)
}

// frameCount counts the posts that print a line.
type frameCount struct {
	posts int
	last  int32 // the last post counted
}

// dropPostFrames drops, from the text an article reading kept, the frame
// a thread prints around each of its posts (see postItems): the lines that
// half its posts or more print alike (their author's rank, "Joined:",
// "Reply", "Report"), or alike but for their numbers and values (the
// post's date, "Posts: 1,204", "12 points"); signatures; the short items
// of definition lists (the member's card, see isCardItem); and lines
// without a letter (vote counters, post numbers). A page the page model
// took for an article may be a thread whose engine it does not know: the
// posts stay, the frame goes. An article without signed posts of one
// shape keeps everything. The words it drops are counted in s.framed:
// they were read and let go, not missed (see confidence's use of it).
func dropPostFrames(s *segmenter) {
	s.framed = 0
	item, ok := postItems(s, postRunMin)
	if !ok {
		return
	}
	blocks := s.blocks
	postOf := func(i int) int32 {
		at := s.blockAt[i]
		if at < 0 || int(at) >= len(item) {
			return -1
		}
		return item[at]
	}
	keptInPost := false
	for i := range blocks {
		if blocks[i].Kept && postOf(i) >= 0 {
			keptInPost = true
			break
		}
	}
	if !keptInPost {
		return // the reading kept no post: no frame to drop
	}
	posts := make(map[int32]int) // posts of each run
	for i := range item {
		if item[i] == int32(i) {
			posts[s.nodes[i].parent]++
		}
	}
	counts := make(map[frameKey]frameCount)
	count := func(k frameKey, post int32) {
		c := counts[k]
		if c.posts == 0 || c.last != post {
			c.posts++
			c.last = post
		}
		counts[k] = c
	}
	for i := range blocks {
		p := postOf(i)
		if p < 0 || blocks[i].Features.Words == 0 {
			continue
		}
		run := s.nodes[p].parent
		if frameLine(&blocks[i]) {
			count(frameKey{run: run, text: blocks[i].Text}, p)
		}
		if k, ok := templateKeyOf(&blocks[i]); ok {
			count(frameKey{run: run, template: k}, p)
		}
		if ageHeadLine(&blocks[i]) {
			count(frameKey{run: run, age: true}, p)
		}
	}
	alike := func(k frameKey) bool {
		c := counts[k].posts
		return c >= 2 && 2*c >= posts[k.run]
	}
	for i := range blocks {
		b := &blocks[i]
		p := postOf(i)
		if !b.Kept || p < 0 {
			continue
		}
		run := s.nodes[p].parent
		k, template := templateKeyOf(b)
		s.framed += b.Features.Words // taken back below if it stays
		switch {
		case frameLine(b) && alike(frameKey{run: run, text: b.Text}),
			template && alike(frameKey{run: run, template: k}),
			ageHeadLine(b) && alike(frameKey{run: run, age: true}):
			b.Drop(boilerplate.ReasonRepeatedInPage)
		case b.Features.Hints.Has(boilerplate.HintSignature), isCardItem(b):
			b.Drop(boilerplate.ReasonAuthorBio)
		case !hasLetter(b.Text):
			b.Drop(boilerplate.ReasonTooShort)
		default:
			s.framed -= b.Features.Words
		}
	}
}

// frameLine reports whether b is short enough to be part of a post's
// frame: a line of templateLineWords words or fewer that is no code.
func frameLine(b *boilerplate.Block) bool {
	return b.Features.Words <= templateLineWords && b.Kind != boilerplate.KindCode
}
