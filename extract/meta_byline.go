package extract

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
	"github.com/winnowtext/winnow/internal/lower"
	"github.com/winnowtext/winnow/recognize"
)

// bylineNames returns the authors that the text of a byline names, listed
// as the byline lists them (see joinNames), or "" when it names no one:
// "By Jane Doe and John Roe | March 3, 2020" is "Jane Doe and John Roe";
// "By Jane Doe, John Roe" is "Jane Doe, John Roe"; "Von Max Muster, Redakteur" is
// "Max Muster"; "Written by\nJane Doe\nSenior Writer" is "Jane Doe". The
// text's parts (lines, and pieces between "|", "•", " – ") are read in
// order: a label ("By", "Autor:") alone goes on to the next part, and the
// first part that names someone is the answer. A date, a job title, a
// URL or a handle is no name.
func bylineNames(text string) string {
	text = unbracket(strings.TrimSpace(text))
	var names []string
	conj := ""
	for text != "" && len(names) == 0 {
		var part string
		part, text = nextBylinePart(text)
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		rest, label := cutBylineLabel(part)
		if label == labelOther || isFieldLine(rest) {
			continue // "Reviewed by", "Photo by": someone else; "Posts: 116"
		}
		before, after := splitAtDate(unglueByline(rest))
		if !isPublicationLabel(before) {
			names, conj = appendNames(names, trimNamePunct(cutAtNumber(before)))
		}
		if len(names) == 0 && after != "" {
			// "March 3, 2020 by Jane Doe", "Dec 17, 2025 Jane Doe".
			if rest, label := cutBylineLabel(afterBy(after)); label != labelOther {
				names, conj = appendNames(names, trimNamePunct(cutAtNumber(rest)))
			}
		}
	}
	return joinNames(names, conj)
}

// bylineBrackets enclose a whole byline on some sites: "[Jane Doe,
// Harbour Post]", "［山田太郎，港新聞］", "（山田太郎）".
var bylineBrackets = [...][2]string{{"[", "]"}, {"［", "］"}, {"（", "）"}, {"(", ")"}}

// unbracket returns a byline without the brackets that enclose it whole.
func unbracket(s string) string {
	for _, b := range bylineBrackets {
		if strings.HasPrefix(s, b[0]) && strings.HasSuffix(s, b[1]) && len(s) > len(b[0])+len(b[1]) {
			if in := s[len(b[0]) : len(s)-len(b[1])]; !strings.Contains(in, b[0]) {
				return strings.TrimSpace(in)
			}
		}
	}
	return s
}

// isFieldLine reports whether a byline's part is another label than the
// author's and its value, as a member's box beside a forum post lists
// them ("Posts: 116", "Joined: Feb 2019", "Beiträge: 1.430", "来源：新华网"): the
// author's label is cut before, so what a label still opens is no name.
func isFieldLine(s string) bool {
	label, value, ok := strings.Cut(s, ":")
	if !ok {
		label, value, ok = strings.Cut(s, "：")
	}
	return ok && label != "" && fieldCount(label) <= 2 && strings.TrimSpace(value) != ""
}

// fieldCount is len(strings.Fields(s)) without the slice.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			n, in = n+1, true
		}
	}
	return n
}

// joinNames lists several authors as a byline prints them: with ", ", and
// with the conjunction conj ("and", "und", "y", "&") before the last name
// when the byline put one there: "Jane Doe, John Roe and Max Muster". A
// list is read the same either way, and the names that a page joins with
// a conjunction are one credit, as it prints it, to whoever quotes it.
func joinNames(names []string, conj string) string {
	if n := len(names); n >= 2 && conj != "" {
		return strings.Join(names[:n-1], ", ") + " " + conj + " " + names[n-1]
	}
	return strings.Join(names, ", ")
}

// bylineSeps separate the parts of a byline.
var bylineSeps = [...]string{"\n", "|", "•", "·", "●", "∙", "⋅", "◦", "▪", "‧", "｜", " – ", " — ", " - ", " / ", " » ", "\u00a0\u00a0", "  ", "\t", "\u3000"}

// bylineSepsByByte lists the indexes in bylineSeps of the separators that
// begin with each byte.
var bylineSepsByByte = func() (t [256][]uint8) {
	for k, sep := range bylineSeps {
		t[sep[0]] = append(t[sep[0]], uint8(k))
	}
	return t
}()

// bylineSepSeconds holds, for each byte, a bit for each byte that follows
// it in a separator, and every bit when the byte is a separator of its
// own: the bytes of text that no separator could begin at are passed over
// with one look (most spaces stand before a letter).
var bylineSepSeconds = func() (t [256][4]uint64) {
	for _, sep := range bylineSeps {
		if len(sep) == 1 {
			t[sep[0]] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			continue
		}
		t[sep[0]][sep[1]>>6] |= 1 << (sep[1] & 63)
	}
	return t
}()

// nextBylinePart keeps a bit for each separator in a uint32.
var _ [32 - len(bylineSeps)]struct{}

// maxBylineSep is the length of the longest separator.
const maxBylineSep = 5

// nextBylinePart returns the text up to the first separator and the text
// after it. The separators are tried in the order of bylineSeps, each
// where it first occurs wholly before the cut the ones before it made.
func nextBylinePart(text string) (part, rest string) {
	// Where each separator first occurs, found in one pass over text: a
	// search of text for each in turn cost twenty passes. The cut ends
	// up before the end of the first separator found, so separators that
	// begin maxBylineSep bytes past its start or later cannot be taken.
	// The bit k of found is set once first[k] is: most texts hold no
	// separator, and then neither first nor a pass over it is needed.
	var first [len(bylineSeps)]int
	var found uint32
	limit := len(text)
	for i := 0; i < limit; i++ {
		c, next := text[i], byte(0)
		if len(bylineSepsByByte[c]) == 0 {
			continue // a letter, most bytes: no separator begins with it
		}
		if i+1 < len(text) {
			next = text[i+1]
		}
		if bylineSepSeconds[c][next>>6]&(1<<(next&63)) == 0 {
			continue
		}
		for _, k := range bylineSepsByByte[c] {
			if found&(1<<k) == 0 && strings.HasPrefix(text[i:], bylineSeps[k]) {
				first[k], found = i, found|1<<k
				limit = min(limit, i+maxBylineSep)
			}
		}
	}
	if found == 0 {
		return text, ""
	}
	cut, size := len(text), 0
	for ; found != 0; found &= found - 1 {
		// A separator's first occurrence ends past the cut when none
		// lies wholly before it.
		k := bits.TrailingZeros32(found)
		if i := first[k]; i+len(bylineSeps[k]) <= cut {
			cut, size = i, len(bylineSeps[k])
		}
	}
	if cut == len(text) {
		return text, ""
	}
	return text[:cut], text[cut+size:]
}

// Kinds of byline labels.
const (
	labelNone   = iota
	labelAuthor // "By", "Von", "Autor:": the author's name follows
	labelOther  // "Reviewed by", "Photos by": another role's name follows
)

// authorLabels open a byline in the languages of the recognisers; the
// longer forms come first. otherLabels name other roles.
var (
	authorLabels = [...]string{"posted by", "post by", "written by", "published by", "article by", "words by", "story by", "reported by", "text by",
		"started by", "thread starter", "author(s)", "authors", "author",
		// "Written by" and "Published by" in the other languages.
		"geschrieben von", "verfasst von", "veröffentlicht von", "écrit par", "rédigé par", "publié par",
		"escrito por", "publicado por", "scritto da", "pubblicato da", "a cura di", "geschreven door",
		"gepubliceerd door", "geplaatst door",
		"by", "von", "autorin", "autor", "auteure", "auteur", "autore", "par", "por",
		"di", "door", "przez", "av", "af", "yazar", "автор статті", "автор", "текст", "著者", "作者", "筆者", "執筆者", "執筆", "执笔", "撰文",
		"取材・文", "文・写真", "ライター", "投稿者", "記者", "记者", "文",
		// "Text: Anna Schmidt": the word for text labels the writer only
		// before a colon, or before "di" ("Testo di Marco Rossi").
		"text:", "texte :", "texte:", "texto:", "testo:", "testo di", "tekst:"}
	otherLabels = [...]string{"reviewed by", "medically reviewed by", "fact checked by", "fact-checked by",
		"edited by", "photo by", "photos by", "photography by", "illustration by", "illustrations by",
		"translated by", "updated by", "video by", "produced by", "researched by",
		"fotos von", "foto von", "übersetzt von", "geprüft von", "photos de", "photo de", "traduit par", "relu par",
		"fotos de", "foto de", "fotografía de", "traducido por", "revisado por", "foto di", "tradotto da",
		"foto's van", "vertaald door", "фото", "перевод"}
)

// otherLabelSet is otherLabels, indexed for hasLabel.
var otherLabelSet = newLabelSet(otherLabels[:])

// bylineLabel is a label of authorLabels or otherLabels with its kind.
type bylineLabel struct {
	label string
	kind  int
}

// labelIndex holds the labels of otherLabels, then those of authorLabels,
// each in its list's order, under the first byte of every case of their
// first letter ("b" and "B" for "by"; 0xD0 and 0xD1 for "текст", whose
// capital "Текст" opens with another byte than its small letter): a text
// is compared only with the labels that may open it, and most texts open
// with none.
var labelIndex = func() (t [256][]bylineLabel) {
	add := func(labels []string, kind int) {
		for _, l := range labels {
			r, _ := utf8.DecodeRuneInString(l)
			var seen [3]byte
			for i, c := range [...]rune{unicode.ToLower(r), unicode.ToUpper(r), unicode.ToTitle(r)} {
				b := string(c)[0]
				if b == seen[0] || b == seen[1] {
					continue
				}
				seen[i] = b
				t[b] = append(t[b], bylineLabel{l, kind})
			}
		}
	}
	add(otherLabels[:], labelOther)
	add(authorLabels[:], labelAuthor)
	return t
}()

// cutBylineLabel removes the label that opens a byline part ("By ",
// "Autor: ", "著者："), and says which kind it was.
func cutBylineLabel(part string) (string, int) {
	if part == "" {
		return part, labelNone
	}
	for _, l := range labelIndex[part[0]] {
		if !hasWordPrefixFold(part, l.label) || !cjkLabelEnds(part, l.label) {
			continue
		}
		if l.kind == labelOther {
			return "", labelOther
		}
		return strings.TrimLeft(part[len(l.label):], " :：=＝/／\u00a0\u3000"), labelAuthor
	}
	return part, labelNone
}

// cjkLabelEnds reports whether a label in a script without spaces that
// opens part ends there: a colon, an equals sign, a slash or a space
// follows it, or nothing does. "記者会見" (a press conference) and "文化"
// open with a label's letters but are words of their own.
func cjkLabelEnds(part, label string) bool {
	last, _ := utf8.DecodeLastRuneInString(label)
	if last < 0x2E80 || len(part) == len(label) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(part[len(label):])
	switch r {
	case ' ', ':', '：', '=', '＝', '/', '／', '\u00a0', '\u3000', '・':
		return true
	}
	return false
}

// hasWordPrefixFold reports whether s opens with the word or words w, in
// any case, followed by the end, a space or a colon. Words of scripts
// without spaces need no space after them.
func hasWordPrefixFold(s, w string) bool {
	if len(s) < len(w) || !strings.EqualFold(s[:len(w)], w) {
		return false
	}
	if len(s) == len(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[len(w):])
	last, _ := utf8.DecodeLastRuneInString(w)
	return r == ' ' || r == ':' || r == '：' || r == '\u00a0' || last >= 0x2E80
}

// splitAtDate returns the text of a byline part before and after the
// date it gives: "Jane Doe, March 3, 2020" is "Jane Doe," and "".
func splitAtDate(s string) (before, after string) {
	var buf [17]string
	words := appendFields(buf[:0], s, len(buf))
	if len(words) > 16 {
		return "", ""
	}
	// A date holds a word with a year's digits (see
	// recognize.HasYearDigits): the words after the last such word start
	// none, and the date that starts at start ends past the first such
	// word after it. The parses that could not succeed are spared.
	lastYear := -1
	for i, w := range words {
		if recognize.HasYearDigits(w) {
			lastYear = i
		}
	}
	start := -1
	for i := lastYear; i >= 0; i-- {
		if _, ok := recognize.ParseDate(strings.Join(words[i:], " ")); ok {
			start = i
			break
		}
	}
	if start < 0 {
		return s, ""
	}
	end := start
	for !recognize.HasYearDigits(words[end]) {
		end++
	}
	end++
	for end < len(words) {
		if _, ok := recognize.ParseDate(strings.Join(words[start:end], " ")); ok {
			break
		}
		end++
	}
	// The date's time of day and zone: "10:44 am PST".
	for end < len(words) && (strings.IndexFunc(words[end], unicode.IsDigit) >= 0 || isTimeWord(words[end])) {
		end++
	}
	return strings.Join(words[:start], " "), strings.Join(words[end:], " ")
}

// isTimeWord reports whether w belongs to a time of day: "am", "PST".
func isTimeWord(w string) bool {
	w = strings.Trim(w, ",.;()")
	if strings.EqualFold(w, "am") || strings.EqualFold(w, "pm") || strings.EqualFold(w, "a.m") || strings.EqualFold(w, "p.m") {
		return true
	}
	// A zone abbreviation: two to five capitals.
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// afterBy returns what follows a "by" in s ("10:44 am by Jane Doe", "14:05
// von Anna Schmidt"), or s.
func afterBy(s string) string {
	words := strings.Fields(s)
	for i, w := range words[:min(len(words), 4)] {
		for _, by := range byWords {
			if strings.EqualFold(w, by) {
				return strings.Join(words[i+1:], " ")
			}
		}
	}
	return s
}

// byWords introduce the author after a date ("March 3, 2021 by Jane Doe",
// "3. März 2021 von Anna Schmidt") in the languages of the recognisers.
var byWords = [...]string{"by", "von", "par", "por", "di", "door", "przez"}

// byWordLabels are byWords between spaces, indexed for hasLabel.
var byWordLabels = newLabelSet([]string{" by ", " von ", " par ", " por ", " di ", " door ", " przez "})

// cutAtNumber cuts a byline part before its first number or a handle
// after the name, and before the
// words that join a name to a date or a place ("Jane Doe on Monday",
// "Jane Doe le").
func cutAtNumber(s string) string {
	var buf [16]string
	words := appendFields(buf[:0], s, -1)
	cut := len(words)
	for i, w := range words {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 || i > 0 && strings.HasPrefix(w, "@") {
			cut = i // "Jane Doe 3 min read", "Jane Doe @janedoe"
			break
		}
	}
	for _, w := range [...]string{"on", "in"} {
		if i := indexWordFold(words[:cut], w); i > 0 {
			cut = i // "Jane Doe on behalf of ...", "Jane Doe in Politics"
		}
	}
	for cut > 0 && isDateConnector(words[cut-1]) {
		cut--
	}
	return strings.Join(words[:cut], " ")
}

// indexWordFold returns the index of the first of words that is w in any
// case, or -1.
func indexWordFold(words []string, w string) int {
	for i, x := range words {
		if strings.EqualFold(x, w) {
			return i
		}
	}
	return -1
}

func isDateConnector(w string) bool {
	var buf [32]byte // lowered on the stack: the words are short
	switch string(lower.Append(buf[:0], strings.Trim(w, ",;:"))) {
	case "on", "at", "am", "le", "el", "il", "em", "op", "the", "updated", "published", "posted", "",
		"aktualisiert", "veröffentlicht", "publié", "publicado", "pubblicato", "publiceret":
		return true
	}
	return false
}

// trimNamePunct trims the punctuation that separators leave around names.
func trimNamePunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '-' || r == '–' || r == '—' ||
			r == '(' || r == ')' || r == '&' || r == '*'
	})
}

// nameSeps separate the names of several authors.
var nameSeps = [...]string{", ", ",", "; ", " and ", " & ", " und ", " et ", " y ", " e ", " en ", " i ", " и ", " og ", " och ", "、", "，"}

// appendNames splits s into names and appends those that look like one.
// It returns too the conjunction that stands before the last name it
// appended ("and" in "Jane Doe and John Roe"), "" when a comma or nothing
// does.
func appendNames(names []string, s string) ([]string, string) {
	if i := strings.IndexAny(s, "(（"); i > 0 {
		s = s[:i] // "Jane Doe (Content Manager)", "山田太郎（やまだ・たろう）"
	}
	sepBefore, conj := "", ""
	for s != "" && len(names) < maxBylineNames {
		cut, size := len(s), 0
		for _, sep := range nameSeps {
			if i := strings.Index(s[:cut], sep); i >= 0 {
				cut, size = i, len(sep)
			}
		}
		name := trimNamePunct(s[:cut])
		before := sepBefore
		for _, c := range listConjunctions {
			// "Jane Doe, John Roe, and Max Muster": the comma came first.
			if c[0] == ' ' && strings.HasPrefix(name, c[1:]) {
				name, before = name[len(c)-1:], c
				break
			}
		}
		if cut < len(s) {
			sepBefore = s[cut : cut+size]
			s = s[cut+size:]
		} else {
			s = ""
		}
		if i := roleIndex(name); i >= 0 {
			// "Jane Doe Senior Writer, Politics", "Jane Doe, Candidate
			// Representative": the rest describes her.
			name, s = trimRoleModifiers(trimNamePunct(name[:i])), ""
			if len(names) > 0 {
				break
			}
		}
		if len(names) > 0 && isPostNominal(name) || !isPersonName(name) {
			continue // "Jane Doe, MD, PhD": her degrees, not two more writers
		}
		dup := false
		for _, n := range names {
			dup = dup || strings.EqualFold(n, name)
		}
		if !dup {
			names = append(names, name)
			conj = conjunction(before)
		}
	}
	return names, conj
}

// conjunction returns the word of a separator of nameSeps that joins the
// last two names of a list ("and" of " and ", "&"), "" for a comma.
func conjunction(sep string) string {
	c := strings.TrimSpace(sep)
	if c == "" || c == "," || c == ";" || c == "、" || c == "，" {
		return ""
	}
	return c
}

// maxBylineNames bounds the authors read from one byline.
const maxBylineNames = 10

// isBylineLine reports whether a block's text is a byline: it opens with
// an author's label ("By", "Von", "Autor:"), or with a date, perhaps
// after its publication label, followed by "by" or its word in another
// language of the recognisers ("03/01/2017 by Jane Doe", "Posted on 3rd
// March 2021 by Jane Doe", "Publié le 3 mars 2021 par Jeanne Dupont").
func isBylineLine(text string) bool {
	if _, label := cutBylineLabel(text); label == labelAuthor {
		return true
	}
	if labelledLater(text) || cjkRoleLine(text) {
		return true
	}
	// A line without a year's digits holds no date (see
	// recognize.HasYearDigits), and needs no look for "by".
	if !recognize.HasYearDigits(text) || !hasLabel(text, byWordLabels) {
		return false
	}
	before, after := splitAtDate(text)
	return (before == "" || isPublicationLabel(before)) && afterBy(after) != after
}

// maxFieldsBefore is the most parts that labelledLater passes over.
const maxFieldsBefore = 3

// labelledLater reports whether a part of text after its first opens
// with an author's label, and the parts before it are dates or other
// labelled fields: "2019-03-05 10:00　来源：新华网　作者：张伟", "Source: Reuters |
// By Jane Doe". News sites in Chinese print the source, the author and
// the date on one line so.
func labelledLater(text string) bool {
	part, rest := nextBylinePart(text)
	for range maxFieldsBefore {
		// A text without another part, most, needs no date read.
		if rest == "" {
			return false
		}
		part = strings.TrimSpace(part)
		if !isFieldLine(part) && !isDate(part) {
			return false
		}
		part, rest = nextBylinePart(rest)
		if _, label := cutBylineLabel(strings.TrimSpace(part)); label == labelAuthor {
			return true
		}
	}
	return false
}

// isDate reports whether s is a date.
func isDate(s string) bool {
	_, ok := recognize.ParseDate(s)
	return ok
}

// isPublicationLabel reports whether s is a label of the date of
// publication alone, a few words ("Posted on", "Publié le"): the words
// that may open a byline before its date.
func isPublicationLabel(s string) bool {
	return wordCount(s) <= maxLabelWords && hasLabel(s, publishedLabels)
}

// isPersonName reports whether s looks like the name of an author: one
// to five words, each capitalised (or in a script without case) but for
// the particles inside names ("Jan de Vries"), no digits, no URL or
// handle, no job title and none of the words that stand beside bylines
// ("Share", "Follow", "Published").
func isPersonName(s string) bool {
	if s == "" || len(s) > 64 || strings.ContainsAny(s, "@/\\=<>{}[]#") || strings.Contains(s, "www.") {
		return false
	}
	var buf [6]string // a name has at most five words
	words := appendFields(buf[:0], s, len(buf))
	if len(words) > 5 {
		return false
	}
	if len(words) > 1 && words[0] == "the" {
		words = words[1:] // "the Lavazza Team"
	}
	glued := 0
	for i, w := range words {
		if isBylineWordFold(w) && len(words) > 1 {
			return false // "J Offline", "Post by"
		}
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 || isRoleWord(w) {
			return false
		}
		if gluedWords(w) {
			if glued++; glued == 2 {
				return false // "Wedding ChecklistsJust EngagedWedding Planning"
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && (i == 0 || i == len(words)-1 || !isNameParticle(w)) || !unicode.IsLetter(r) && r != '\'' {
			return false // "is a writer", "Jane doe"
		}
	}
	if len(words) == 1 && (utf8.RuneCountInString(s) < minNameRunes(s) || isMonthName(s)) {
		return false
	}
	return !isBylineWordFold(s)
}

// minNameRunes is the fewest letters of a one-word name: three, but two
// in the scripts that write a name without spaces and a syllable a
// letter (Chinese 王芳, Korean 이준), where most names are two or three
// letters long.
func minNameRunes(s string) int {
	for _, r := range s {
		if !unicode.In(r, unicode.Han, unicode.Hangul) {
			return 3
		}
	}
	return 2
}

// gluedWords reports whether the word w may be two words run together,
// as the texts of links set side by side come out ("ChecklistsJust"): a
// capital follows four lower-case letters or more. Names that hold a
// capital (McNally, DeVito, MacKenzie, FitzGerald) put it earlier; a
// brand may not ("SimplyThrilled"), so one such word is let be.
func gluedWords(w string) bool { return gluePoints(w) > 0 }

// gluePoints counts the places in w where words may run together (see
// gluedWords): a capital after four lower-case letters or more. A brand
// has one ("DianaHR"); the texts of links set side by side have more.
func gluePoints(w string) int {
	n, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r) && lower >= 4:
			n++
			lower = 0
		default:
			lower = 0
		}
	}
	return n
}

// roleWords are job titles that follow names in bylines, in the languages
// of the recognisers. A word that opens with one is a title, not a name.
var roleWords = [...]string{"editor", "writer", "reporter", "correspondent", "contributor", "contributing",
	"columnist", "journalist", "photographer", "producer", "analyst", "redakteur", "redaktor", "rédact",
	"redactor", "redattore", "periodista", "giornalista", "dziennikarz", "correspondant", "corresponsal",
	"корреспондент", "журналист", "редактор", "кореспондент", "expert", "specialist", "consultant", "manager",
	"director", "founder", "officer", "president", "representative", "phd", "ph.d", "mba", "dvm",
	"記者", "记者", "特派員", "特派员", "編集委員", "编辑"}

// roleIndex returns the byte index in s of its first job title word, or
// -1.
func roleIndex(s string) int {
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i && isRoleWord(s[i:j]) {
			return i
		}
		if k := cjkRoleSuffix(s[i:j]); k > 0 {
			return i + k // "山田太郎記者"
		}
		i = j
	}
	return -1
}

// cjkRoles are the job titles that Chinese and Japanese bylines glue to
// the name they follow ("山田太郎記者").
var cjkRoles = [...]string{"記者", "记者", "特派員", "特派员", "編集委員", "编辑"}

// cjkRoleSuffix returns the byte index in the word w of a job title glued
// after a name of two letters or more in a script without spaces, or 0.
func cjkRoleSuffix(w string) int {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
		return 0
	}
	for _, role := range cjkRoles {
		if k := len(w) - len(role); k > 0 && strings.HasSuffix(w, role) && utf8.RuneCountInString(w[:k]) >= 2 {
			return k
		}
	}
	return 0
}

// cjkRoleLine reports whether text opens with a name and its job title
// in a script without spaces, perhaps before a date: "山田太郎記者",
// "山田太郎 記者 2019年3月5日", "张伟 特派员".
func cjkRoleLine(text string) bool {
	before, short := leadBeforeDigit(text, 12) // the date after the name
	if before == "" || !short {
		return false
	}
	w := before
	if i := strings.LastIndexByte(before, ' '); i >= 0 {
		w = before[i+1:]
		if slices.Contains(cjkRoles[:], w) {
			return isPersonName(strings.TrimSpace(before[:i]))
		}
	}
	k := cjkRoleSuffix(w)
	return k > 0 && w == before && isPersonName(before[:k])
}

// leadBeforeDigit returns the text before the first digit of text (an
// ASCII or a full-width one: "2019", "２０１９"), trimmed as
// strings.TrimSpace trims it, and whether that holds maxRunes runes or
// fewer. It reads no further than the rune that makes it longer: most
// lines are, and need not be read to their end.
func leadBeforeDigit(text string, maxRunes int) (string, bool) {
	start, end, n := -1, 0, 0 // n counts the runes from start
	for i := 0; i < len(text); {
		c := text[i]
		if c-'0' <= 9 || c == 0xEF && i+2 < len(text) && text[i+1] == 0xBC && text[i+2]-0x90 <= 9 {
			break
		}
		space, size := c == ' ' || c-'\t' <= '\r'-'\t', 1 // unicode.IsSpace of ASCII
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case start < 0 && space:
		case start < 0:
			start, end, n = i, i+size, 1
		default:
			if n++; !space {
				if n > maxRunes {
					return "", false
				}
				end = i + size
			}
		}
		i += size
	}
	if start < 0 {
		return "", true
	}
	return text[start:end], true
}

func isRoleWord(w string) bool {
	w = strings.Trim(w, ",.;:")
	if isASCIIText(w) {
		// compared in ASCII, as strings.ToLower would lower-case it,
		// without its copy of a capitalised word; a role word that is
		// not ASCII matches no ASCII word either way
		for _, r := range roleWords {
			if ascii.HasPrefixFold(w, r) {
				return true
			}
		}
		return false
	}
	w = strings.ToLower(w)
	for _, r := range roleWords {
		if strings.HasPrefix(w, r) {
			return true
		}
	}
	return false
}

// isASCIIText reports whether s is all ASCII.
func isASCIIText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isBylineWordFold is isBylineWord of s lower-cased (as strings.ToLower
// lowers it), lowered on the stack. A text over three times the buffer
// is not lowered at all: lowering shrinks a rune to a third at most
// (the Kelvin sign to "k"), so it cannot fit, and a long name costs no
// copy on the heap.
func isBylineWordFold(s string) bool {
	var buf [32]byte
	if len(s) > 3*len(buf) {
		return false // longer than every byline word
	}
	b := lower.Append(buf[:0], s)
	if len(b) > len(buf) {
		return false // longer than every byline word
	}
	return isBylineWord(string(b))
}

// isBylineWord reports whether a lower-cased text is one of the words that
// stand in or beside bylines without naming anyone.
func isBylineWord(s string) bool {
	switch s {
	case "share", "follow", "comments", "comment", "more", "read more", "view all", "see all", "all posts",
		"posts", "articles", "profile", "bio", "about", "about the author", "about me", "contact", "email",
		"twitter", "facebook", "linkedin", "instagram", "published", "updated", "posted", "reviewed",
		"written", "author", "authors", "admin", "administrator", "anonymous", "unknown", "guest",
		"autor", "auteur", "автор", "teilen", "partager", "compartir", "condividi", "folgen", "suivre",
		"seguir", "mehr", "plus", "más", "leggi", "lesen", "home", "news", "blog", "menu", "search",
		"post", "online", "offline", "name", "by", "joined", "member", "members", "moderator", "reply",
		"replies", "quote", "registered", "report", "checked", "fact-checked", "verified", "geprüft", "vérifié", "verificado":
		return true
	}
	return false
}

// isMonthName reports whether w names a month (or is its abbreviation) in
// a language the date recognisers read: "Dec" left of a cut date.
func isMonthName(w string) bool {
	_, ok := recognize.ParseDate("1 " + strings.TrimRight(w, ".") + " 2000")
	return ok
}

// isNameParticle reports whether a lower-case word may stand inside a
// name: "Jan de Vries", "Ludwig van Beethoven", "Abu al-Hasan".
func isNameParticle(w string) bool {
	switch w {
	case "de", "da", "das", "do", "dos", "del", "della", "der", "den", "di", "du", "la", "le", "van",
		"von", "zu", "ten", "ter", "bin", "ibn", "al", "el", "y", "e", "af", "av":
		return true
	}
	return strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")
}

// roleModifiers qualify a job title: "Senior" in "Jane Doe Senior Writer".
var roleModifiers = [...]string{"senior", "staff", "chief", "deputy", "managing", "executive", "associate",
	"assistant", "contributing", "guest", "freelance", "special", "lead", "head", "former"}

// trimRoleModifiers drops the qualifiers left at the end of a name cut
// before a job title.
func trimRoleModifiers(s string) string {
	for {
		i := strings.LastIndexByte(s, ' ')
		last := strings.ToLower(s[i+1:])
		found := false
		for _, m := range roleModifiers {
			found = found || last == m
		}
		if !found {
			return s
		}
		if i < 0 {
			return ""
		}
		s = strings.TrimSpace(s[:i])
	}
}

// markNames is bylineNames for the text of an element marked as the
// author's: there, a user name alone ("jdoe", "sean_g", "hayley.p")
// names the author too, as on forums.
func markNames(text string) string {
	if names := bylineNames(text); names != "" {
		return names
	}
	if h := strings.TrimSpace(text); isHandle(h) {
		return h
	}
	return ""
}

// isHandle reports whether s is a user name: one token of letters,
// digits, "_", "." and "-", with a letter, and not one of the words that
// stand beside bylines.
func isHandle(s string) bool {
	if len(s) < 2 || len(s) > 32 || isBylineWord(strings.ToLower(s)) || isMonthName(s) {
		return false
	}
	letter := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r), r == '_', r == '.', r == '-':
		default:
			return false
		}
	}
	return letter
}

// splitNames returns the names of a list that joinNames wrote.
func splitNames(list string) []string {
	var names []string
	for part := range strings.SplitSeq(list, ", ") {
		for _, c := range listConjunctions {
			if a, b, ok := strings.Cut(part, c); ok && c[0] == ' ' {
				names = append(names, a)
				part = b
				break
			}
		}
		if part != "" {
			names = append(names, part)
		}
	}
	return names
}

// listConjunctions join the last two names of a printed list of authors,
// in the languages of the recognisers, as they stand between the names.
var listConjunctions = [...]string{" and ", ", and ", " & ", " und ", " et ", " y ", " e ", " en ", " i ", " и ",
	" og ", " och ", " és ", " ve "}

// asPrinted lists the authors that the metadata gives as a list ("Jane
// Doe, John Roe", from a JSON-LD array or several author tags) the way a
// block of the page prints them, when one joins the last two names with a
// conjunction ("By Jane Doe and John Roe"): "Jane Doe and John Roe". Else
// it returns author as it is.
func asPrinted(author string, blocks []boilerplate.Block) string {
	n := strings.Count(author, ", ") + 1 // the names Split gives, without its slice for one name
	if n < 2 || n > maxBylineNames {
		return author
	}
	names := strings.Split(author, ", ")
	last, prev := names[n-1], names[n-2]
	for i := range blocks {
		text := blocks[i].Text
		j := strings.Index(text, prev)
		if j < 0 || !strings.Contains(text[j:], last) {
			continue
		}
		rest := text[j+len(prev):]
		for _, c := range listConjunctions {
			if strings.HasPrefix(rest, c) && strings.HasPrefix(rest[len(c):], last) {
				return joinNames(names, strings.Trim(c, ", "))
			}
		}
	}
	return author
}

// appendFields appends the words of s, as strings.Fields splits it, to
// words, stopping once words holds limit of them (no limit when limit is
// negative): into a buffer on the caller's stack, a byline's few words
// cost no allocation.
func appendFields(words []string, s string, limit int) []string {
	for w := range strings.FieldsSeq(s) {
		if len(words) == limit {
			break
		}
		words = append(words, w)
	}
	return words
}
