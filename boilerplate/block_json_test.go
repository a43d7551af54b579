package boilerplate

import (
	"encoding/json"
	"reflect"
	"testing"
)

// A block encoded as JSON decodes to the same block: its kind, hints and
// reason by name.
func TestBlockJSONRoundTrip(t *testing.T) {
	for k := KindParagraph; k <= KindLine; k++ {
		b := Block{Kind: k, Text: "Some text.", Tag: "p", Score: 0.5, Reason: ReasonCookieNotice, Line: 3}
		b.Features.Words = 2
		b.Features.Hints = HintArticle | HintConsent | HintNoscript
		data, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		var got Block
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatalf("%s: %v", data, err)
		}
		if !reflect.DeepEqual(got, b) {
			t.Errorf("round trip of %s: got %+v, want %+v", data, got, b)
		}
	}
}

func TestBlockJSONRejectsUnknownNames(t *testing.T) {
	for _, data := range []string{
		`{"kind":"sidebar"}`,
		`{"kind":"paragraph","features":{"hints":["article","glitter"]}}`,
		`{"kind":"paragraph","features":{"hints":"article"}}`,
	} {
		var b Block
		if err := json.Unmarshal([]byte(data), &b); err == nil {
			t.Errorf("%s decoded without error", data)
		}
	}
	var b Block
	if err := json.Unmarshal([]byte(`{"kind":"heading","features":{"hints":null}}`), &b); err != nil || b.Kind != KindHeading || b.Features.Hints != 0 {
		t.Errorf("null hints: %v, %+v", err, b)
	}
}
