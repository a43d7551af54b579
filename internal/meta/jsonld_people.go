package meta

import "strings"

// personName returns the name of a JSON-LD Person or Organization node:
// its name (a string, or the first of a list), else, for a Person that
// gives its name in parts, its givenName and familyName joined.
func personName(v *jsonValue) string {
	switch name := v.member(keyName); name.kind {
	case jsString:
		return name.str
	case jsArray:
		if len(name.kids) > 0 {
			if s, ok := name.kids[0].text(); ok {
				return s
			}
		}
	}
	given, _ := v.member(keyGivenName).text()
	family, _ := v.member(keyFamilyName).text()
	return strings.TrimSpace(strings.TrimSpace(given) + " " + strings.TrimSpace(family))
}

// isOrganizationNode reports whether a JSON-LD node is an organisation
// (Organization, NewsMediaOrganization, Corporation...).
func isOrganizationNode(v *jsonValue) bool {
	for t := range typeNames(v.member(keyType)) {
		if strings.HasSuffix(t, "Organization") || t == "Corporation" {
			return true
		}
	}
	return false
}

// isPersonNode reports whether a JSON-LD node is a Person.
func isPersonNode(v *jsonValue) bool {
	for t := range typeNames(v.member(keyType)) {
		if t == "Person" {
			return true
		}
	}
	return false
}

// hasPerson reports whether a list of authors holds a Person node: the
// organisations beside it, the publisher credited with the writer, are
// then no authors.
func (w *walker) hasPerson(list []jsonValue) bool {
	for i := range list {
		if n := w.deref(&list[i]); n.kind == jsObject && isPersonNode(n) {
			return true
		}
	}
	return false
}
