package meta

import (
	"slices"
	"testing"
)

// TestRecipeIngredients: the ingredients of a JSON-LD Recipe are collected
// as published, from recipeIngredient or the older ingredients, in a
// @graph too; other types' lists and a second recipe's are not.
func TestRecipeIngredients(t *testing.T) {
	tests := []struct {
		name, raw string
		want      []string
	}{
		{"list", `{"@type":"Recipe","name":"Jam","recipeIngredient":["500 g pears","250 g honey &amp; spice"," 1 lemon "]}`,
			[]string{"500 g pears", "250 g honey & spice", "1 lemon"}},
		{"older key", `{"@type":"Recipe","ingredients":["2 eggs","1 cup flour"]}`, []string{"2 eggs", "1 cup flour"}},
		{"one string", `{"@type":"https://schema.org/Recipe","recipeIngredient":"salt to taste"}`, []string{"salt to taste"}},
		{"in a graph", `{"@graph":[{"@type":"WebPage","name":"Jam"},{"@type":"Recipe","recipeIngredient":["pears","honey"]}]}`,
			[]string{"pears", "honey"}},
		{"first recipe only", `[{"@type":"Recipe","recipeIngredient":["pears"]},{"@type":"Recipe","recipeIngredient":["plums"]}]`,
			[]string{"pears"}},
		{"not a recipe", `{"@type":"Product","name":"Pot","ingredients":["steel"]}`, nil},
		{"no strings", `{"@type":"Recipe","recipeIngredient":[1,{"name":"x"},""]}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Collector
			c.JSONLD([]byte(tt.raw))
			if got := c.Finish("https://example.org/jam").Ingredients; !slices.Equal(got, tt.want) {
				t.Errorf("Ingredients = %q, want %q", got, tt.want)
			}
		})
	}
}
