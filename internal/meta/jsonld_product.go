package meta

// maxProductText bounds the description kept of a product: a shop's
// description is a few paragraphs, not a manual.
const maxProductText = 32 << 10

// product files the description of the first schema.org Product
// node (or a group or model of products) that has a description: what
// the shop says of the product it sells on the page, which the page may
// show only once a script has run.
func (c *Collector) product(n *jsonValue) {
	if c.productDesc != "" || !isProduct(n.member(keyType)) {
		return
	}
	s, ok := n.member(keyDescription).text()
	if !ok || s == "" {
		return
	}
	if len(s) > maxProductText {
		s = s[:maxProductText]
	}
	c.productDesc = s
}

// ProductText returns a JSON-LD product's description as plain text, as
// ArticleBody is: markup removed, entities decoded, paragraphs apart. It
// is separate from the collection because most pages never need it.
func ProductText(desc string) string {
	if desc == "" {
		return ""
	}
	return cleanBody(desc)
}

// isProduct reports whether the @type value t names a product, without
// allocating: every node of a page's JSON-LD is asked.
func isProduct(t *jsonValue) bool {
	switch t.kind {
	case jsString:
		return productType(shortType(t.str))
	case jsArray:
		for i := range t.kids {
			if s, ok := t.kids[i].text(); ok && productType(shortType(s)) {
				return true
			}
		}
	}
	return false
}

func productType(t string) bool {
	switch t {
	case "Product", "ProductGroup", "ProductModel", "IndividualProduct", "SomeProducts":
		return true
	}
	return false
}
