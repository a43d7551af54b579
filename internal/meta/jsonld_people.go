package meta

import "strings"

// personName returns the name of a JSON-LD Person or Organization node:
// its name (a string, or the first of a list), else, for a Person that
// gives its name in parts, its givenName and familyName joined.
func personName(v map[string]any) string {
	switch name := v["name"].(type) {
	case string:
		return name
	case []any:
		if len(name) > 0 {
			if s, ok := name[0].(string); ok {
				return s
			}
		}
	}
	given, _ := v["givenName"].(string)
	family, _ := v["familyName"].(string)
	return strings.TrimSpace(strings.TrimSpace(given) + " " + strings.TrimSpace(family))
}

// isOrganizationNode reports whether a JSON-LD node is an organisation
// (Organization, NewsMediaOrganization, Corporation...).
func isOrganizationNode(v map[string]any) bool {
	for t := range typeNames(v["@type"]) {
		if strings.HasSuffix(t, "Organization") || t == "Corporation" {
			return true
		}
	}
	return false
}

// isPersonNode reports whether a JSON-LD node is a Person.
func isPersonNode(v map[string]any) bool {
	for t := range typeNames(v["@type"]) {
		if t == "Person" {
			return true
		}
	}
	return false
}

// hasPerson reports whether a list of authors holds a Person node: the
// organisations beside it, the publisher credited with the writer, are
// then no authors.
func (w *walker) hasPerson(list []any) bool {
	for _, e := range list {
		if n, ok := w.deref(e).(map[string]any); ok && isPersonNode(n) {
			return true
		}
	}
	return false
}
