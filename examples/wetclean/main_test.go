package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestClean(t *testing.T) {
	var out bytes.Buffer
	st, err := clean(bytes.NewReader(sample), &out, boilerplate.NewDetector())
	if err != nil {
		t.Fatal(err)
	}
	if st.Records != 4 || st.Failed != 1 {
		t.Errorf("got %d records, %d failed; want 4, 1", st.Records, st.Failed)
	}
	var recs []map[string]any
	for line := range strings.Lines(out.String()) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("bad output line %q: %v", line, err)
		}
		recs = append(recs, m)
	}
	if len(recs) != 4 {
		t.Fatalf("got %d output records", len(recs))
	}
	keep := []string{
		"The river rose by two metres overnight",
		"Repairs to the old stone bridge finished two weeks ahead of plan",
		"The family bakery on Mill Street won the regional bread prize",
	}
	for i, want := range keep {
		text, _ := recs[i]["text"].(string)
		if !strings.Contains(text, want) {
			t.Errorf("record %d lost its article: %q", i, text)
		}
		if recs[i]["timestamp"] == nil {
			t.Errorf("record %d lost its timestamp field", i)
		}
		// Once text mode classifies blocks, the boilerplate must be gone
		// and the repeated paragraph kept once.
		if len(recs[i]["dropped"].(map[string]any)) == 0 {
			continue
		}
		for _, bad := range []string{"uses cookies", "Share on Facebook", "Show more", "Sign up to our morning newsletter"} {
			if strings.Contains(text, bad) {
				t.Errorf("record %d kept %q", i, bad)
			}
		}
		if n := strings.Count(text, keep[0]); i == 0 && n != 1 {
			t.Errorf("repeated paragraph kept %d times", n)
		}
	}
	if recs[3]["error"] == nil {
		t.Errorf("record without text: want an error, got %v", recs[3])
	}
}
