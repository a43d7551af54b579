package evaluate

import (
	"fmt"
	"hash/fnv"
)

// Half is one of the two fixed halves every corpus is split into: pages
// are read and error reports looked at on the tune half only; a change is
// kept when the check half does not get worse. Rules fitted to pages one
// has read win on those pages and lose on the web; the check half is how
// that shows before the web does.
type Half uint8

// The two halves.
const (
	Tune Half = iota
	Check
)

// String returns "tune" or "check".
func (h Half) String() string {
	if h == Check {
		return "check"
	}
	return "tune"
}

// HalfOf returns the half that the page with the given key belongs to: a
// stable hash of the key, the same on every machine and in every run, so a
// page never moves between halves.
func HalfOf(key string) Half {
	f := fnv.New64a()
	f.Write([]byte(key))
	// FNV-1a's low bits are weak (the last multiply keeps the parity of the
	// bytes' xor); a splitmix64 finaliser spreads every bit into the top one.
	h := f.Sum64()
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return Half(h >> 63)
}

// Half returns the half of the page: HalfOf its ID.
func (p *Page) Half() Half { return HalfOf(p.ID) }

// Split selects the pages a run covers: one half, or all of them.
type Split uint8

// Splits.
const (
	All       Split = iota // every page
	TuneHalf               // the tune half only
	CheckHalf              // the check half only
)

// String returns "all", "tune" or "check".
func (s Split) String() string {
	switch s {
	case TuneHalf:
		return "tune"
	case CheckHalf:
		return "check"
	}
	return "all"
}

// Has reports whether a page of half h is in split s.
func (s Split) Has(h Half) bool {
	return s == All || s == TuneHalf && h == Tune || s == CheckHalf && h == Check
}

// ParseSplit returns the Split named s: all, tune or check.
func ParseSplit(s string) (Split, error) {
	for _, sp := range [...]Split{All, TuneHalf, CheckHalf} {
		if sp.String() == s {
			return sp, nil
		}
	}
	return 0, fmt.Errorf("evaluate: unknown split %q (want all, tune or check)", s)
}

// Select returns the corpus restricted to the pages of split s. The pages
// are shared with c, not copied.
func (c *Corpus) Select(s Split) *Corpus {
	if s == All {
		return c
	}
	out := &Corpus{Kind: c.Kind}
	for i := range c.Pages {
		if s.Has(c.Pages[i].Half()) {
			out.Pages = append(out.Pages, c.Pages[i])
		}
	}
	return out
}

// SelectRun returns the pages of c in split s and the part of r, a run on
// c, that covers them: scores and outputs in the same order. Corpus-wide
// figures (times, errors) stay those of r.
func SelectRun(c *Corpus, r *Run, s Split) (*Corpus, *Run) {
	if s == All {
		return c, r
	}
	sub, run := &Corpus{Kind: c.Kind}, *r
	run.PageScores, run.Outputs = nil, nil
	for i := range c.Pages {
		if s.Has(c.Pages[i].Half()) {
			sub.Pages = append(sub.Pages, c.Pages[i])
			run.PageScores = append(run.PageScores, r.PageScores[i])
			run.Outputs = append(run.Outputs, r.Outputs[i])
		}
	}
	run.Scores, run.Meta = run.Subset(sub, nil)
	return sub, &run
}
