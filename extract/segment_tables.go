package extract

import "golang.org/x/net/html/atom"

// isTablePart reports whether a is a table or one of its parts. A table
// whose class or id says "header" ("sticky-header", "table-header",
// "fixed-header") names its own header row, which stays in view as the
// table scrolls, not the page's header: segment drops the name's header
// hint on it.
func isTablePart(a atom.Atom) bool {
	switch a {
	case atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Th, atom.Td, atom.Caption:
		return true
	}
	return false
}
