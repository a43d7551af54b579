package extract

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"sync"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/wyhash"
)

// nameHints reads the class and id of an element as weak evidence of what
// it holds. Names are split into words at any character that is not a
// letter or digit ("article-body" is "article" and "body"), and each word is
// compared by prefix with small families of names that sites use across the
// web. These hints only shift scores; density decides.
//
// An embedded post ("social-media-embed", "embedded-tweet") is the
// article's own content: its social words give no hint.
//
// The same words say whether the element holds a byline or a date
// ("byline", "post-date": see wordMark), which the metadata reads, and
// whether it is a cookie or consent banner ("onetrust-consent-sdk",
// "CybotCookiebotDialog"), whose hint resolveHints believes more firmly;
// the name is split once for all three. It also reports whether a word
// names a customer review ("review-text", "reviewList"; see
// reviewsWon). A class list that hides its element with a display
// utility ("d-none") hints hidden (see utilityHidden).
func nameHints(name []byte) (boilerplate.Hint, markKind, bool, bool, nameWord) {
	var nh nameWords
	nh.read(name)
	return nh.says(name)
}

// says returns what the words of the value name, all read into nh, say
// of their element (see nameHints).
func (nh *nameWords) says(name []byte) (boilerplate.Hint, markKind, bool, bool, nameWord) {
	if !nh.has(flagEmbed) {
		nh.hints |= nh.social
		nh.word = nh.word.and(nh.socialWord)
	}
	if nh.has(flagHideWord) && utilityHidden(name) {
		nh.hints |= boilerplate.HintHidden
	}
	if nh.has(flagDescribes) {
		nh.mark &^= markAuthor // "author-description": not the name
	}
	return nh.hints, nh.mark, nh.has(flagConsent), nh.has(flagReview), nh.word
}

// readMixed reads the words of name into nh (see nameHints): each is
// copied, lower-cased, and split where camelCase starts a new word. It
// is the definition of read.
func (nh *nameWords) readMixed(name []byte) {
	var word [maxNameWord]byte
	n := 0
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			if n < len(word) {
				word[n] = c
				n++
			}
		case c >= 'A' && c <= 'Z':
			// camelCase starts a new word: "shareButtons" is "share" "buttons".
			if n > 0 && word[n-1] >= 'a' && word[n-1] <= 'z' {
				nh.add(word[:n])
				n = 0
			}
			if n < len(word) {
				word[n] = c + ('a' - 'A')
				n++
			}
		default:
			if n > 0 {
				nh.add(word[:n])
				n = 0
			}
			if c == '_' && moduleHash(name, i) {
				i += moduleHashLen + 1 // "__" and the hash
				continue
			}
			if c == ' ' {
				nh.flags &^= flagOf // the next class is a name of its own
			}
		}
	}
	if n > 0 {
		nh.add(word[:n])
	}
}

// read reads the words of name into nh. Most class and id names have no
// capitals: their words are read where they stand in name, without the
// copy readMixed makes; from the word of the first capital on, the rest
// of the name is readMixed's.
func (nh *nameWords) read(name []byte) {
	start := 0 // where the word being read starts
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch nameBytes[c] {
		case nameWordByte:
			continue
		case nameCapital:
			nh.readMixed(name[start:])
			return
		}
		if i > start {
			nh.add(name[start:min(i, start+maxNameWord)])
		}
		if c == '_' && moduleHash(name, i) {
			i += moduleHashLen + 1 // "__" and the hash
		}
		start = i + 1
		if c == ' ' {
			nh.flags &^= flagOf // the next class is a name of its own
		}
	}
	if start < len(name) {
		nh.add(name[start:min(len(name), start+maxNameWord)])
	}
}

// maxNameWord is the longest word of a name read: the rest of a longer
// word is left out.
const maxNameWord = 24

// The kinds of byte of a class or id name, in nameBytes: a separator
// (0), a lower-case letter or digit, a capital.
const (
	nameWordByte = 1 + iota
	nameCapital
)

// nameBytes maps each byte to its kind in a class or id name. Built once,
// never modified.
var nameBytes = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = nameWordByte
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = nameWordByte
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = nameCapital
	}
	return t
}()

// nameWords gathers what the words of a class or id say; see nameHints.
type nameWords struct {
	hints, social    boilerplate.Hint
	word, socialWord nameWord // the negative word, if one (see nameWord)
	mark             markKind
	flags            nameFlags
}

// nameFlags holds the yes-or-no findings of the words read into a
// nameWords, one bit each, so that joining what two names say is one OR
// (see join) and no finding can be left out of it.
type nameFlags uint8

// The findings of nameFlags. The first ones, once found, hold for the
// rest of the value; carriedFlags say what the last word read was.
const (
	flagEmbed     nameFlags = 1 << iota // a word starts with "embed"
	flagConsent                         // a cookie or consent banner's name
	flagReview                          // a word starts with "review"
	flagDescribes                       // a word names an author's description (see describesWord)
	// flagHideWord: a word is "none" or "form", which every class list
	// that utilityHidden accepts holds ("d-none", "w-form-done"); the
	// rest, nearly all, are not searched for those names again.
	flagHideWord
	flagUser   // the last word ended with "user"
	flagCookie // the last word was "cookie" or "cookies"
	flagOf     // the last word was "of" ("table-of-contents")
)

// carriedFlags are the findings about the last word read, which change
// what the next word says.
const carriedFlags = flagUser | flagCookie | flagOf

// has reports whether the words read into nh found f.
func (nh *nameWords) has(f nameFlags) bool {
	return nh.flags&f != 0
}

// set sets the finding f to on.
func (nh *nameWords) set(f nameFlags, on bool) {
	if on {
		nh.flags |= f
	} else {
		nh.flags &^= f
	}
}

// add reads one lower-case word. Most words of class and id names
// ("item", "block", "wrapper", "4711") start with two bytes that no name
// add looks for starts with (see wordPairs) and end in neither "user" nor
// "name": such a word can only hold one of infixHints, and reading it ends
// the runs of words that "user", "of" and "cookie" start. The rest are
// read in full by addWord.
func (nh *nameWords) add(w []byte) {
	if nh.has(flagCookie) || !plainWord(w) {
		nh.addWord(w)
		return
	}
	nh.flags &^= flagUser | flagOf
	if len(w) > 7 && w[0] >= 'a' && w[0] <= 'z' {
		h, id := infixHint(w)
		nh.hints |= h
		nh.word = nh.word.and(id)
	}
}

// plainWord reports whether add can read the word w by its first three
// and last four bytes alone: see add. A word of two bytes is looked up in
// wordPairs; a longer one in wordTriples, which turns away far more words
// ("content", "container" and "col" share their first two bytes with
// "comment" and "consent", not their first three).
func plainWord(w []byte) bool {
	switch {
	case len(w) < 2:
		return true
	case len(w) == 2:
		return wordPairs[w[0]]&(1<<(w[1]-'a')) == 0
	}
	if wordTriples.has(w) {
		return false
	}
	if len(w) < 4 {
		return true
	}
	last := w[len(w)-4:]
	return string(last) != "user" && string(last) != "name"
}

// tripleSet is a set of the first three bytes of words, kept as bits of a
// hash of the three: a word whose three bytes are not in it starts with
// none of the names added, and a few others share a bit with a name.
type tripleSet [tripleBits / 64]uint64

// tripleBits is the number of bits of a tripleSet.
const tripleBits = 4096

// tripleBit is the bit of the first three bytes of w, which has three or
// more.
func tripleBit(w []byte) uint32 {
	x := uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16
	return x * 0x9E3779B1 >> (32 - 12) // Fibonacci hashing to 12 bits
}

// add puts the first three bytes of name into t.
func (t *tripleSet) add(name string) {
	b := tripleBit([]byte(name))
	t[b/64] |= 1 << (b % 64)
}

// has reports whether t may hold the first three bytes of w, which has
// three or more.
func (t *tripleSet) has(w []byte) bool {
	b := tripleBit(w)
	return t[b/64]&(1<<(b%64)) != 0
}

// wordPairs holds, for each first byte, the set of second letters (bit
// c-'a' for the letter c) that start a name that add looks for: the names
// of hintPrefixes, exactHints, authorNames, dateNames, kickerNames and
// answerNames, and those that
// addWord, describesWord and consentWord compare words with. A second byte
// that is not a letter shifts past the 26 bits. Built once, never
// modified.
var wordPairs = func() (t [256]uint32) {
	for _, n := range addNames() {
		t[n[0]] |= 1 << (n[1] - 'a')
	}
	return t
}()

// wordTriples holds the first three bytes of the names of addNames of
// three bytes or more (see plainWord). The shorter names, "of" and
// "ad", are whole words, which wordPairs finds. Built once, never
// modified.
var wordTriples = func() (t tripleSet) {
	for _, n := range addNames() {
		if len(n) >= 3 {
			t.add(n)
		}
	}
	return t
}()

// addNames lists the names add looks for: see wordPairs.
func addNames() []string {
	names := []string{"none", "form", "of", "contents", "name", "embed", "social", "tweet", "review",
		"description", "desc", "role", "position", "jobtitle",
		"consent", "cookie", "gdpr", "onetrust", "optanon", "didomi", "usercentrics"}
	for _, e := range hintPrefixes {
		names = append(names, e.prefix)
	}
	for _, e := range exactHints {
		names = append(names, e.word)
	}
	names = append(names, authorNames[:]...)
	names = append(names, dateNames[:]...)
	names = append(names, kickerNames[:]...)
	return append(names, answerNames[:]...)
}

// addWord is add for every word: each of the names is compared.
func (nh *nameWords) addWord(w []byte) {
	if len(w) < 4 {
		nh.addShort(w)
		return
	}
	if markFirst[w[0]] {
		nh.mark |= wordMark(w)
	}
	if len(w) == 4 && (string(w) == "none" || string(w) == "form") {
		nh.flags |= flagHideWord
	}
	if describesWord(w) {
		nh.flags |= flagDescribes
	}
	// A user's name, which forum software writes in many ways: "user-name",
	// "PostUser-name", "bigusername" ("username" opens wordMark's names).
	last := w[len(w)-4:]
	if nh.has(flagUser) && string(w) == "name" || len(w) > len("username") && string(w[len(w)-8:]) == "username" {
		nh.mark |= markAuthor
	}
	nh.set(flagUser, string(last) == "user")
	of := nh.has(flagOf)
	nh.flags &^= flagOf
	switch {
	case of && string(w) == "contents":
		// "table-of-contents", "TableOfContents": an outline, the
		// page's navigation, not its content as "contents" alone says.
		h, id := wordHint([]byte{'t', 'o', 'c'})
		nh.hints |= h
		nh.word = nh.word.and(id)
	case w[0] == 'e' && len(w) >= 5 && string(w[:5]) == "embed":
		nh.flags |= flagEmbed
	case w[0] == 's' && len(w) >= 6 && string(w[:6]) == "social" || w[0] == 't' && len(w) >= 5 && string(w[:5]) == "tweet":
		h, id := wordHint(w)
		nh.social |= h
		nh.socialWord = nh.socialWord.and(id)
	default:
		h, id := wordHint(w)
		nh.hints |= h
		nh.word = nh.word.and(id)
	}
	if w[0] == 'r' && len(w) >= 6 && string(w[:6]) == "review" {
		nh.flags |= flagReview
	}
	if cookie := nh.has(flagCookie); cookie || mayBeConsentWord(w) {
		if consentWord(w, cookie) {
			nh.flags |= flagConsent
		}
		nh.set(flagCookie, string(w) == "cookie" || string(w) == "cookies")
	}
}

// addShort is add for a word of fewer than four letters, which only
// wordHint and a "cookie" before it read: no mark, user, embed, social,
// review or consent name is that short.
func (nh *nameWords) addShort(w []byte) {
	h, id := wordHint(w)
	nh.hints |= h
	nh.word = nh.word.and(id)
	nh.flags &^= flagUser
	nh.set(flagOf, string(w) == "of")
	if nh.has(flagCookie) {
		if consentWord(w, true) {
			nh.flags |= flagConsent
		}
		nh.flags &^= flagCookie
	}
}

// mayBeConsentWord turns away by their first two bytes the words that
// consentWord cannot accept after a word other than "cookie": every word of
// every class is read, and "container", "col" and "content" are common.
func mayBeConsentWord(w []byte) bool {
	if len(w) < 4 {
		return false
	}
	switch w[0] {
	case 'c':
		return w[1] == 'o' && (w[2] == 'n' || w[2] == 'o')
	case 'g':
		return w[1] == 'd'
	case 'o':
		return w[1] == 'n' || w[1] == 'p'
	case 'd':
		return w[1] == 'i'
	case 'u':
		return w[1] == 's'
	}
	return false
}

// consentWord reports whether w, after "cookie" when afterCookie, names a
// cookie or consent banner: "consent" and "gdpr" words, the consent
// platforms' own names, and "cookie" followed by what a banner is called
// ("cookie-notice", "cookiebanner"). "cookie" alone names recipes too.
func consentWord(w []byte, afterCookie bool) bool {
	if len(w) < 3 {
		return false
	}
	switch w[0] {
	case 'c':
		if bytes.HasPrefix(w, []byte("consent")) {
			return true
		}
		if rest, ok := bytes.CutPrefix(w, []byte("cookie")); ok && len(rest) > 0 {
			rest = bytes.TrimPrefix(rest, []byte("s"))
			return bytes.HasPrefix(rest, []byte("bot")) || bannerWord(rest)
		}
	case 'g':
		return bytes.HasPrefix(w, []byte("gdpr"))
	case 'o':
		return string(w) == "onetrust" || string(w) == "optanon"
	case 'd':
		return string(w) == "didomi"
	case 'u':
		return string(w) == "usercentrics"
	}
	return afterCookie && bannerWord(w)
}

// bannerWord reports whether w is what a site calls a cookie banner after
// "cookie": "banner", "notice", "bar", "law", "popup", ...
func bannerWord(w []byte) bool {
	for _, name := range [...]string{"banner", "notice", "notification", "consent", "bar", "law", "popup", "modal",
		"dialog", "overlay", "message", "alert", "settings", "preferences", "policy", "wall", "hinweis"} {
		if bytes.HasPrefix(w, []byte(name)) {
			return true
		}
	}
	return false
}

// hintPrefixes maps name prefixes to hints. Order matters only for speed.
var hintPrefixes = [...]struct {
	prefix string
	hint   boilerplate.Hint
}{
	{"nav", boilerplate.HintNav}, {"menu", boilerplate.HintNav}, {"breadcrumb", boilerplate.HintNav},
	{"pagination", boilerplate.HintNav}, {"pager", boilerplate.HintNav}, {"toc", boilerplate.HintNav},
	{"footer", boilerplate.HintFooter}, {"copyright", boilerplate.HintFooter},
	{"header", boilerplate.HintHeader}, {"masthead", boilerplate.HintHeader}, {"topbar", boilerplate.HintHeader},
	{"sidebar", boilerplate.HintAside}, {"aside", boilerplate.HintAside}, {"widget", boilerplate.HintAside}, {"rail", boilerplate.HintAside},
	{"comment", boilerplate.HintComment}, {"disqus", boilerplate.HintComment}, {"respond", boilerplate.HintComment},
	{"share", boilerplate.HintBoilerplate}, {"sharing", boilerplate.HintBoilerplate}, {"social", boilerplate.HintBoilerplate},
	{"cookie", boilerplate.HintBoilerplate}, {"consent", boilerplate.HintBoilerplate}, {"gdpr", boilerplate.HintBoilerplate},
	{"related", boilerplate.HintBoilerplate}, {"recommend", boilerplate.HintBoilerplate}, {"promo", boilerplate.HintBoilerplate},
	{"advert", boilerplate.HintBoilerplate}, {"sponsor", boilerplate.HintBoilerplate}, {"newsletter", boilerplate.HintBoilerplate},
	{"subscri", boilerplate.HintBoilerplate}, {"signup", boilerplate.HintBoilerplate}, {"popup", boilerplate.HintBoilerplate},
	{"modal", boilerplate.HintBoilerplate}, {"outbrain", boilerplate.HintBoilerplate}, {"taboola", boilerplate.HintBoilerplate},
	{"trending", boilerplate.HintBoilerplate}, {"popular", boilerplate.HintBoilerplate}, {"recent", boilerplate.HintBoilerplate}, {"paywall", boilerplate.HintBoilerplate},
	{"banner", boilerplate.HintBoilerplate}, {"author", boilerplate.HintBoilerplate}, {"byline", boilerplate.HintBoilerplate},
	{"donat", boilerplate.HintBoilerplate}, {"disclaimer", boilerplate.HintBoilerplate},
	{"signature", boilerplate.HintSignature},
	{"btn", boilerplate.HintControl}, {"button", boilerplate.HintControl},
	{"caption", boilerplate.HintFigure}, {"bildunterschrift", boilerplate.HintFigure}, {"bildquelle", boilerplate.HintFigure},
	{"kommentar", boilerplate.HintComment}, {"comentario", boilerplate.HintComment},
	{"seitenleiste", boilerplate.HintAside}, {"teilen", boilerplate.HintBoilerplate}, {"meistgelesen", boilerplate.HintBoilerplate},
	{"anzeige", boilerplate.HintBoilerplate}, {"werbung", boilerplate.HintBoilerplate},
	{"article", boilerplate.HintContent}, {"content", boilerplate.HintContent}, {"entry", boilerplate.HintContent},
	{"artikel", boilerplate.HintContent}, {"articulo", boilerplate.HintContent}, {"artigo", boilerplate.HintContent},
	{"story", boilerplate.HintContent}, {"prose", boilerplate.HintContent}, {"post", boilerplate.HintContent},
}

// exactHints are names that are hints only as whole words, because as
// prefixes they would match unrelated names ("ad" in "address").
var exactHints = [...]struct {
	word string
	hint boilerplate.Hint
}{
	{"ad", boilerplate.HintBoilerplate}, {"ads", boilerplate.HintBoilerplate}, {"bio", boilerplate.HintBoilerplate}, {"adv", boilerplate.HintBoilerplate},
	{"abo", boilerplate.HintBoilerplate}, {"reviews", boilerplate.HintComment}, {"credit", boilerplate.HintFigure},
	{"cta", boilerplate.HintControl}, {"toggle", boilerplate.HintControl},
	{"body", boilerplate.HintContent}, {"text", boilerplate.HintContent}, {"main", boilerplate.HintContent},
	// The line a wiki prints under its text for paper only ("Retrieved
	// from" and the address): a footer.
	{"printfooter", boilerplate.HintFooter},
}

// hintEntry is one name of hintPrefixes or exactHints.
type hintEntry struct {
	name  string
	exact bool
	hint  boilerplate.Hint
	word  nameWord // 0 unless hint is negative
	// head is the name's first eight bytes as a number, the first in
	// its low bits (see head8), and mask keeps the bytes of a shorter
	// name: a word starts with a name of eight bytes or fewer when
	// head8(word)&mask == head.
	head, mask uint64
}

// newHintEntry returns the entry of a name of the hint tables.
func newHintEntry(name string, exact bool, hint boilerplate.Hint, word nameWord) hintEntry {
	e := hintEntry{name: name, exact: exact, hint: hint, word: word, head: head8([]byte(name)), mask: ^uint64(0)}
	if len(name) < 8 {
		e.mask = 1<<(8*len(name)) - 1
	}
	return e
}

// head8 returns the first eight bytes of w as a number, the first in its
// low bits, with zeros past the end of a shorter w.
func head8(w []byte) uint64 {
	le := binary.LittleEndian
	switch n := len(w); {
	case n >= 8:
		return le.Uint64(w)
	case n >= 4:
		// Two loads that overlap in the middle: the bytes they share
		// are the same in both.
		return uint64(le.Uint32(w)) | uint64(le.Uint32(w[n-4:]))<<(8*(n-4))
	}
	var x uint64
	for i := len(w) - 1; i >= 0; i-- {
		x = x<<8 | uint64(w[i])
	}
	return x
}

// hintIndex holds the entries by their first two letters, in the order
// of exactHints then hintPrefixes: the entries of letters a and b are
// hintIndex.entries[hintIndex.start[p]:hintIndex.start[p+1]] for the pair
// p = (a-'a')*26 + b-'a'. A word is compared only with the few names that
// start like it, and most words with none. Built once, never modified.
var hintIndex = func() (idx struct {
	start   [26*26 + 1]uint8
	entries []hintEntry
}) {
	var all []hintEntry
	for i, e := range exactHints {
		all = append(all, newHintEntry(e.word, true, e.hint, negativeWord(e.hint, i)))
	}
	for i, e := range hintPrefixes {
		all = append(all, newHintEntry(e.prefix, false, e.hint, negativeWord(e.hint, len(exactHints)+i)))
	}
	var _ = [255 - len(exactHints) - len(hintPrefixes)]struct{}{} // start is a uint8
	// a counting sort by pair, stable: the entries of a pair keep their
	// order in all
	pair := func(e hintEntry) int { return int(e.name[0]-'a')*26 + int(e.name[1]-'a') }
	var next [26 * 26]int
	for _, e := range all {
		if p := pair(e); p < 26*26 {
			next[p]++
		}
	}
	n := 0
	for p, c := range next {
		idx.start[p], next[p] = uint8(n), n
		n += c
	}
	idx.start[26*26] = uint8(n)
	idx.entries = make([]hintEntry, n)
	for _, e := range all {
		if p := pair(e); p < 26*26 {
			idx.entries[next[p]] = e
			next[p]++
		}
	}
	return idx
}()

// nameWord names the word of a class or id that gave an element a
// negative hint ("widget", "sidebar", "header"): 1 + the word's place in
// exactHints, hintPrefixes and infixHints read one after the other; 0 for
// no negative word, severalWords for more than one.
type nameWord uint8

// severalWords is the nameWord of a name with different negative words.
const severalWords nameWord = 255

// negativeWord returns the nameWord of the i-th hint word, 0 when its hint
// is not negative.
func negativeWord(h boilerplate.Hint, i int) nameWord {
	if h&negativeHints == 0 {
		return 0
	}
	return nameWord(i + 1)
}

// and returns the word of a name that holds the words w and v.
func (w nameWord) and(v nameWord) nameWord {
	switch {
	case w == 0 || w == v:
		return v
	case v == 0:
		return w
	}
	return severalWords
}

// wordHints is the hint of each nameWord.
var wordHints = func() (h [256]boilerplate.Hint) {
	for i, e := range exactHints {
		h[negativeWord(e.hint, i)] = e.hint
	}
	for i, e := range hintPrefixes {
		h[negativeWord(e.hint, len(exactHints)+i)] = e.hint
	}
	for i, e := range infixHints {
		h[negativeWord(e.hint, len(exactHints)+len(hintPrefixes)+i)] = e.hint
	}
	h[0], h[severalWords] = 0, 0
	return h
}()

// proseWords are the negative words that name a box of prose: a
// disclaimer, the teasers of related stories with their summaries. Like
// a comment section's, their name is believed however much prose the box
// holds (see resolveHints). Built once, never modified.
var proseWords = func() (w [256]bool) {
	for i, e := range hintPrefixes {
		if e.prefix == "related" || e.prefix == "disclaimer" {
			w[negativeWord(e.hint, len(exactHints)+i)] = true
		}
	}
	return w
}()

// infixHints are long, distinctive stems found inside compound names
// ("hauptnavigation", "wp-caption" is split already, "nocomments").
var infixHints = [...]struct {
	stem []byte
	hint boilerplate.Hint
}{
	{[]byte("navigation"), boilerplate.HintNav}, {[]byte("comment"), boilerplate.HintComment},
	{[]byte("kommentar"), boilerplate.HintComment}, {[]byte("caption"), boilerplate.HintFigure},
}

// wordHint returns the hint of one word of a name, and its nameWord.
func wordHint(w []byte) (boilerplate.Hint, nameWord) {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || navyWord(w) {
		return 0, 0
	}
	if h, id := prefixHint(w); h != 0 {
		return h, id
	}
	if len(w) > 7 {
		return infixHint(w)
	}
	return 0, 0
}

// navyWord reports whether w names the colour navy ("text-navy",
// "bg-navy-blue", "navyblue"): a utility class for the colour of text or
// a background, which starts like "nav" and names no navigation.
func navyWord(w []byte) bool {
	return len(w) >= 4 && w[0] == 'n' && w[1] == 'a' && w[2] == 'v' && w[3] == 'y'
}

// infixHint returns the hint (and nameWord) of the first stem of
// infixHints found inside w. It reads w once, comparing a stem only where
// w has the stem's first letter (infixFirst), where a search for each
// stem in turn would read it four times.
func infixHint(w []byte) (boilerplate.Hint, nameWord) {
	var found uint8 // bit i: infixHints[i] is in w
	for i, c := range w {
		for m := infixFirst[c]; m != 0; m &= m - 1 {
			k := bits.TrailingZeros8(m)
			if bytes.HasPrefix(w[i:], infixHints[k].stem) {
				found |= 1 << k
			}
		}
	}
	if found == 0 {
		return 0, 0
	}
	k := bits.TrailingZeros8(found)
	e := &infixHints[k]
	return e.hint, negativeWord(e.hint, len(exactHints)+len(hintPrefixes)+k)
}

// infixFirst holds, for each byte, the set of infixHints whose stem starts
// with it (bit i for infixHints[i]). Built once, never modified.
var infixFirst = func() (t [256]uint8) {
	var _ = [8 - len(infixHints)]struct{}{} // a set is eight bits
	for i, e := range infixHints {
		t[e.stem[0]] |= 1 << i
	}
	return t
}()

// prefixHint is the hint (and nameWord) of the first name of hintIndex that
// w is (an exact name) or starts with. w has two bytes or more, the first a
// lower-case letter. The first eight bytes of a name are compared as one
// number (see hintEntry).
func prefixHint(w []byte) (boilerplate.Hint, nameWord) {
	second := w[1] - 'a' // a digit wraps past 'z': no name has one
	if second >= 26 {
		return 0, 0
	}
	p := int(w[0]-'a')*26 + int(second)
	entries := hintIndex.entries[hintIndex.start[p]:hintIndex.start[p+1]]
	if len(entries) == 0 {
		return 0, 0
	}
	head := head8(w)
	for i := range entries {
		e := &entries[i]
		if len(w) < len(e.name) || e.exact && len(w) != len(e.name) || head&e.mask != e.head {
			continue
		}
		if len(e.name) <= 8 || string(w[8:len(e.name)]) == e.name[8:] {
			return e.hint, e.word
		}
	}
	return 0, 0
}

// hintCache remembers what the class and id values of one page say (see
// nameHints): a page repeats its few hundred class names thousands of
// times, and hashing a name costs less than splitting it into words and
// comparing each with the families of names. Each name has a set of two
// slots and takes the one read less recently, so two names that hash
// alike do not push each other out in turn; once the names stored fill
// their bound, the cache forgets them all and starts again, so that a page
// with thousands of utility-class names keeps remembering its latest ones.
//
// A class list that differs from element to element ("menu-item
// menu-item-type-post_type menu-item-object-page menu-item-4711") is
// read name by name on its first reading, and each of its names is
// remembered on its own, in parts (see classParts).
type hintCache struct {
	sets  [hintCacheSets][2]hintSlot // [0] is the slot read last
	parts [partCacheSets][2]partSlot // the names of class lists, as sets
	keys  []byte                     // the names of the slots, one after the other
}

// hintCaches holds the caches of pages done, each reset, so that a page
// does not allocate one.
var hintCaches = sync.Pool{New: func() any { return &hintCache{keys: make([]byte, 0, hintCacheKeyBytes)} }}

// reset forgets every name.
func (c *hintCache) reset() {
	c.sets = [hintCacheSets][2]hintSlot{}
	c.parts = [partCacheSets][2]partSlot{}
	c.keys = c.keys[:0]
}

// hintSlot is one remembered name: keys[off:off+n] and what it says.
type hintSlot struct {
	off     int32
	n       uint16 // 0: empty
	mark    markKind
	consent bool
	review  bool
	word    nameWord
	hints   boilerplate.Hint
	// class is what the name says as a class value, once classRead.
	class     classSays
	classRead bool
}

// classSays is what a value says of its element when it is a class value
// besides its hints: the element's shape (see classShape), the embed it
// holds (see embedOf), whether it boxes a quotation (see quoteName) and
// whether only screen readers read it (see srOnlyName). It is
// remembered with the hints so that an element does not split its class
// value again.
type classSays struct {
	shape   uint32
	idShape uint32 // see idStemShape; set by attrHints, not classSaysOf
	embed   embedFrame
	quote   bool
	srOnly  bool
}

// classSaysOf reads a class value (see classSays). What classShape,
// quoteClass and screenReaderOnly read is read in one pass over the
// value's names, where each of them walked the value again; they stay
// the definitions (TestClassSaysOfMatches).
func classSaysOf(class []byte) classSays {
	c := classSays{embed: embedOf(class)}
	for i := 0; i < len(class); {
		for i < len(class) && !notClassSpace(class[i]) {
			i++
		}
		j := i
		for j < len(class) && notClassSpace(class[j]) {
			j++
		}
		if j == i {
			break
		}
		name := class[i:j]
		if c.shape == 0 {
			c.shape = nameShape(name) // the first name; never 0
		}
		c.quote = c.quote || quoteName(name)
		c.srOnly = c.srOnly || srOnlyName(name)
		i = j
	}
	return c
}

// notClassSpace reports whether c is not HTML white space, which ends the
// names of a class list: every byte above ' ' is not.
func notClassSpace(c byte) bool {
	return c > ' ' || !isHTMLSpace(c)
}

// hintCacheSets is the number of sets of two names remembered at once;
// hintCacheKeyBytes bounds the bytes of names stored for one page.
const (
	hintCacheSets     = 512
	hintCacheKeyBytes = 64 << 10
)

// nameHints is nameHints, remembered, with what the name says as a class
// value (see classSays) when isClass; that is read the first time a class
// attribute holds the name, so that the many one-off ids ("post-4711") do
// not pay for it.
func (c *hintCache) nameHints(name []byte, isClass bool) (boilerplate.Hint, markKind, bool, bool, nameWord, classSays) {
	if len(name) == 0 || len(name) > 255 {
		hints, mark, consent, review, word := nameHints(name)
		var class classSays
		if isClass {
			class = classSaysOf(name)
		}
		return hints, mark, consent, review, word, class
	}
	set := &c.sets[nameHash(name)%hintCacheSets]
	sl := &set[0]
	switch {
	case c.holds(sl, name):
	case c.holds(&set[1], name):
		set[0], set[1] = set[1], set[0]
	default:
		var nh nameWords
		var class classSays
		switch {
		case isClass:
			class = c.readClass(&nh, name)
		case numberStem(name) != nil:
			// An id numbered per element ("post-4711", "comment-12"):
			// its words are remembered without the number.
			p, _ := c.part(name)
			nh = p.words
			nh.endNumber()
		default:
			nh.read(name)
		}
		hints, mark, consent, review, word := nh.says(name)
		if len(c.keys)+len(name) > hintCacheKeyBytes {
			c.reset()
		}
		set[1] = set[0]
		set[0] = hintSlot{off: int32(len(c.keys)), n: uint16(len(name)), mark: mark, consent: consent, review: review, word: word, hints: hints,
			class: class, classRead: isClass}
		c.keys = append(c.keys, name...)
	}
	if !isClass {
		return sl.hints, sl.mark, sl.consent, sl.review, sl.word, classSays{}
	}
	if !sl.classRead {
		sl.class, sl.classRead = classSaysOf(name), true
	}
	return sl.hints, sl.mark, sl.consent, sl.review, sl.word, sl.class
}

// holds reports whether the slot sl remembers name.
func (c *hintCache) holds(sl *hintSlot, name []byte) bool {
	return c.stored(sl.off, sl.n, name)
}

// stored reports whether keys[off:off+n] is name.
func (c *hintCache) stored(off int32, n uint16, name []byte) bool {
	return int(n) == len(name) && string(c.keys[off:int(off)+len(name)]) == string(name)
}

// nameHash hashes a class or id value eight bytes at a time, with
// wyhash's mixer. The bytes after the last eight are not read one by one:
// the last eight bytes of the value are read as one number, over the
// bytes read before them, and a value of fewer than eight bytes is read
// as two numbers of four bytes, or as its first, middle and last byte
// (wyhash's way with short keys). The length is mixed in, so that values
// that only these overlapping reads would confuse hash apart.
func nameHash(name []byte) uint64 {
	le := binary.LittleEndian
	h := wyhash.K0 ^ uint64(len(name))
	var tail uint64
	switch n := len(name); {
	case n > 8:
		for i := 0; i+8 < n; i += 8 {
			h = wyhash.Mix(h^le.Uint64(name[i:]), wyhash.K1)
		}
		tail = le.Uint64(name[n-8:])
	case n == 8:
		tail = le.Uint64(name)
	case n >= 4:
		tail = uint64(le.Uint32(name))<<32 | uint64(le.Uint32(name[n-4:]))
	case n > 0:
		tail = uint64(name[0])<<16 | uint64(name[n/2])<<8 | uint64(name[n-1])
	}
	return wyhash.Mix(h^tail, wyhash.K2)
}
