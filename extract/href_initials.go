package extract

import (
	"encoding/binary"
	"math/bits"

	"github.com/winnowtext/winnow/internal/swar"
)

// initials is a set of the bytes that open the segments of a link's
// address: its first byte and each byte after a "/" (see
// segmentInitials). The tests of a link's path (profileLink,
// isAuthorPath) look for folders that open with a few letters; a link
// whose segments open with none of them is turned away by one test of
// the set, before the address is cut into host, path and query.
type initials uint32

// initialCyrillic stands for the lead byte 0xd0 of the Cyrillic letters
// "а" to "п" (the "а" of "автор").
const initialCyrillic initials = 1 << 26

// initialAuthorFolder is set when a segment may open with an author's
// folder (authorFolderStart): isAuthorPath turns away the links without
// one by the set alone.
const initialAuthorFolder initials = 1 << 27

// initialOf returns the member of initials that byte c stands for: an
// ASCII letter in either case, or the lead byte of initialCyrillic; 0 for
// the others. c|0x20 lands in 'a'..'z' for the ASCII letters only.
func initialOf(c byte) initials {
	if l := c | 0x20 - 'a'; l < 26 {
		return 1 << l
	}
	if c == 0xd0 {
		return initialCyrillic
	}
	return 0
}

// segmentInitials returns the initials of href: those of its first byte
// and of each byte that follows a "/". The host of an http(s) address
// ("https://www.example.com") is no folder to the tests, which cut it
// away: its initial is left out. Query and fragment are not cut away:
// their initials only add to the set, so a test that finds none of its
// letters in it may answer no for any part of the address. The set also
// says whether a segment may be an author's folder (initialAuthorFolder).
// The slashes are found eight bytes at a time.
func segmentInitials(href []byte) initials {
	if len(href) == 0 {
		return 0
	}
	var set initials
	i := hostStart(href)
	if i <= len("//") {
		// A relative address, or a protocol-relative one, whose host
		// profileLink reads as a segment.
		i, set = 0, segmentInitial(href)
	}
	for ; i+8 <= len(href); i += 8 {
		slashes := swar.Equal(binary.LittleEndian.Uint64(href[i:]), '/')
		for slashes != 0 {
			if next := i + bits.TrailingZeros64(slashes)/8 + 1; next < len(href) {
				set |= segmentInitial(href[next:])
			}
			slashes &= slashes - 1
		}
	}
	for ; i+1 < len(href); i++ {
		if href[i] == '/' {
			set |= segmentInitial(href[i+1:])
		}
	}
	return set
}

// segmentInitial returns the initial of the segment seg opens with, and
// initialAuthorFolder when that may be an author's folder. seg is not
// empty.
func segmentInitial(seg []byte) initials {
	ini := initialOf(seg[0])
	if ini&authorInitials != 0 && authorFolderStart(seg) {
		ini |= initialAuthorFolder
	}
	return ini
}
