package meta

import "strings"

// maxIngredients bounds the ingredients kept of a recipe.
const maxIngredients = 200

// recipe files the ingredients of a schema.org Recipe node:
// recipeIngredient, or the older ingredients, as a list of strings or one
// string. Only the first recipe of a page counts.
func (c *Collector) recipe(n map[string]any, typ string) {
	if !strings.EqualFold(typ, "Recipe") || len(c.ingredients) > 0 {
		return
	}
	v := n["recipeIngredient"]
	if v == nil {
		v = n["ingredients"]
	}
	switch v := v.(type) {
	case string:
		if s := clean(unescape(v), maxShort); s != "" {
			c.ingredients = append(c.ingredients, s)
		}
	case []any:
		for _, e := range v {
			if len(c.ingredients) >= maxIngredients {
				return
			}
			if s, ok := e.(string); ok {
				if s = clean(unescape(s), maxShort); s != "" {
					c.ingredients = append(c.ingredients, s)
				}
			}
		}
	}
}
