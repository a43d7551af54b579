package meta

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestJSONLDQuestions(t *testing.T) {
	many := make([]string, maxQuestions+5)
	for i := range many {
		many[i] = fmt.Sprintf(`{"@type":"Question","name":"Q%d?"}`, i)
	}
	tests := []struct {
		name, raw string
		want      []string
	}{
		{"FAQPage main entity", `{"@type":"FAQPage","mainEntity":[
			{"@type":"Question","name":"What is it?","acceptedAnswer":{"@type":"Answer","text":"A thing."}},
			{"@type":"Question","name":"How much  is it?"}]}`, []string{"What is it?", "How much is it?"}},
		{"in a graph", `{"@graph":[{"@type":"Article","headline":"H"},
			{"@type":"FAQPage","mainEntity":{"@type":"Question","name":"Why &amp; how?"}}]}`, []string{"Why & how?"}},
		{"other nodes' names", `{"@type":"Article","headline":"H","name":"N","author":{"@type":"Person","name":"Jane Doe"}}`, nil},
		{"a question without a name", `{"@type":"FAQPage","mainEntity":[{"@type":"Question","text":"Lost?"}]}`, nil},
		{"bounded", `{"@type":"FAQPage","mainEntity":[` + strings.Join(many, ",") + `]}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Collector
			c.JSONLD([]byte(tt.raw))
			got := c.Finish("").Questions
			if tt.name == "bounded" {
				if len(got) != maxQuestions || got[0] != "Q0?" {
					t.Errorf("kept %d questions from %q, want the first %d", len(got), got[0], maxQuestions)
				}
				return
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Questions = %q, want %q", got, tt.want)
			}
		})
	}
}
