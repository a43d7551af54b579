package boilerplate

import (
	"bytes"
	"errors"
	"io"
	"math"
	"testing"
	"testing/iotest"
)

// TestDetectorEdgeInputs feeds the detector's loading and merging the
// degenerate inputs a caller can hand them (nil, empty, cut short or
// failing readers, nil samples, options out of range): each answers with
// a documented error, testable with errors.Is, or a sound value, and
// never panics.
func TestDetectorEdgeInputs(t *testing.T) {
	d := NewDetector()
	for i := range 5 {
		d.Learn("https://news.example/story/"+string(rune('a'+i)), []string{"Subscribe to our newsletter for the week's news.", "Story text " + string(rune('a'+i))})
	}
	var saved bytes.Buffer
	if err := d.Save(&saved); err != nil {
		t.Fatal(err)
	}
	state := saved.Bytes()
	boom := errors.New("connection reset")
	tests := []struct {
		name string
		r    io.Reader
		want error
	}{
		{"nil reader", nil, ErrNotDetectorState},
		{"empty", bytes.NewReader(nil), ErrNotDetectorState},
		{"not a state", bytes.NewReader([]byte("<html><p>a page</p></html>")), ErrNotDetectorState},
		{"cut short", bytes.NewReader(state[:len(state)/2]), ErrCorruptState},
		{"fails at once", iotest.ErrReader(boom), boom},
		{"fails midway", io.MultiReader(bytes.NewReader(state[:len(state)/2]), iotest.ErrReader(boom)), boom},
		{"one byte a read", iotest.OneByteReader(bytes.NewReader(state)), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LoadDetector(tt.r)
			if tt.want == nil {
				if err != nil || got == nil {
					t.Fatalf("got (%v, %v), want the saved detector", got, err)
				}
				if g, w := got.Stats(), d.Stats(); g.Hosts != w.Hosts || g.Fingerprints != w.Fingerprints {
					t.Fatalf("loaded %+v, saved %+v", g, w)
				}
				return
			}
			if !errors.Is(err, tt.want) || got != nil {
				t.Fatalf("got (%v, %v), want (nil, %v)", got, err, tt.want)
			}
			// Load on a detector in use keeps its state on error.
			before := d.Stats()
			if err := d.Load(tt.r); err == nil || d.Stats() != before {
				t.Errorf("Load: err %v, stats %+v, want an error and %+v", err, d.Stats(), before)
			}
		})
	}

	t.Run("nil samples", func(t *testing.T) {
		var s SiteSample
		s.Merge(nil, SampleLimits{})
		s.Merge(&SiteSample{}, SampleLimits{MaxPages: -1, MaxPageFingerprints: math.MinInt})
		if len(s.Pages) != 0 || s.Added != 0 {
			t.Errorf("merging nothing gave %+v", s)
		}
		if tmpl := d.Template(nil); tmpl.Pages != 0 || len(tmpl.Fingerprints) != 0 {
			t.Errorf("Template(nil) = %+v, want empty", tmpl)
		}
		// Counts shorter than Fingerprints: a caller's mistake, not a panic.
		d.AddSite("other.example", SiteTemplate{Pages: 9, Fingerprints: []uint64{1, 2, 3}, Counts: []uint32{9}})
	})

	t.Run("options out of range", func(t *testing.T) {
		for _, opt := range []DetectorOption{
			WithMaxMemory(math.MaxInt64), WithMaxMemory(math.MinInt64),
			WithMinPages(math.MinInt), WithMinPages(math.MaxInt),
			WithMinShare(math.NaN()), WithMinShare(math.Inf(-1)), WithMinShare(2),
		} {
			d := NewDetector(opt)
			d.Learn("https://news.example/a", []string{"one block"})
			if err := d.Save(io.Discard); err != nil {
				t.Error(err)
			}
		}
	})
}
