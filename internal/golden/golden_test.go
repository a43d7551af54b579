package golden

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	tests := []struct{ want, got, line string }{
		{"a\nb\nc", "a\nx\nc", "line 2:\n- want: b\n+ got:  x"},
		{"a\nb", "a", "line 2:\n- want: b\n+ got:  <end of file>"},
		{"a", "a\nb", "line 2:\n- want: <end of file>\n+ got:  b"},
	}
	for _, tt := range tests {
		if d := Diff(tt.want, tt.got); d != tt.line {
			t.Errorf("Diff(%q, %q) = %q, want %q", tt.want, tt.got, d, tt.line)
		}
	}
}

func TestCheckRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	Check(t, path, "hello\n", true)
	Check(t, path, "hello\n", false)
	var rec recorder
	Check(&rec, path, "bye\n", false)
	if !strings.Contains(rec.msg, "differs") {
		t.Errorf("a mismatch was not reported: %q", rec.msg)
	}
}

// recorder is a testing.TB that keeps the error message instead of failing.
type recorder struct {
	testing.TB
	msg string
}

func (r *recorder) Helper()                        {}
func (r *recorder) Errorf(format string, a ...any) { r.msg = format }
