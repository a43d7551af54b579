package meta

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSeps separate a title from the site name in <title>: "Headline |
// Site", "Site - Headline".
var titleSeps = [...]string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " / ", " || ", " » ", " « ", " › ", " ‹ ", " ~ ", "｜"}

// maxSiteParts is the most parts stripSiteName takes from each end of a
// title.
const maxSiteParts = 2

// stripSiteName removes a leading or trailing site name part from a title:
// "Headline | Site" and "Site – Headline" become "Headline". A part is the
// site name when it equals site (ignoring case, spaces and punctuation),
// or, when host is given, when it names the host ("The Guardian" on
// www.theguardian.com, "BBC News" on www.bbc.co.uk, "Example.com"). Up
// to maxSiteParts parts go from each end, for sites that give their name
// twice ("Gazette | Gazette.com - Headline"), and a title is never
// emptied. A forum's label of a thread's page goes too (dropForumLabel).
func stripSiteName(title, site, host string) string {
	if title == "" {
		return ""
	}
	isSite := func(part string) bool { return IsSiteName(part, site, host) }
	for range maxSiteParts {
		head, tail, ok := cutLastSep(title)
		if !ok || !isSite(tail) && !endsSiteName(tail, site) || utf8.RuneCountInString(head) < 3 {
			break
		}
		title = head
	}
	for range maxSiteParts {
		head, tail, ok := cutFirstSep(title)
		if !ok || !isSite(head) || utf8.RuneCountInString(tail) < 3 {
			break
		}
		title = tail
	}
	return dropForumLabel(title)
}

// dropForumLabel removes the label that forum software puts before a
// thread's title in <title> ("View topic - Title", "Thema anzeigen -
// Titel"): the label names the page's kind, not its subject.
func dropForumLabel(title string) string {
	head, tail, ok := cutFirstSep(title)
	if !ok || len(head) > maxForumLabel || utf8.RuneCountInString(tail) < 3 {
		return title
	}
	for _, l := range forumLabels {
		if strings.EqualFold(head, l) {
			return tail
		}
	}
	return title
}

// forumLabels are the labels of a thread's page in <title> that phpBB
// prints in the recognisers' languages.
var forumLabels = [...]string{"View topic", "Thema anzeigen", "Voir le sujet", "Ver tema", "Visualizza argomento",
	"Bekijk onderwerp", "Wyświetl temat", "Просмотр темы"}

// maxForumLabel bounds the length of forumLabels in bytes, so that most
// parts are turned away without a comparison.
const maxForumLabel = 32

// StripSiteTail removes the last part of a title, cut at a separator,
// when it is the site's name (see IsSiteName): "Headline | Site" becomes
// "Headline". An h1 that copies the <title> carries the site's name as the
// <title> does.
func StripSiteTail(title, site, host string) string {
	if head, _, ok := splitSiteTail(title, site, host); ok {
		return head
	}
	return title
}

// SiteTail returns the part of a title that StripSiteTail removes, the
// site's name after the last separator or in the closing brackets
// ("Site" in "Headline | Site", "Jane Doe" in "Headline (Jane Doe)"), or
// "" when StripSiteTail removes nothing. A page whose metadata names no
// site names it there.
func SiteTail(title, site, host string) string {
	_, tail, _ := splitSiteTail(title, site, host)
	return tail
}

// splitSiteTail parts title at its last separator when the part after it
// is the site's name and at least three characters stand before it: the
// one test of StripSiteTail and SiteTail. ok is false, and tail "", when
// it does not.
func splitSiteTail(title, site, host string) (head, tail string, ok bool) {
	head, tail, ok = cutLastSep(title)
	if ok && (IsSiteName(tail, site, host) || endsSiteName(tail, site)) && utf8.RuneCountInString(head) >= 3 {
		return head, tail, true
	}
	return "", "", false
}

// tailSeps separate a site's name from the title before it, besides
// titleSeps: the full-width colon of Japanese titles ("見出し：新聞社"), the
// underscore of Chinese ones ("标题_网站"), an English colon ("Headline:
// Site"). They are read only before the title's last part, and that part
// goes only when it is the site's name (see stripSiteName).
var tailSeps = [...]string{"：", "_", ": "}

// siteBrackets enclose a site's name after a title: "Headline【Site】",
// "Headline (Site)".
var siteBrackets = [...][2]string{{"【", "】"}, {" (", ")"}, {"（", "）"}}

// cutLastSep cuts s before its last part: the part after its last
// separator (titleSeps, tailSeps), or the part in brackets that ends it
// (siteBrackets).
func cutLastSep(s string) (head, tail string, ok bool) {
	for _, b := range siteBrackets {
		if strings.HasSuffix(s, b[1]) {
			if i := strings.LastIndex(s, b[0]); i > 0 {
				return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(b[0]) : len(s)-len(b[1])]), true
			}
		}
	}
	best, bestLen := lastSep(s)
	if best <= 0 {
		return s, "", false
	}
	return strings.TrimSpace(s[:best]), strings.TrimSpace(s[best+bestLen:]), true
}

// lastSepsByByte lists the separators of titleSeps and tailSeps by their
// first byte.
var lastSepsByByte = func() (t [256][]string) {
	for _, sep := range titleSeps {
		t[sep[0]] = append(t[sep[0]], sep)
	}
	for _, sep := range tailSeps {
		t[sep[0]] = append(t[sep[0]], sep)
	}
	return t
}()

// lastSep returns where the last separator of titleSeps or tailSeps in s
// begins and its length, or -1. No separator begins another, so one at
// most begins at each byte, and a scan back from the end finds the last
// in one pass, where a strings.LastIndex for each separator read s
// once for each. One separator may end another, though: the ": " that
// closes " :: " is found first, and the scan then takes the " :: " that
// holds it ("Headline :: Site" is "Headline" and "Site", not "Headline :").
func lastSep(s string) (int, int) {
	for i := len(s) - 1; i >= 0; i-- {
		for _, sep := range lastSepsByByte[s[i]] {
			if strings.HasPrefix(s[i:], sep) {
				return widenSep(s, i, len(sep))
			}
		}
	}
	return -1, 0
}

// maxSepOverhang is how many bytes a separator may begin before the
// shorter one it holds: " :: " begins two before its closing ": ".
const maxSepOverhang = 2

// widenSep returns the separator that begins up to maxSepOverhang bytes
// before the one found at i (n bytes long) and ends where it does or
// later, else i and n.
func widenSep(s string, i, n int) (int, int) {
	for j := i - 1; j >= 0 && j >= i-maxSepOverhang; j-- {
		for _, sep := range lastSepsByByte[s[j]] {
			if j+len(sep) >= i+n && strings.HasPrefix(s[j:], sep) {
				return j, len(sep)
			}
		}
	}
	return i, n
}

func cutFirstSep(s string) (head, tail string, ok bool) {
	best, bestLen := -1, 0
	for _, sep := range titleSeps {
		if i := strings.Index(s, sep); i > 0 && (best < 0 || i < best) {
			best, bestLen = i, len(sep)
		}
	}
	if best < 0 {
		return s, "", false
	}
	return strings.TrimSpace(s[:best]), strings.TrimSpace(s[best+bestLen:]), true
}

// compact lower-cases s and keeps only its letters and digits, so that
// "The Guardian", "the-guardian" and "TheGuardian.com" compare alike.
func compact(s string) string {
	return string(compactTo(nil, s))
}

// sameCompact reports whether compact(a) == compact(b), compacting both
// into buffers on the stack.
func sameCompact(a, b string) bool {
	var ab, bb [256]byte
	return bytes.Equal(compactTo(ab[:0], a), compactTo(bb[:0], b))
}

// compactTo appends compact(s) to dst: with a buffer on the stack, the
// comparisons of IsSiteName allocate nothing.
func compactTo(dst []byte, s string) []byte {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// namesHost reports whether the compacted title part p (compactTo's) names the host: it
// contains the host's main label ("bbc" in "bbcnews") or is contained in
// the compacted host ("theguardian" in "wwwtheguardiancom"). A part that
// holds a number of four digits or more beside the label is an identifier
// that the site gives a document ("JVNDB-2018-013542" on jvndb.jvn.jp,
// "Example-Report-2021"), not its name.
func namesHost(p []byte, host string) bool {
	var hb [256]byte
	if len(p) >= 4 && bytes.Contains(compactTo(hb[:0], host), p) {
		return true
	}
	label := mainLabel(host)
	return len(label) >= 3 && bytes.Contains(p, []byte(label)) && len(p) <= 3*len(label) && digitCount(p) < 4
}

// digitCount returns how many ASCII digits s holds.
func digitCount[S string | []byte](s S) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// mainLabel returns the longest label of a host name, in lower case, that
// is not "www" or a common second-level or service label: "bbc" for
// www.bbc.co.uk. The top-level domain is none.
func mainLabel(host string) string {
	last := strings.LastIndexByte(host, '.')
	if last < 0 {
		return ""
	}
	best := ""
	for rest := host[:last]; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, ".")
		if len(l) <= len(best) {
			continue
		}
		if hasUpperASCII(l) {
			l = strings.ToLower(l)
		}
		switch l {
		case "www", "m", "amp", "co", "com", "org", "net", "ac", "gov", "edu", "news", "blog", "blogs":
			continue
		}
		best = l
	}
	return best
}

// hasUpperASCII reports whether s holds an upper-case ASCII letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// siteFromTitles returns the site name that <title> adds to the article
// title: "Site" when the page title is "Headline | Site" and the title
// from the metadata is "Headline"; "" when it adds nothing.
func siteFromTitles(pageTitle, title string) string {
	if title == "" || len(pageTitle) <= len(title) || !strings.HasPrefix(pageTitle, title) {
		return ""
	}
	rest := pageTitle[len(title):]
	for _, sep := range titleSeps {
		if strings.HasPrefix(rest, sep) {
			if site := strings.TrimSpace(rest[len(sep):]); utf8.RuneCountInString(site) <= 60 {
				return site
			}
		}
	}
	return ""
}

// IsSiteName reports whether s is the site's name rather than a title: it
// equals site (ignoring case, spaces and punctuation) or names the host
// ("BBC News" on www.bbc.co.uk).
func IsSiteName(s, site, host string) bool {
	var pb, sb [256]byte
	p := compactTo(pb[:0], s)
	if len(p) == 0 {
		return false
	}
	if site != "" && bytes.Equal(p, compactTo(sb[:0], site)) {
		return true
	}
	return host != "" && namesHost(p, host)
}

// IsSiteHeading is IsSiteName for a heading that may be the site's logo
// rather than the article's headline: it equals the site's name, or the
// host holds it whole ("Best Mobile App Awards" on
// bestmobileappawards.com), or it holds the host's main label in at most
// maxSiteNameWords words ("BBC News" on www.bbc.co.uk). A longer heading
// that holds the label is a headline that names the brand ("Get started
// with Tailwind CSS" on tailwindcss.com).
func IsSiteHeading(s, site, host string, words int) bool {
	var pb [256]byte
	p := compactTo(pb[:0], s)
	if namesSite(p, site, host) {
		return true
	}
	return len(p) > 0 && host != "" && words <= maxSiteNameWords && namesHost(p, host)
}

// maxSiteNameWords is the most words of a heading that IsSiteHeading
// takes for the site's name by the host's main label alone.
const maxSiteNameWords = 3

// IsTitleTail reports whether h is the last part of pageTitle, after its
// last separator, while the part before it is title, the metadata's own
// title: "Headline : board", "Headline | Section". A heading that prints
// that part names the board, section or site the page sits in, not its
// headline.
func IsTitleTail(h, pageTitle, title string) bool {
	if title == "" {
		return false
	}
	head, tail, ok := cutLastSep(pageTitle)
	if !ok {
		return false
	}
	var hb, tb, ob [256]byte
	ct := compactTo(tb[:0], tail)
	return len(ct) > 0 && bytes.Equal(compactTo(hb[:0], h), ct) &&
		bytes.Equal(compactTo(hb[:0], head), compactTo(ob[:0], title)) && !bytes.Equal(ct, compactTo(ob[:0], title))
}

// OpensWithSite reports whether pageTitle opens with the site's name
// before a separator and title is the rest: "Site - Tagline", a title that
// a site gives every page it serves alike and that names none of them.
func OpensWithSite(pageTitle, title, site, host string) bool {
	head, tail, ok := cutFirstSep(pageTitle)
	if !ok || title == "" || !IsSiteName(head, site, host) {
		return false
	}
	var tb, ob [256]byte
	return bytes.Equal(compactTo(tb[:0], tail), compactTo(ob[:0], title))
}

// NamesSite reports whether s is the site's name itself: it equals site
// (ignoring case, spaces and punctuation) or the host holds it whole (of
// four letters or more). It is IsSiteHeading without the host's main label, which a product or a
// section may hold too ("Ridge Wallet" on ridge.example).
func NamesSite(s, site, host string) bool {
	var pb [256]byte
	return namesSite(compactTo(pb[:0], s), site, host)
}

// namesSite is NamesSite for a name compacted into a buffer (p is
// compactTo's): the comparisons compact into buffers on the stack, where
// each compact was an allocation.
func namesSite(p []byte, site, host string) bool {
	var sb, hb [256]byte
	switch {
	case len(p) == 0:
		return false
	case site != "" && bytes.Equal(p, compactTo(sb[:0], site)):
		return true
	}
	return host != "" && len(p) >= 4 && bytes.Contains(compactTo(hb[:0], strings.ToLower(host)), p)
}

// endsSiteName reports whether a title's last part is the end of the
// site's longer name, two words or more: "Headline | Family Dental" on a
// site that calls itself "Smith Family Dental", as titles shorten the
// name that og:site_name gives whole.
func endsSiteName(part, site string) bool {
	if site == "" || countWords(strings.TrimSpace(part)) < 2 {
		return false
	}
	var pb, sb [256]byte
	p, s := compactTo(pb[:0], part), compactTo(sb[:0], site)
	if len(p) == 0 || len(p) >= len(s) || !bytes.HasSuffix(s, p) {
		return false
	}
	// The part starts a word of the site's name.
	tail := strings.TrimRightFunc(site, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	words := strings.Fields(tail)
	n := countWords(strings.TrimSpace(part))
	return len(words) > n && bytes.Equal(compactTo(sb[:0], strings.Join(words[len(words)-n:], " ")), p)
}
