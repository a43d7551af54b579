package extract

import (
	"bytes"
	"encoding/binary"

	"github.com/winnowtext/winnow/internal/arena"
	"github.com/winnowtext/winnow/internal/ascii"
	"github.com/winnowtext/winnow/internal/meta"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Marks in the page body that say an element holds the article's author
// or date. The metadata in <head> and JSON-LD is missing on many pages,
// and wrong on some; what the reader sees under the headline is what the
// page means. The segmenter captures the text of such elements during its
// one pass, and finish chooses among them by where they stand.

// markKind says what a marked element holds: a set of these bits.
type markKind uint8

const (
	markAuthor markKind = 1 << iota
	markDate
	markHeadline // itemprop=headline: its block's text is a title (see noteHeadline)
	markKicker   // a kicker inside a heading: no part of the headline (see cutKicker)
	markAnswer   // a class or id naming an answer: read as node.inAnswer (see answerNamed), never a mark
)

// markSource says how an element was marked, most specific first.
type markSource uint8

const (
	srcItemprop markSource = iota + 1 // itemprop=author, itemprop=datePublished
	srcRel                            // rel=author, <time>
	srcClass                          // a class or id naming a byline, an author or a date
)

// bodyMark is one marked element of the body.
type bodyMark struct {
	kind  markKind
	src   markSource
	text  string // its text, with a newline between blocks; "" for a <time> read by its datetime
	dt    string // the datetime attribute of a <time>
	title string // a dateline's title attribute when it is a date (see titleDate)
	block int32  // index of the first block at or after the element
	node  int32  // the block-level element that holds it
	index int    // its index in markCapture.marks, once finished
}

// Bounds on what one page's marks cost.
const (
	maxMarks       = 48  // marks kept per page
	maxMarkBytes   = 400 // text captured per mark; longer elements are not bylines
	maxOpenCapture = 4   // marked elements open inside one another
)

// openMark is a marked element whose text is being captured.
type openMark struct {
	mark     bodyMark
	tag      atom.Atom
	start    int   // offset of its text in markCapture.buf
	node     int32 // for a block element: its node, -1 for an inline one
	at       int   // index of node on the stack, -1 until found
	nest     int   // for an inline element: open elements of its tag, itself included
	overflow bool  // its text grew past maxMarkBytes
	named    bool  // an itemprop=author item whose itemprop=name was read
}

// markCapture is the segmenter's state for marked elements.
type markCapture struct {
	open  []openMark
	buf   []byte // text of the open marks, shared: nested marks take slices
	marks []bodyMark
	// headlines are the blocks of the page's first two itemprop=headline
	// elements, plus one (0 for none); see noteHeadline.
	headlines [2]int32
	// entryTitles are those of the first two headings classed as an
	// entry's title (see entryTitleClass), the same way.
	entryTitles [2]int32
	// strs holds the marks' texts; new for each page, since the Result
	// may keep them.
	strs arena.Strings
}

// markStart is called for every start tag in the body. class is the tag's
// class as the segmenter sorted it, keys its attributes' names (see
// attrKeys). It opens a capture when the element
// is marked, and keeps the captured text's block breaks.
func (s *segmenter) markStart(a atom.Atom, class tagClass, attrs []attr, keys attrKeys, selfClosing bool, nameMark markKind, authorHref bool) {
	mc := &s.mc
	if len(mc.open) > 0 {
		s.closeEndedMarks()
		switch class {
		case tagBlock, tagBreak, tagBoundary:
			mc.newline()
		case tagInline:
			// "<span>May 3, 2020</span><span>Jane Doe</span>" shows as two
			// words; inside a word, markup is rare in bylines.
			mc.space()
		}
		for i := range mc.open {
			if o := &mc.open[i]; o.node < 0 && o.tag == a && !selfClosing {
				o.nest++
			}
		}
	}
	if len(mc.marks)+len(mc.open) >= maxMarks || len(mc.open) >= maxOpenCapture {
		return
	}
	marking := attrs
	if keys&markKeys == 0 {
		marking = nil // none that markOf reads: most elements
	}
	kind, src, dt := markOf(a, marking, nameMark, authorHref)
	if kind == markHeadline {
		if !selfClosing && class != tagVoid {
			mc.noteHeadline(int32(len(s.blocks)))
		}
		return
	}
	if kind == 0 {
		if !mc.inAuthorItem() || !hasItempropName(attrs) {
			return
		}
		// The name of the Person an itemprop=author element holds: its
		// text beside the person's other properties (a photo, a
		// reputation, badges) is no name.
		mc.nameAuthorItem()
		kind, src = markAuthor, srcItemprop
		if content := attrVal(attrs, "content"); len(bytes.TrimSpace(content)) > 0 {
			text := string(bytes.TrimSpace(content))
			if len(text) <= maxMarkBytes {
				mc.marks = append(mc.marks, bodyMark{kind: kind, src: src, text: text, block: int32(len(s.blocks)), node: s.top().node})
			}
			return
		}
	}
	if kind&markDate != 0 && dt == "" {
		dt = s.epochDate(attrs)
	}
	m := bodyMark{kind: kind, src: src, dt: dt, block: int32(len(s.blocks)), node: s.top().node}
	if kind == markDate && dt == "" {
		m.title = titleDate(attrVal(attrs, "title"))
	}
	if dt != "" && (a == atom.Time || kind == markDate) || selfClosing || class == tagVoid {
		if dt != "" || m.title != "" {
			mc.marks = append(mc.marks, m) // nothing to read inside
		}
		return
	}
	o := openMark{mark: m, tag: a, start: len(mc.buf), node: -1, at: -1}
	if class == tagBlock {
		// start pushes the element next, as node len(s.nodes), after
		// closing the elements it ends; see closeEndedMarks.
		o.node = int32(len(s.nodes))
	} else {
		o.nest = 1
	}
	mc.open = append(mc.open, o)
}

// markEnd is called for every end tag in the body.
func (s *segmenter) markEnd(a atom.Atom) {
	mc := &s.mc
	if len(mc.open) == 0 {
		return
	}
	switch classify(a) {
	case tagBlock:
		mc.newline()
	case tagInline:
		mc.space()
	}
	for i := len(mc.open) - 1; i >= 0; i-- {
		if o := &mc.open[i]; o.node < 0 && o.tag == a {
			if o.nest--; o.nest == 0 {
				mc.close(i)
			}
			return
		}
	}
}

// markText is called with the body's text while a mark is open.
func (s *segmenter) markText(t []byte) {
	s.closeEndedMarks()
	mc := &s.mc
	for i := range mc.open {
		if o := &mc.open[i]; len(mc.buf)+len(t)-o.start > maxMarkBytes {
			o.overflow = true
		}
	}
	if !mc.capturing() {
		return
	}
	// White space collapsed as in blocks; a newline stands only for a
	// block boundary.
	for _, c := range t {
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
			mc.space()
			continue
		}
		mc.buf = append(mc.buf, c)
	}
}

// space adds a space unless the text ends with white space already.
func (mc *markCapture) space() {
	if n := len(mc.buf); n > 0 && mc.buf[n-1] != ' ' && mc.buf[n-1] != '\n' && mc.capturing() {
		mc.buf = append(mc.buf, ' ')
	}
}

// capturing reports whether an open mark still wants text.
func (mc *markCapture) capturing() bool {
	for i := range mc.open {
		if !mc.open[i].overflow {
			return true
		}
	}
	return false
}

// closeEndedMarks closes the marked block elements that the segmenter has
// popped, by their end tag or implicitly ("<p class=byline>By Jane<p>"),
// or never pushed (past the depth limit): their node is no longer open.
func (s *segmenter) closeEndedMarks() {
	mc := &s.mc
	for i := len(mc.open) - 1; i >= 0; i-- {
		o := &mc.open[i]
		if o.node < 0 {
			continue
		}
		if o.at < 0 {
			o.at = s.stackIndex(o.node)
		}
		if o.at < 0 || o.at >= len(s.stack) || s.stack[o.at].node != o.node {
			mc.close(i)
		}
	}
}

// stackIndex returns the index of node n on the stack of open elements,
// or -1. Nodes are numbered in document order and the stack's increase,
// so the search stops at the first lower one; it runs once per mark,
// which then checks its index alone.
func (s *segmenter) stackIndex(n int32) int {
	for i := len(s.stack) - 1; i >= 0; i-- {
		if m := s.stack[i].node; m <= n {
			if m == n {
				return i
			}
			return -1
		}
	}
	return -1
}

// close ends the capture of open mark i and those opened inside it.
func (mc *markCapture) close(i int) {
	for j := len(mc.open) - 1; j >= i; j-- {
		o := &mc.open[j]
		if !o.overflow && !o.named && o.start <= len(mc.buf) {
			if text := bytes.TrimSpace(mc.buf[o.start:]); len(text) > 0 {
				o.mark.text = mc.strs.String(text)
				mc.marks = append(mc.marks, o.mark)
			} else if o.mark.title != "" {
				mc.marks = append(mc.marks, o.mark) // a date in its title, no text
			}
		}
	}
	mc.open = mc.open[:i]
	if i == 0 {
		mc.buf = mc.buf[:0]
	}
}

func (mc *markCapture) newline() {
	if n := len(mc.buf); n > 0 && mc.buf[n-1] != '\n' && mc.capturing() {
		if mc.buf[n-1] == ' ' {
			mc.buf[n-1] = '\n'
		} else {
			mc.buf = append(mc.buf, '\n')
		}
	}
}

// markOf says whether an element is marked as holding the author or the
// date, how, and the datetime of a <time>. nameMark is what its class and
// id say (nameHints); authorHref, whether the element is a link to an
// author's page (linkAttrs.authorPath).
func markOf(a atom.Atom, attrs []attr, nameMark markKind, authorHref bool) (markKind, markSource, string) {
	var kind markKind
	var src markSource
	dt := ""
	for i := range attrs {
		at := &attrs[i]
		switch string(at.key) {
		case "itemprop":
			switch k := itempropMark(at.val); k {
			case 0:
			case markDate:
				// Its datetime may follow: <time itemprop="datePublished"
				// datetime="...">.
				kind, src = k, srcItemprop
			default:
				return k, srcItemprop, dt
			}
		case "rel":
			if containsFold(at.val, "author") && kind == 0 {
				kind, src = markAuthor, srcRel
			}
		case "href":
			if a == atom.A && kind == 0 && authorHref {
				kind, src = markAuthor, srcRel
			}
		case "datetime":
			dt = string(at.val)
		}
	}
	if src == srcItemprop {
		return kind, src, dt
	}
	if a == atom.Time {
		return markDate, srcRel, dt // what the class says of a <time> is beside the point
	}
	if kind == 0 && nameMark != 0 {
		kind, src = nameMark, srcClass
	}
	return kind, src, dt
}

// titleDate returns the date that a dateline's title attribute gives,
// in full where its text may give it relative to the day it is read
// ("<span class="timeago" title="2024-11-27T15:50:23Z">2 days ago</span>",
// "vor 3 Tagen", "il y a 3 jours"), as scripts that show dates as ages
// write them; "" when the title is no date. bodyDate reads it when the
// text gives no date.
func titleDate(title []byte) string {
	if len(title) == 0 || len(title) > maxTitleDate {
		return ""
	}
	s := string(title)
	if _, ok := meta.ParseDate(s); !ok {
		return ""
	}
	return s
}

// maxTitleDate is the longest title attribute read as a date.
const maxTitleDate = 64

// isAuthorPath reports whether a link's URL is an author's page: a
// segment of its path, not the last, names authors ("/author/jane-doe/",
// "/blog/authors/jane-doe", "/autor/max-muster"), as blogging software
// and news sites build them. The link's text is the byline's name.
func isAuthorPath(href []byte) bool {
	return authorPathWith(href, segmentInitials(href))
}

// authorPathWith is isAuthorPath for an address whose initials
// (segmentInitials) are known.
func authorPathWith(href []byte, ini initials) bool {
	if ini&initialAuthorFolder == 0 {
		return false
	}
	if i := bytes.IndexByte(href, '?'); i >= 0 {
		href = href[:i]
	}
	if i := bytes.IndexByte(href, '#'); i >= 0 {
		href = href[:i]
	}
	if i := bytes.Index(href, []byte("//")); i >= 0 {
		href = href[i+2:] // the host, which is no folder
		j := bytes.IndexByte(href, '/')
		if j < 0 {
			return false
		}
		href = href[j:]
	}
	if !hasAuthorPathStart(href) {
		return false
	}
	for {
		href = bytes.TrimLeft(href, "/")
		i := bytes.IndexByte(href, '/')
		if i < 0 {
			return false // the last segment is the author's slug, not the folder
		}
		seg := href[:i]
		href = href[i:]
		if !mayBeAuthorPath(seg) {
			continue
		}
		if len(bytes.Trim(href, "/")) == 0 {
			return false
		}
		for _, w := range authorPaths {
			if len(w) == len(seg) && bytes.EqualFold(seg, []byte(w)) {
				return true
			}
		}
	}
}

// authorInitials are the first bytes of authorPaths (authorPathFirst).
const authorInitials initials = 1<<('a'-'a') | 1<<('w'-'a') | 1<<('j'-'a') | 1<<('p'-'a') | 1<<('c'-'a') | 1<<('y'-'a') | initialCyrillic

// anySegmentStarts reports whether the text after some "/" of href
// passes starts: a search for "/" turns away most links at once.
func anySegmentStarts(href []byte, starts func([]byte) bool) bool {
	for i := bytes.IndexByte(href, '/'); i >= 0 && i+1 < len(href); {
		if starts(href[i+1:]) {
			return true
		}
		j := bytes.IndexByte(href[i+1:], '/')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// authorFolderStart reports whether p may open with one of authorPaths:
// by its first three bytes ("aut", "avt", "wri", "jou", "yaz"), which turn away
// the common folders that share a first letter with them ("article",
// "about", "wp-content", "world"), and as authorPathStart does for "p"
// and "c". The letters compared have no case but their ASCII ones.
func authorFolderStart(p []byte) bool {
	if !authorPathStart(p) {
		return false
	}
	switch p[0] | 0x20 {
	case 'a':
		return (p[1]|0x20 == 'u' || p[1]|0x20 == 'v') && p[2]|0x20 == 't' // "author", "autor", "auteur", "avtor"
	case 'w':
		return p[1]|0x20 == 'r' && p[2]|0x20 == 'i' // "writer"
	case 'j':
		return p[1]|0x20 == 'o' && p[2]|0x20 == 'u' // "journalist"
	case 'y':
		return p[1]|0x20 == 'a' && p[2]|0x20 == 'z' // "yazar"
	}
	return true
}

// hasAuthorPathStart reports whether a segment of href may start like
// one of authorPaths (see mayBeAuthorPath), so that most links are turned
// away by a search for "/".
func hasAuthorPathStart(href []byte) bool {
	return anySegmentStarts(href, authorPathStart)
}

// mayBeAuthorPath turns away, by length and first bytes, the path
// segments that cannot be one of authorPaths: every link of a page is
// read, so most segments must cost a few comparisons.
func mayBeAuthorPath(seg []byte) bool {
	return len(seg) >= 5 && len(seg) <= 12 && authorPathStart(seg)
}

// authorPathStart reports whether the path from a segment's start may
// open with one of authorPaths: by its first byte, and for "p" and "c",
// common first letters of other folders ("products", "category",
// "collections"), by the first four or five.
func authorPathStart(p []byte) bool {
	if len(p) < 5 || !authorPathFirst(p[0]) {
		return false
	}
	switch p[0] | 0x20 {
	case 'p':
		return p[1]|0x20 == 'r' && p[2]|0x20 == 'o' && p[3]|0x20 == 'f' // "profiles"
	case 'c':
		return p[1]|0x20 == 'o' && p[2]|0x20 == 'n' && p[3]|0x20 == 't' && p[4]|0x20 == 'r' // "contributors"
	}
	return true
}

// authorPathFirst reports whether c is the first byte of one of
// authorPaths, in either case.
func authorPathFirst(c byte) bool {
	switch c | 0x20 {
	case 'a', 'w', 'j', 'p', 'c', 'y':
		return true
	}
	return c == 0xd0 // Cyrillic "а": "автор"
}

// authorPaths are the folders of authors' pages in URLs, in the
// recognisers' languages, and of the contributors' profiles that
// republishing and opinion sites link bylines to ("/profiles/jane-doe-12",
// "/contributors/jane-doe"). The singular "profile" is left out: forums
// and social networks file their members' pages there.
var authorPaths = [...]string{"author", "authors", "autor", "autoren", "autores", "auteur", "auteurs", "autore",
	"autori", "autorzy", "writer", "writers", "journalist", "journalists", "avtor", "автор", "авторы", "yazar", "yazarlar",
	"profiles", "contributors", "contributor"}

// nameAuthorItem notes that the innermost open itemprop=author element
// gave its itemprop=name: the rest of its text (the member's rank, the
// fields of a forum's profile card: "Native Language", "Home Country") is
// then no name, and the element is not read as a mark of its own.
func (mc *markCapture) nameAuthorItem() {
	for i := len(mc.open) - 1; i >= 0; i-- {
		if m := &mc.open[i]; m.mark.src == srcItemprop && m.mark.kind&markAuthor != 0 {
			m.named = true
			return
		}
	}
}

// inAuthorItem reports whether an element marked itemprop=author is open.
func (mc *markCapture) inAuthorItem() bool {
	for i := range mc.open {
		if m := &mc.open[i].mark; m.src == srcItemprop && m.kind&markAuthor != 0 {
			return true
		}
	}
	return false
}

// hasItempropName reports whether attrs give the microdata property name.
func hasItempropName(attrs []attr) bool {
	for p := range bytes.FieldsSeq(attrVal(attrs, "itemprop")) {
		if bytes.EqualFold(p, []byte("name")) {
			return true
		}
	}
	return false
}

// attrVal returns the value of the attribute key, nil when absent.
func attrVal(attrs []attr, key string) []byte {
	for _, at := range attrs {
		if string(at.key) == key {
			return at.val
		}
	}
	return nil
}

// itempropMark reads the microdata properties of the author and the
// publication date.
func itempropMark(val []byte) markKind {
	for p := range bytes.FieldsSeq(val) { // no slice of the words
		switch {
		case bytes.EqualFold(p, []byte("author")), bytes.EqualFold(p, []byte("creator")):
			return markAuthor
		case bytes.EqualFold(p, []byte("datePublished")):
			return markDate
		case bytes.EqualFold(p, []byte("headline")):
			return markHeadline
		}
	}
	return 0
}

// authorNames and dateNames are the words that open the class and id
// names of bylines and datelines across the web and its languages
// ("byline", "article-author", "post-date", "autor", "datum").
var (
	authorNames = [...]string{"author", "byline", "autor", "auteur", "verfasser", "writer", "username"}
	dateNames   = [...]string{"date", "published", "pubdate", "timestamp", "timeago", "dateline", "datum", "fecha", "posted"}
	// kickerNames open the class names of the kicker that news sites set
	// in a headline's element before its words ("article__kicker",
	// "headline-overline", "eyebrow", German "Dachzeile").
	kickerNames = [...]string{"kicker", "overline", "eyebrow", "topline", "dachzeile", "roofline", "supertitle"}
	// answerNames open the class and id names of a Q&A page's answers
	// ("answer", "answers", "answer-body").
	answerNames = [...]string{"answer"}
)

// wordMark says whether a lower-case word of a class or id opens with
// one of authorNames or dateNames. The names' first four bytes are
// compared as one number, so most words cost a few comparisons.
func wordMark(w []byte) markKind {
	if len(w) < 4 {
		return 0
	}
	key := binary.LittleEndian.Uint32(w)
	for _, m := range classMarkNames[w[0]] {
		if m.key == key && len(w) >= len(m.name) && string(w[:len(m.name)]) == m.name {
			return m.kind
		}
	}
	return 0
}

// classMarkEntry is a name of authorNames or dateNames, with its first
// four bytes as a number.
type classMarkEntry struct {
	key  uint32
	name string
	kind markKind
}

// classMarkNames are authorNames and dateNames by their first byte, for
// wordMark. Built once, never modified.
var classMarkNames = func() (out [256][]classMarkEntry) {
	for _, n := range authorNames {
		out[n[0]] = append(out[n[0]], classMarkEntry{binary.LittleEndian.Uint32([]byte(n)), n, markAuthor})
	}
	for _, n := range dateNames {
		out[n[0]] = append(out[n[0]], classMarkEntry{binary.LittleEndian.Uint32([]byte(n)), n, markDate})
	}
	for _, n := range kickerNames {
		out[n[0]] = append(out[n[0]], classMarkEntry{binary.LittleEndian.Uint32([]byte(n)), n, markKicker})
	}
	for _, n := range answerNames {
		out[n[0]] = append(out[n[0]], classMarkEntry{binary.LittleEndian.Uint32([]byte(n)), n, markAnswer})
	}
	return out
}()

// markFirst holds the first letters of authorNames and dateNames.
var markFirst = func() (t [256]bool) {
	for _, p := range authorNames {
		t[p[0]] = true
	}
	for _, p := range dateNames {
		t[p[0]] = true
	}
	for _, p := range kickerNames {
		t[p[0]] = true
	}
	for _, p := range answerNames {
		t[p[0]] = true
	}
	return t
}()

// containsFold reports whether b (an attribute's bytes or a block's
// text) contains the lower-case ASCII word w in any case, without copying
// b. A byte that is not ASCII matches no letter of w (Unicode's other
// cases of ASCII letters, the Kelvin sign for "k" and the long s, take
// more bytes than one), so the bytes are compared in ASCII.
func containsFold[T string | []byte](b T, w string) bool {
	for i := 0; i+len(w) <= len(b); i++ {
		if ascii.Lower(b[i]) == w[0] && ascii.HasPrefixFold(b[i:], w) {
			return true
		}
	}
	return false
}

// metaAttrs converts for the metadata collector the attributes it reads,
// into a buffer the next call reuses: the collector keeps strings, never
// the slice. Keys are the collector's own constants, so only the values
// read are copied, and of the values that name a key (a <meta>'s name,
// an itemprop, a rel), the common ones are the collector's strings too
// (meta.Key): they were a copy each, a fifth of a page's allocations.
// The other values share the collector's arena (a new one each page,
// since the Result may keep them).
func (s *segmenter) metaAttrs(attrs []attr) []html.Attribute {
	out := s.attrBuf[:0]
	for _, at := range attrs {
		key := collectorKey(at.key)
		switch key {
		case "":
			continue
		case "name", "property", "http-equiv", "itemprop", "rel":
			out = append(out, html.Attribute{Key: key, Val: s.metaKey(at.val)})
		default:
			out = append(out, html.Attribute{Key: key, Val: s.md.Strings().String(at.val)})
		}
	}
	s.attrBuf = out
	return out
}

// metaKey returns an attribute value that names a key (a <meta>'s name,
// an itemprop, a rel) as a string: the collector's own when it is a
// common key, else a copy in the page's arena.
func (s *segmenter) metaKey(b []byte) string {
	if k, ok := meta.KnownKey(b); ok {
		return k
	}
	return s.md.Strings().String(b)
}

// metaPassedOver reports whether the metadata collector files nothing of
// a <meta> without an itemprop: it is named, by name or property, only
// with keys the collector passes over (meta.PassesOver: viewport,
// robots, twitter:card), and has no http-equiv. A third of a page's
// <meta> elements are such; their content need not be copied.
func metaPassedOver(attrs []attr) bool {
	named := false
	for i := range attrs {
		switch string(attrs[i].key) {
		case "name", "property":
			if !meta.PassesOver(attrs[i].val) {
				return false
			}
			named = true
		case "http-equiv":
			return false
		}
	}
	return named
}

// itempropFiled reports whether the metadata collector may file something
// of an element handed to it for its itemprop: whether an itemprop names
// a property it reads (meta.ItempropFiled).
func itempropFiled(attrs []attr) bool {
	for i := range attrs {
		if string(attrs[i].key) == "itemprop" && meta.ItempropFiled(attrs[i].val) {
			return true
		}
	}
	return false
}

// unfiledItempropMeta reports whether the metadata collector files
// nothing of a <meta> with an itemprop: it has no name, property or
// http-equiv, and no itemprop names a property the collector reads, as
// the position of a breadcrumb's item.
func unfiledItempropMeta(attrs []attr) bool {
	for i := range attrs {
		switch string(attrs[i].key) {
		case "name", "property", "http-equiv":
			return false
		}
	}
	return !itempropFiled(attrs)
}

// relCollected reports whether a <link> without an itemprop may say
// something to the metadata collector: whether its rel names, in any
// case, a canonical address or an image (see meta's linkElement). Most
// links are stylesheets, icons and preloads, whose attributes need not
// be copied into strings for the collector to pass over them. It looks
// for the names anywhere in the value, so that it never skips a link
// the collector would read.
func relCollected(attrs []attr) bool {
	for _, at := range attrs {
		if string(at.key) != "rel" {
			continue
		}
		v := at.val
		for i := range v {
			switch v[i] | 0x20 {
			case 'c':
				if ascii.HasPrefixFold(v[i:], "canonical") {
					return true
				}
			case 'i':
				if ascii.HasPrefixFold(v[i:], "image_src") {
					return true
				}
			}
		}
		return false // the collector reads the first rel only
	}
	return false
}

// collectorKey returns the name of an attribute that meta.Collector reads
// (see its Element method), "" for the others.
func collectorKey(k []byte) string {
	switch string(k) {
	case "content":
		return "content"
	case "value":
		return "value"
	case "name":
		return "name"
	case "property":
		return "property"
	case "http-equiv":
		return "http-equiv"
	case "itemprop":
		return "itemprop"
	case "datetime":
		return "datetime"
	case "pubdate":
		return "pubdate"
	case "href":
		return "href"
	case "rel":
		return "rel"
	case "src":
		return "src"
	case "lang":
		return "lang"
	case "xml:lang":
		return "xml:lang"
	}
	return ""
}
