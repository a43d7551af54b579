package extract

import "bytes"

// A page that a server streams in pieces (React's streaming rendering,
// used by Next.js and others) prints an empty <template id="B:n"> (followed
// by a placeholder) or <template id="P:n"> where a piece of its content
// belongs, and the piece itself later, at the end of the document, in
// <div hidden id="S:n">. The page's script then moves each piece into
// place. Without the script the article is a column of "Loading…" lines
// and its text sits hidden at the bottom of the page.
// placeStreamedSegments does what the script does, in the bytes, before
// the page is segmented.
var (
	streamedSegmentOpen = []byte(`<div hidden id="S:`)
	streamedTemplate    = []byte(`<template id="`)
	templateClose       = []byte(`"></template>`)
)

// maxStreamedSegments bounds the pieces moved on one page.
const maxStreamedSegments = 4096

// streamedSegment is a piece of streamed content: the bytes of its hidden
// wrapper in the page (start, end) and of what the wrapper holds
// (inner, innerEnd).
type streamedSegment struct {
	start, inner, innerEnd, end int
}

// placeStreamedSegments returns page with each streamed piece moved to its
// placeholder's template, or page itself when it has none (most pages:
// one search of the bytes). Pieces hold templates of their own, which are
// filled in turn. A piece without a placeholder stays hidden, at the end.
func placeStreamedSegments(page []byte) []byte {
	first := indexSegmentOpen(page)
	if first < 0 {
		return page
	}
	var order []streamedSegment
	pieces := make(map[string]int)
	for at := first; at >= 0 && len(order) < maxStreamedSegments; {
		id, seg, ok := readStreamedSegment(page, at)
		if !ok {
			break
		}
		pieces[id] = len(order)
		order = append(order, seg)
		next := indexSegmentOpen(page[seg.end:])
		if next < 0 {
			break
		}
		at = seg.end + next
	}
	if len(order) == 0 {
		return page
	}
	p := placer{page: page, pieces: pieces, order: order, placed: make([]bool, len(order)),
		out: make([]byte, 0, len(page))}
	prev := 0
	for _, seg := range order {
		p.fill(page[prev:seg.start], 0)
		prev = seg.end
	}
	p.fill(page[prev:], 0)
	for k, seg := range order {
		if !p.placed[k] {
			p.out = append(p.out, page[seg.start:seg.end]...)
		}
	}
	return p.out
}

// maxStreamedDepth bounds how deep pieces are filled into pieces.
const maxStreamedDepth = 16

// placer writes a page with its streamed pieces in place.
type placer struct {
	page   []byte
	pieces map[string]int // a piece's id to its index in order
	order  []streamedSegment
	placed []bool
	out    []byte
}

// indexSegmentOpen returns the index of the first streamedSegmentOpen in
// page, or -1. It steps from one 'S' to the next, the pattern's rarest
// byte in HTML (2 a KB where '<' and ':' are 11), where bytes.Index steps
// from '<' to '<'.
func indexSegmentOpen(page []byte) int {
	const at = len(`<div hidden id="`) // the index of the S in the pattern
	n := len(streamedSegmentOpen)
	for i := at; i+n-at <= len(page); i++ {
		j := bytes.IndexByte(page[i:len(page)-(n-at-1)], 'S')
		if j < 0 {
			return -1
		}
		i += j
		// "S:" is rare where 'S' alone is not (scripts, text, data).
		if page[i+1] == ':' && bytes.Equal(page[i-at:i-at+n], streamedSegmentOpen) {
			return i - at
		}
	}
	return -1
}

// fill appends src to the output with each template that names a piece
// not yet placed replaced by the piece, itself filled.
func (p *placer) fill(src []byte, depth int) {
	for {
		t := bytes.Index(src, streamedTemplate)
		if t < 0 {
			break
		}
		idStart := t + len(streamedTemplate)
		idLen := bytes.IndexByte(src[idStart:], '"')
		if idLen < 0 {
			break
		}
		k, ok := p.pieces[templateRef(src[idStart:idStart+idLen])]
		tail := src[idStart+idLen:]
		if !ok || p.placed[k] || depth >= maxStreamedDepth || !bytes.HasPrefix(tail, templateClose) {
			p.out = append(p.out, src[:idStart]...)
			src = src[idStart:]
			continue
		}
		p.out = append(p.out, src[:t]...)
		p.placed[k] = true
		seg := p.order[k]
		p.fill(p.page[seg.inner:seg.innerEnd], depth+1)
		src = tail[len(templateClose):]
	}
	p.out = append(p.out, src...)
}

// templateRef returns the id of the piece that a template's id names: "B:1f"
// (a boundary, followed by its placeholder) and "P:1f" (a bare
// placeholder) both name the piece "S:1f", whose id is "1f". It returns
// "" for other templates.
func templateRef(id []byte) string {
	if len(id) < 3 || id[1] != ':' || id[0] != 'B' && id[0] != 'P' {
		return ""
	}
	return string(id[2:])
}

// readStreamedSegment reads the piece whose wrapper opens at page[at:]: its
// id ("S:1f" gives "1f", the id of its template) and its extent, found by
// counting the <div> elements opened and closed inside it. ok is false
// when the wrapper is malformed or never closed.
func readStreamedSegment(page []byte, at int) (id string, seg streamedSegment, ok bool) {
	idStart := at + len(streamedSegmentOpen)
	rest := page[idStart:]
	n := 0
	for n < len(rest) && n < 16 && (rest[n] >= '0' && rest[n] <= '9' || rest[n] >= 'a' && rest[n] <= 'z') {
		n++
	}
	if n == 0 || n >= len(rest) || rest[n] != '"' {
		return "", seg, false
	}
	gt := bytes.IndexByte(rest[n:], '>')
	if gt < 0 {
		return "", seg, false
	}
	inner := idStart + n + gt + 1
	depth := 1
	for i := inner; i < len(page); {
		lt := bytes.IndexByte(page[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		switch {
		case hasTagPrefix(page[i:], "<div"):
			depth++
		case hasTagPrefix(page[i:], "</div"):
			if depth--; depth == 0 {
				end := i + len("</div")
				if gt := bytes.IndexByte(page[end:], '>'); gt >= 0 {
					end += gt + 1
				}
				return string(rest[:n]), streamedSegment{start: at, inner: inner, innerEnd: i, end: end}, true
			}
		}
		i++
	}
	return "", seg, false
}

// hasTagPrefix reports whether b opens with tag followed by the end of the
// tag's name (">", "/" or white space), in any case.
func hasTagPrefix(b []byte, tag string) bool {
	if len(b) <= len(tag) || !bytes.EqualFold(b[:len(tag)], []byte(tag)) {
		return false
	}
	switch b[len(tag)] {
	case '>', '/', ' ', '\t', '\n', '\r', '\f':
		return true
	}
	return false
}
