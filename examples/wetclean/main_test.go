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
	articles := []string{
		"The river rose by two metres overnight",
		"Repairs to the old stone bridge finished two weeks ahead of plan",
		"The family bakery on Mill Street won the regional bread prize",
	}
	boilerplateLines := []string{"uses cookies", "Share on Facebook", "Show more", "Sign up to our morning newsletter", "Pool for subscribers only", "[ Link ]"}
	for i, article := range articles {
		text, _ := recs[i]["text"].(string)
		if recs[i]["timestamp"] == nil || recs[i]["url"] == nil {
			t.Errorf("record %d lost its other fields: %v", i, recs[i])
		}
		if len(recs[i]["dropped"].(map[string]any)) == 0 {
			t.Errorf("record %d: nothing dropped", i)
		}
		for _, bad := range boilerplateLines {
			if strings.Contains(text, bad) {
				t.Errorf("record %d kept %q", i, bad)
			}
		}
		if !strings.Contains(text, article) {
			t.Errorf("record %d lost its article: %q", i, text)
		}
		// The first page prints its opening paragraph again after the
		// second: a full paragraph repeated apart is one paragraph.
		if n := strings.Count(text, article); n > 1 {
			t.Errorf("record %d keeps a repeated paragraph %d times", i, n)
		}
	}
	if recs[3]["error"] == nil {
		t.Errorf("record without text: want an error, got %v", recs[3])
	}
}
