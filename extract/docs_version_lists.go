package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// Bounds of a version picker's list (see dropVersionLists).
const (
	versionListMin   = 5 // items in a row
	versionItemWords = 8 // words of one item at most
)

// dropVersionLists drops, on a documentation page, the list of a version
// picker: a run of at least versionListMin short items in one container,
// each opening on a release number ("2.41.0 2024-04-29", "2.38.1 → 2.42.4
// no changes", "v3.2"), the menu of the versions the page exists in. A
// recogniser takes some items for datelines and leaves the others; they
// go together. A changelog's entries say what changed in more words, and
// its release numbers are headings.
func dropVersionLists(blocks []boilerplate.Block) {
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && versionItem(&blocks[j]) &&
			blocks[j].Features.ContainerID == blocks[i].Features.ContainerID {
			j++
		}
		if j-i >= versionListMin {
			for k := i; k < j; k++ {
				if blocks[k].Kept {
					blocks[k].Drop(boilerplate.ReasonNavigation)
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// versionItem reports whether b is a short list item that opens on a
// release number.
func versionItem(b *boilerplate.Block) bool {
	if b.Kind != boilerplate.KindListItem || b.Features.Words > versionItemWords {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(b.Text), " ")
	return releaseNumber(first)
}

// releaseNumber reports whether w is a release number: digits in two or
// more dot-separated parts, with an optional "v" before them ("2.41",
// "v3.2.1").
func releaseNumber(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "v"), "V")
	parts, digits := 1, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && digits > 0 && i+1 < len(w):
			parts++
			digits = 0
		default:
			return false
		}
	}
	return parts >= 2 && digits > 0
}
