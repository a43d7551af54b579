package meta

import "strings"

// maxTypes bounds the type names a page may report: real pages declare a
// handful; a generated page could declare thousands.
const maxTypes = 16

// typeSet gathers the names of what a page declares itself to be: the
// JSON-LD @type of each node, and og:type as "og:" and its value.
type typeSet struct{ names []string }

func (t *typeSet) add(name string) {
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 64 || len(t.names) >= maxTypes {
		return
	}
	for _, n := range t.names {
		if strings.EqualFold(n, name) {
			return
		}
	}
	if t.names == nil {
		t.names = make([]string, 0, 4) // a page declares a few: one allocation
	}
	t.names = append(t.names, name)
}

// addNode adds the @type names of a JSON-LD node.
func (t *typeSet) addNode(n *jsonValue) {
	for name := range typeNames(n.member(keyType)) {
		t.add(name)
	}
}
