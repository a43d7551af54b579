package extract

import "testing"

// TestBylineDegrees checks that the degrees, titles and outlets a byline
// writes after its writer's name with commas are not read as more
// writers, in the recognisers' languages, and that second writers stay.
func TestBylineDegrees(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Jane Doe, MS, RDN, LD", "Jane Doe"},
		{"By Jane Doe, PhD", "Jane Doe"},
		{"By Jane Doe, M.B.A.", "Jane Doe"},
		{"By Jane Doe, CEO", "Jane Doe"},
		{"By Jane Doe, HNN", "Jane Doe"},
		{"Von Max Mustermann, MSc", "Max Mustermann"},
		{"Par Jeanne Dupont, MD", "Jeanne Dupont"},
		{"Por María López y Juan Pérez, MD", "María López y Juan Pérez"},
		{"Door Anna de Vries, MSc", "Anna de Vries"},
		{"By Jane Doe, John Roe", "Jane Doe, John Roe"},
		{"By Jane Doe, McKay", "Jane Doe, McKay"},
	}
	for _, tt := range tests {
		if got := bylineNames(tt.in); got != tt.want {
			t.Errorf("bylineNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, w := range []string{"MD", "PhD", "MSc", "RDN", "M.B.A.", "CNN"} {
		if !isPostNominal(w) {
			t.Errorf("isPostNominal(%q) = false", w)
		}
	}
	for _, w := range []string{"Jane", "McKay", "DeVito", "A", "CHRISTOPHER", "Dr."} {
		if isPostNominal(w) {
			t.Errorf("isPostNominal(%q) = true", w)
		}
	}
}
