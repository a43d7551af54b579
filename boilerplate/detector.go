package boilerplate

import (
	"errors"
	"io"
)

// Detector remembers, per host, on how many distinct pages each block
// fingerprint was seen, so that blocks of a site's template can be dropped.
// It is safe for concurrent use. STUB: the real implementation lands with
// the repeated-block detector issue.
type Detector struct{}

// DetectorOption configures a Detector.
type DetectorOption func(*Detector)

// NewDetector returns a Detector ready to use with sane defaults.
func NewDetector(opts ...DetectorOption) *Detector {
	d := &Detector{}
	for _, o := range opts {
		o(d)
	}
	return d
}

// Save writes the detector's state to w.
func (d *Detector) Save(w io.Writer) error { return errors.New("boilerplate: Save not implemented") }

// Load replaces the detector's state with the one read from r.
func (d *Detector) Load(r io.Reader) error { return errors.New("boilerplate: Load not implemented") }

// MarkRepeats marks blocks that repeat earlier blocks of the same page
// (ReasonRepeatedInPage) and, when d is not nil, blocks that belong to the
// template of pageURL's site (ReasonRepeatedAcrossSite), learning the page
// into d at the same time. STUB.
func MarkRepeats(blocks []Block, d *Detector, pageURL string) {}
