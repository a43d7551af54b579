package extract

import (
	"bytes"
	"slices"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
	"golang.org/x/net/html/atom"
)

// folds records the disclosure widgets of a page: the ids that controls
// name in aria-controls or in-page links (accordion headers, tabs, "show
// more" buttons) and the hidden block-level elements that may be the
// panels they open.
// resolveHints shows the panels whose text belongs to the content (see
// unfolds).
type folds struct {
	controlled []uint64    // the ids named by aria-controls or in-page links, hashed (nameHash)
	panels     []foldPanel // hidden block-level elements, in document order
}

// foldPanel is a hidden block-level element, or a tab panel that is shown:
// its node, its id hashed (0 without one), whether its role names a tab
// panel and whether it is shown.
type foldPanel struct {
	node    int32
	id      uint64
	tab     bool
	open    bool
	toggled bool // it follows its toggle, a short line of its own (see afterToggle)
	aria    bool // aria-hidden alone hides it (see ariaPanel)
}

// maxControls bounds the ids recorded from aria-controls: a page has tens
// of controls, and memory stays bounded on a page made of them.
const maxControls = 1 << 14

// noteControls records the ids that an element's aria-controls names, and
// the id an in-page link (href="#details") points to: the tab lists of
// many shop themes are links to their panels, without ARIA.
func (f *folds) noteControls(attrs []attr) {
	for i := range attrs {
		at := &attrs[i]
		if len(f.controlled) >= maxControls {
			return
		}
		if string(at.key) == "href" && len(at.val) > 1 && at.val[0] == '#' {
			f.controlled = append(f.controlled, nameHash(at.val[1:])|1)
			continue
		}
		if string(at.key) != "aria-controls" {
			continue
		}
		for id := range bytes.FieldsSeq(at.val) {
			f.controlled = append(f.controlled, nameHash(id)|1)
		}
	}
}

// notePanel records the element a, about to become node n, as a possible
// panel when it is hidden, and as the open tab of a tab list when it is a
// shown tab panel (it makes a group with the hidden ones). Only an element
// that the hidden attribute or its inline style hides, or that is inert,
// can be a folded panel: the script of an accordion or of tabs writes the
// panel's state there (display:none, height:0, opacity:0, or inert, which
// takes a closed panel out of the page's focus order) beside aria-hidden, while
// aria-hidden alone hides an element from screen readers only, as
// carousels hide their slides and clones of them. Nor is a dialog a
// panel: a modal covers the page when a script opens it (a policy, a
// sign-in form, a quick view), it does not unfold part of it. toggled
// says that the hidden element follows its toggle (see afterToggle): a
// panel without an id that no control names may still be one. An element
// with an id that aria-hidden alone hides is recorded too, as such (aria):
// when a control names it, it is marked apart (node.ariaPanel), and only
// a collection's reading reads it (see keepAriaPanels).
func (f *folds) notePanel(n int32, a atom.Atom, attrs []attr, hidden, toggled bool) {
	if a == atom.Dialog {
		return
	}
	p := foldPanel{node: n, toggled: toggled}
	shown := true
	for _, at := range attrs {
		switch string(at.key) {
		case "hidden", "style", "inert":
			shown = false
		case "aria-hidden":
			p.aria = bytes.EqualFold(at.val, []byte("true"))
		case "aria-modal":
			if bytes.EqualFold(at.val, []byte("true")) {
				return
			}
		case "role":
			var lower [32]byte
			switch string(ascii.AppendLower(lower[:0], at.val)) {
			case "dialog", "alertdialog":
				return
			case "tabpanel":
				p.tab = true
			}
		case "id":
			if len(at.val) > 0 {
				p.id = nameHash(at.val) | 1 // 0 is no id
			}
		}
	}
	p.open = !hidden
	p.aria = p.aria && shown && p.id != 0
	if p.open && p.tab || hidden && !shown && (p.tab || p.id != 0 || p.toggled) || hidden && p.aria {
		f.panels = append(f.panels, p)
	}
}

// markPanels sets node.panel on the recorded panels that a control names
// or whose role is tabpanel, and node.toggled on those that only follow
// their toggles, when they come in a group: an accordion has
// several answers, a tab list several tabs. A lone folded panel is most
// often an extra the page offers to open (a transcript, a form, the
// filters of a list), not part of its text. Panels are a group when they
// are near kin: they share an ancestor at most kinDepth levels up (the
// items of one accordion, the tabs of one tab list); the open tab counts.
func (f *folds) markPanels(nodes []node) {
	if len(f.panels) == 0 {
		return
	}
	slices.Sort(f.controlled)
	prev := foldPanel{node: -1} // the last panel
	for _, p := range f.panels {
		if int(p.node) >= len(nodes) || !p.tab && !p.toggled && !f.named(p.id) {
			continue
		}
		if prev.node >= 0 && kin(nodes, prev.node, p.node) {
			f.mark(nodes, prev)
			f.mark(nodes, p)
		}
		prev = p
	}
}

// mark marks the hidden panel p of a group: as a panel when a control
// names it or its role is tabpanel, as toggled when only its place after
// a toggle makes it one (see afterToggle). A shown panel (the open tab)
// is not marked.
func (f *folds) mark(nodes []node, p foldPanel) {
	switch {
	case p.open:
	case p.aria:
		nodes[p.node].ariaPanel = f.named(p.id)
	case p.tab || f.named(p.id):
		nodes[p.node].panel = true
	default:
		nodes[p.node].toggled = true
	}
}

// kinDepth is how many levels up two panels of one group may share an
// ancestor: a panel, the item around it with its control, the accordion.
const kinDepth = 3

// kin reports whether nodes a and b share an ancestor at most kinDepth
// levels above each.
func kin(nodes []node, a, b int32) bool {
	for range kinDepth {
		if a = nodes[a].parent; a < 0 {
			return false
		}
		c := b
		for range kinDepth {
			if c = nodes[c].parent; c < 0 {
				break
			}
			if a == c {
				return true
			}
		}
	}
	return false
}

// named reports whether some aria-controls or in-page link names the id
// whose hash is id;
// f.controlled must be sorted.
func (f *folds) named(id uint64) bool {
	_, ok := slices.BinarySearch(f.controlled, id)
	return id != 0 && ok
}

// unfolds reports whether the hidden panel at node i is content that a
// reader unfolds: an accordion's answer, a product's specification tab, a
// "read more" description. Menus, mega-menus and drawers are panels that a
// control opens too; they are told apart by where they are and what they
// hold: the panel must hold more prose than not (good and bad are the
// prose and non-prose characters under each node, see resolveHints), and
// its parent must be neither hidden itself nor navigation, a header, a
// footer, an aside, a form or boilerplate.
func unfolds(s *segmenter, i int, good, bad []float64) bool {
	if !s.nodes[i].panel || good[i] <= bad[i] {
		return false
	}
	p := s.nodes[i].parent
	return p >= 0 && s.hintsAt[p]&(boilerplate.HintHidden|negativeHints) == 0
}
