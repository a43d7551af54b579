package extract

import "bytes"

// The segmenter reads a class list once (classSaysOf). The functions here
// answer one question each over the whole list, as the segmenter once
// did; the tests hold classSaysOf's answers to them.

// quoteClass reports whether a class value holds a name that boxes a
// quotation (see quoteName).
func quoteClass(class []byte) bool {
	if bytes.IndexByte(class, 'q') < 0 && bytes.IndexByte(class, 'Q') < 0 {
		return false
	}
	for v := class; len(v) > 0; {
		i := 0
		for i < len(v) && !isHTMLSpace(v[i]) {
			i++
		}
		if quoteName(v[:i]) {
			return true
		}
		for i < len(v) && isHTMLSpace(v[i]) {
			i++
		}
		v = v[i:]
	}
	return false
}

// screenReaderOnly reports whether a class list names a screen-reader
// utility (see srOnlyName).
func screenReaderOnly(class []byte) bool {
	start := 0
	for i := 0; i <= len(class); i++ {
		if i < len(class) && !isHTMLSpace(class[i]) {
			continue
		}
		if srOnlyName(class[start:i]) {
			return true
		}
		start = i + 1
	}
	return false
}
