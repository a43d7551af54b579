package meta

import "strings"

// maxIngredients bounds the ingredients kept of a recipe.
const maxIngredients = 200

// recipe files the ingredients of a schema.org Recipe node:
// recipeIngredient, or the older ingredients, as a list of strings or one
// string. Only the first recipe of a page counts.
func (c *Collector) recipe(n *jsonValue, typ string) {
	if !strings.EqualFold(typ, "Recipe") || len(c.ingredients) > 0 {
		return
	}
	v := n.member(keyRecipeIngredient)
	if v.isNull() {
		v = n.member(keyIngredients)
	}
	switch v.kind {
	case jsString:
		if s := clean(unescape(v.str), maxShort); s != "" {
			c.ingredients = append(c.ingredients, s)
		}
	case jsArray:
		for i := range v.kids {
			if len(c.ingredients) >= maxIngredients {
				return
			}
			if s, ok := v.kids[i].text(); ok {
				if s = clean(unescape(s), maxShort); s != "" {
					c.ingredients = append(c.ingredients, s)
				}
			}
		}
	}
}
