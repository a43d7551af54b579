package boilerplate

import (
	"slices"
	"testing"
)

// FuzzSiteSampleMerge checks the promise a map-reduce combiner rests on:
// pages dealt into three partial samples and merged in any order and
// grouping give the sample that adding them all to one gives, under any
// limits. Each 3 bytes of data are a page: its URL key (few, so that the
// same page comes twice, perhaps changed), its partial and its
// fingerprints.
func FuzzSiteSampleMerge(f *testing.F) {
	f.Add([]byte{1, 0, 0x13, 2, 1, 0x24, 1, 2, 0x35, 9, 1, 0xff}, uint8(0))
	f.Add([]byte{5, 0, 1, 5, 1, 2, 5, 2, 3, 4, 0, 7, 3, 1, 9}, uint8(9))
	f.Add([]byte{}, uint8(255))
	f.Fuzz(func(t *testing.T, data []byte, l uint8) {
		lim := SampleLimits{}
		if l != 0 {
			lim = SampleLimits{MaxPages: 1 + int(l%8), MaxPageFingerprints: int(l / 32)} // 0: the default
		}
		var all SiteSample
		parts := [3]SiteSample{}
		for ; len(data) >= 3; data = data[3:] {
			fp := []uint64{uint64(data[2] & 7), uint64(data[2] >> 3 & 7), uint64(data[2] >> 6), 9}
			slices.Sort(fp)
			p := PageSketch{URLKey: uint64(data[0] % 16), Fingerprints: slices.Compact(fp)}
			all.Add(p, lim)
			parts[int(data[1])%3].Add(p, lim)
		}
		merge := func(order ...int) *SiteSample {
			var s SiteSample
			for _, i := range order {
				p := clonedSample(&parts[i])
				s.Merge(p, lim)
			}
			return &s
		}
		left := clonedSample(&parts[0])
		bc := clonedSample(&parts[1])
		bc.Merge(clonedSample(&parts[2]), lim)
		left.Merge(bc, lim) // a + (b + c)
		for name, got := range map[string]*SiteSample{"(a+b)+c": merge(0, 1, 2), "(c+b)+a": merge(2, 1, 0), "a+(b+c)": left} {
			if !sameSample(got, &all) {
				t.Fatalf("%s under %+v:\n%+v\nwant\n%+v", name, lim, got, &all)
			}
		}
	})
}

// clonedSample copies s so that merging into the copy leaves s as it was.
func clonedSample(s *SiteSample) *SiteSample {
	c := &SiteSample{Added: s.Added, Pages: make([]PageSketch, len(s.Pages))}
	for i, p := range s.Pages {
		c.Pages[i] = PageSketch{URLKey: p.URLKey, Fingerprints: slices.Clone(p.Fingerprints)}
	}
	return c
}

// sameSample reports whether a and b hold the same pages and count, an
// empty slice being the same as none.
func sameSample(a, b *SiteSample) bool {
	return a.Added == b.Added && slices.EqualFunc(a.Pages, b.Pages, func(p, q PageSketch) bool {
		return p.URLKey == q.URLKey && slices.Equal(p.Fingerprints, q.Fingerprints)
	})
}
