package evaluate

import (
	"sort"
	"strings"
)

// PageReport explains one page's score: what the extractor dropped that
// the truth holds and what it kept that the truth does not.
type PageReport struct {
	ID, URL string
	PageScore
	Missing      []string // samples of ground-truth text absent from the output
	Extra        []string // samples of output text that should have been dropped
	MissingLines int      // how many lines or segments are missing in all
	ExtraLines   int      // how many lines or segments are extra in all
}

// sampleChars bounds the length of one sample in a report.
const sampleChars = 200

// WorstPages returns reports on the n pages of run r on corpus c with the
// lowest F1 (the most F1 lost), worst first, with up to samples lines of
// missing and of extra text each.
//
// Scrapinghub: a line of the truth is missing when most of its shingles
// are absent from the output (a line of fewer than four tokens: when its
// tokens do not occur in a row there); an output line is extra likewise
// against the truth. Trafilatura: the missing expected segments and the
// unwanted segments found.
func WorstPages(c *Corpus, r *Run, n, samples int) []PageReport {
	order := make([]int, len(r.PageScores))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return r.PageScores[order[a]].F1 < r.PageScores[order[b]].F1
	})
	n = min(n, len(order))
	reps := make([]PageReport, 0, n)
	for _, i := range order[:n] {
		p := &c.Pages[i]
		rep := PageReport{ID: p.ID, URL: p.URL, PageScore: r.PageScores[i]}
		var missing, extra []string
		out := r.Outputs[i].Text
		if c.Kind == Trafilatura {
			missing, extra = segmentDiff(out, p.With, p.Without)
		} else {
			missing = absentLines(p.Truth, out)
			extra = absentLines(out, p.Truth)
		}
		rep.MissingLines, rep.ExtraLines = len(missing), len(extra)
		rep.Missing, rep.Extra = clip(missing, samples), clip(extra, samples)
		reps = append(reps, rep)
	}
	return reps
}

func segmentDiff(out string, with, without []string) (missing, extra []string) {
	text := collapseSpace(out)
	for _, s := range with {
		if !found(text, s) {
			missing = append(missing, s)
		}
	}
	for _, s := range without {
		if found(text, s) {
			extra = append(extra, s)
		}
	}
	return missing, extra
}

// absentLines returns the lines of text that are mostly absent from other,
// compared by tokens as the metric does.
func absentLines(text, other string) []string {
	otherToks := Tokens(other)
	set := shingleSet(otherToks)
	joined := "\x00" + strings.Join(otherToks, "\x00") + "\x00"
	var out []string
	for line := range strings.SplitSeq(text, "\n") {
		toks := Tokens(line)
		if len(toks) == 0 {
			continue
		}
		if len(toks) < ShingleN {
			if !strings.Contains(joined, "\x00"+strings.Join(toks, "\x00")+"\x00") {
				out = append(out, strings.TrimSpace(line))
			}
			continue
		}
		var hit, all int
		for k := range shingleSet(toks) {
			all++
			if set[k] > 0 {
				hit++
			}
		}
		if 2*hit < all {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}

// clip keeps the first n samples, each cut to sampleChars runes.
func clip(lines []string, n int) []string {
	lines = lines[:min(n, len(lines))]
	out := make([]string, len(lines))
	for i, l := range lines {
		if r := []rune(l); len(r) > sampleChars {
			l = string(r[:sampleChars]) + "…"
		}
		out[i] = l
	}
	return out
}
