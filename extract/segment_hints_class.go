package extract

import (
	"encoding/binary"
	"math/bits"
)

// partSlot is one name of a class list remembered on its own (see
// hintCache): keys[off:off+n], what its words say when read after a name
// that leaves nameWords no state to carry (see readClass), and what it
// says as one name of a class value (see classSays).
type partSlot struct {
	off   int32
	n     uint16 // 0: empty
	words nameWords
	shape uint32 // nameShape of the name, 0 until a class list starts with it
	embed embedFrame
	quote bool
	// srOnly: the name is a screen-reader utility (see srOnlyName).
	srOnly bool
}

// partCacheSets is the number of sets of two names of class lists
// remembered at once.
const partCacheSets = 256

// maxPart is the longest name of a class list remembered on its own.
const maxPart = 255

// readClass reads the words of the class value class into nh, which holds
// no words yet, and returns what the value says as a class (see
// classSays): the value and its names are read once, where nameHints and
// classSaysOf each read them.
//
// A value of several names is read name by name, and each name is looked
// up in parts before its words are read. The words of one name carry
// state into the next: a name that ends in "user", "cookie" or "of"
// changes what the next name's first word says ("forum-user name",
// "cookie banner"; "of" carries only across white space other than a
// space). So a name is remembered as it reads after a name that leaves no
// such state, and a name read after one that does is read in full.
func (c *hintCache) readClass(nh *nameWords, class []byte) classSays {
	var says classSays
	for i := 0; i < len(class); {
		for i < len(class) && isHTMLSpace(class[i]) {
			if class[i] == ' ' {
				nh.flags &^= flagOf // the next class is a name of its own
			}
			i++
		}
		j := nameEnd(class, i)
		if j == i {
			break
		}
		name := class[i:j]
		first := says.shape == 0
		if i == 0 && j == len(class) || nh.has(carriedFlags) || len(name) > maxPart {
			// One name, which the whole value's slot remembers, or one
			// that reads differently after the name before it.
			nh.read(name)
			if first {
				says.shape = nameShape(name)
			}
			if says.embed == 0 {
				says.embed = embedClass(name)
			}
			says.quote = says.quote || quoteName(name)
			says.srOnly = says.srOnly || srOnlyName(name)
		} else {
			p, numbered := c.part(name)
			nh.join(&p.words)
			if numbered {
				nh.endNumber()
			}
			if first {
				if numbered {
					says.shape = nameShape(name)
				} else {
					if p.shape == 0 {
						p.shape = nameShape(name)
					}
					says.shape = p.shape
				}
			}
			if says.embed == 0 {
				says.embed = p.embed
			}
			says.quote = says.quote || p.quote
			says.srOnly = says.srOnly || p.srOnly
		}
		i = j
	}
	return says
}

// nameEnd returns where the name of a class list that starts at class[i]
// ends: at the first HTML white space from i on, or at len(class). Eight
// bytes are tested at a time while eight are left: nearly every byte of a
// name is above ' '.
func nameEnd(class []byte, i int) int {
	for ; i+8 <= len(class); i += 8 {
		x := binary.LittleEndian.Uint64(class[i:])
		// The high bit of each byte below 0x21 is set in m (a byte above
		// one may be set too, by the borrow; the lowest never is falsely).
		m := (x - 0x2121212121212121) &^ x & 0x8080808080808080
		if m == 0 {
			continue
		}
		k := i + bits.TrailingZeros64(m)/8
		if isHTMLSpace(class[k]) {
			return k
		}
		i = k + 1 - 8 // a control byte within the name: read on after it
	}
	for i < len(class) && !isHTMLSpace(class[i]) {
		i++
	}
	return i
}

// part returns the slot of one name of a class list, reading the name
// when no slot remembers it. A name that ends in a number of its own
// ("menu-item-4711", "post-12") is remembered without it, and numbered
// is true: such numbers differ from element to element, and a number
// says nothing but ends the name's last word (see endNumber). The
// slot's shape is then not the name's.
func (c *hintCache) part(name []byte) (p *partSlot, numbered bool) {
	if stem := numberStem(name); len(stem) > 0 {
		name, numbered = stem, true
	}
	set := &c.parts[nameHash(name)%partCacheSets]
	switch {
	case c.stored(set[0].off, set[0].n, name):
	case c.stored(set[1].off, set[1].n, name):
		set[0], set[1] = set[1], set[0]
	default:
		if len(c.keys)+len(name) > hintCacheKeyBytes {
			c.reset()
		}
		set[1] = set[0]
		set[0] = partSlot{off: int32(len(c.keys)), n: uint16(len(name)), embed: embedClass(name), quote: quoteName(name), srOnly: srOnlyName(name)}
		set[0].words.read(name)
		c.keys = append(c.keys, name...)
	}
	return &set[0], numbered
}

// numberStem returns name without the number it ends in when a
// separator stands before the number ("post-4711" is "post-"), and nil
// when name ends in no such number: the digits that end a word
// ("h2", "col4") are the word's.
func numberStem(name []byte) []byte {
	i := len(name)
	for i > 0 && name[i-1] >= '0' && name[i-1] <= '9' {
		i--
	}
	if i == len(name) || i == 0 || nameBytes[name[i-1]] != 0 {
		return nil
	}
	return name[:i]
}

// endNumber reads a number after the words read into nh (see
// numberStem): it holds no name the words are compared with, and it ends
// what "user", "of" and "cookie" start.
func (nh *nameWords) endNumber() {
	nh.flags &^= carriedFlags
}

// join adds to nh what the words of the next name say, read into w from
// no state (see readClass); nh is left in the state w ends in.
func (nh *nameWords) join(w *nameWords) {
	nh.hints |= w.hints
	nh.social |= w.social
	nh.word = nh.word.and(w.word)
	nh.socialWord = nh.socialWord.and(w.socialWord)
	nh.mark |= w.mark
	nh.flags = nh.flags&^carriedFlags | w.flags
}
