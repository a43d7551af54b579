package boilerplate

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bioTail is how many of the last kept blocks may be an author's note.
const bioTail = 3

// bioNameWords is how far into a note the author's name comes: a note is
// about its author ("Jane Doe is ...", "Email Jane Doe at ..."), where an
// article's sentence that credits its reporters names them later.
const bioNameWords = 6

// bioMaxWords bounds an author's note: a line or two on who wrote the
// article and how to reach them, never a paragraph of the article.
const bioMaxWords = 80

// publisherMaxWords bounds a publisher's note ("Example Corp is a global
// provider of ..."), which press releases close with at some length.
const publisherMaxWords = 200

// DropAuthorBio drops the notes on the article's author and publisher that
// many sites print after the article: "Jane Doe is a reporter covering
// ...", "Email Jane Doe at ... or follow her on Twitter", "Example Corp is a
// global provider of ...". Only the last few kept blocks are looked at.
//
// author is the byline the page's metadata names; a short block that names
// one of its people in full near its start is an author's note, and so is
// one after the article's opening that opens with the person's first or
// last name alone ("Jane holds a degree in ...", "Doe, CFP, is ..."). Without a
// byline, a short block that opens with a person's name, a copula and a
// newsroom role ("Jane Doe is a reporter for ...") is one too.
// Organisations ("Reuters", "BBC News") name themselves in article prose
// too, so only names that look like a person's, two to four capitalised
// words, count, and none that the site's own name or host holds ("NOW
// Grenada" on nowgrenada.com). A block that opens by saying what the site
// itself is (its name or host, then "is", "ist", "est", ...) is the
// publisher's note, unless it is the first kept block: the article's
// opening, or a quotation: a customer's word on the site ("Example is
// excellent") is not the site's own.
func DropAuthorBio(blocks []Block, author, siteName, pageURL string) {
	host, _ := hostOf(pageURL)
	var buf [4]string
	names := personNames(buf[:0], author, siteName+" "+host)
	orgs := publisherNames(siteName, host)
	// The first kept block opens the article: a publisher's note closes
	// one. A short story's opening may otherwise read as one, when its
	// dateline names the site's town ("RIVERTON — The council voted ..."
	// on riverton.example).
	first := 0
	for first < len(blocks) && !blocks[first].Kept {
		first++
	}
	seen := 0
	for i := len(blocks) - 1; i >= 0 && seen < bioTail; i-- {
		b := &blocks[i]
		if !b.Kept {
			continue
		}
		seen++
		if b.Kind == KindHeading || b.Features.Words > publisherMaxWords {
			continue
		}
		if i > first && b.Kind != KindQuote && publisherNote(b.Text, orgs) || b.Features.Words <= bioMaxWords &&
			(namesAuthor(b.Text, names) || i > first && opensWithNamePart(b.Text, names) || staffNote(b.Text) ||
				i > first && contributorNote(b.Text)) {
			b.Drop(ReasonAuthorBio)
		}
	}
}

// contributorNotes are how an English newsroom credits the reporters who
// helped with a story, in a line under it: "Jane Doe contributed to this
// report.", "John Roe contributed reporting from Paris.".
var contributorNotes = [...]string{" contributed to this report", " contributed to this story", " contributed reporting"}

// contributorNote reports whether text is such a credit: a line of at most
// two sentences that names the helpers first, so opens with a capital
// letter, and holds one of contributorNotes. The wire's "Reporting by Jane
// Doe; Editing by John Roe" line is not one: the benchmarks' truths keep it.
func contributorNote(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) || strings.Count(text, ". ") > 1 {
		return false
	}
	for _, c := range contributorNotes {
		if strings.Contains(text, c) {
			return true
		}
	}
	return false
}

// staffNote reports whether text opens by saying who a journalist is,
// whatever the byline: a person's name, perhaps a handle in brackets, a
// copula, then a newsroom role within a few words ("Jane Doe is a senior
// reporter for ...", "Max Muster ist Redakteur ...").
func staffNote(text string) bool {
	// The first words, as many as a name, a handle, the copula and the
	// role may take, split at spaces without allocating.
	var buf [4 + 2 + staffRoleWords]string
	words := buf[:0]
	for rest := text; len(words) < len(buf); {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			break
		}
		w, after, _ := strings.Cut(rest, " ")
		words, rest = append(words, w), after
	}
	n := 0 // words of the name
	for n < len(words) && n < 4 {
		r, _ := utf8.DecodeRuneInString(words[n])
		if !unicode.IsUpper(r) {
			break
		}
		n++
	}
	if n < 2 {
		return false
	}
	rest := words[n:]
	if len(rest) > 0 && strings.HasPrefix(rest[0], "(@") {
		rest = rest[1:] // "(@janedoe)"
	}
	if len(rest) == 0 || !slices.Contains(copulas[:], rest[0]) {
		return false
	}
	for _, w := range rest[1:min(len(rest), 1+staffRoleWords)] {
		w = strings.TrimRight(w, ".,;:")
		for _, role := range staffRoles {
			if len(w) >= len(role) && strings.EqualFold(w[:len(role)], role) {
				return true
			}
		}
	}
	return false
}

// staffRoleWords is how many words after the copula the role may come:
// "is a senior national political reporter".
const staffRoleWords = 6

// staffRoles are the stems of newsroom roles in the languages of the cue
// tables.
var staffRoles = [...]string{"reporter", "journalist", "correspondent", "columnist", "editor", "writer", "contributor",
	"redakteur", "journalistin", "korrespondent", "autorin", "journaliste", "rédact", "chroniqueu", "correspondant",
	"periodista", "redactor", "corresponsal", "columnista", "giornalista", "redattor", "redattric", "corrispondente",
	"jornalista", "repórter", "redator", "colunista", "redacteur", "verslaggever", "dziennikar", "redaktor",
	"korespondent", "журналист", "корреспондент", "обозреватель", "редактор", "журналіст", "кореспондент", "оглядач"}

// namesAuthor reports whether text names one of names near its start.
func namesAuthor(text string, names []string) bool {
	for _, name := range names {
		if i := strings.Index(text, name); i >= 0 && countWords(text[:i]) < bioNameWords {
			return true
		}
	}
	return false
}

// publisherNames returns the names a site goes by: its name, when short,
// and the first label of its host ("ascom" for ascom.com).
func publisherNames(siteName, host string) []string {
	var orgs []string
	if n := strings.TrimSpace(siteName); n != "" && countFields(n, 5) <= 4 {
		orgs = append(orgs, n)
	}
	if label, _, _ := strings.Cut(host, "."); len(label) >= 3 && strings.Contains(host, ".") {
		orgs = append(orgs, label)
	}
	return orgs
}

// copulas are the words that say what a subject is, in the languages of
// the cue tables: "Example Corp is a ...".
var copulas = [...]string{"is", "ist", "est", "es", "è", "é", "jest", "является", "є", "—"}

// publisherNote reports whether text opens with one of orgs, compared
// without regard to case, and then a copula.
func publisherNote(text string, orgs []string) bool {
	for _, org := range orgs {
		if len(text) <= len(org) || !strings.EqualFold(text[:len(org)], org) || text[len(org)] != ' ' {
			continue
		}
		next, _, _ := strings.Cut(text[len(org)+1:], " ")
		for _, c := range copulas {
			if next == c {
				return true
			}
		}
	}
	return false
}

// personNames appends to names the names in a byline that look like a
// person's: "Jane Doe, Example News" gives "Jane Doe"; "Jane Doe and John
// Roe" both. Given a small array on the caller's stack (buf[:0]), a
// byline's few names cost no allocation.
func personNames(names []string, author, site string) []string {
	if author == "" {
		return names
	}
	if strings.ContainsAny(author, ";|&\n") || strings.Contains(author, " and ") {
		// a strings.Replacer of several strings copies s twice even
		// when it replaces nothing, the common case of one name
		author = bylineSeparators.Replace(author)
	}
	// squashed into buffers on the stack: the site once a part is a
	// person's name, then each such part
	var siteBuf, partBuf [64]byte
	var squashedSite []byte
	for part := range strings.SplitSeq(author, ",") {
		if part = trimHandle(strings.TrimSpace(part)); !personName(part) {
			continue
		}
		if squashedSite == nil {
			squashedSite = appendSquashed(siteBuf[:0], site)
		}
		if !bytes.Contains(squashedSite, appendSquashed(partBuf[:0], part)) {
			names = append(names, part)
		}
	}
	return names
}

// bylineSeparators turns the separators between a byline's names into
// commas; personNames tests for them first.
var bylineSeparators = strings.NewReplacer(";", ",", "|", ",", "&", ",", " and ", ",", "\n", ",")

// appendSquashed appends s lower-cased and with only its letters and
// digits, so that a name compares with a host name: "NOW Grenada" gives
// "nowgrenada".
func appendSquashed(out []byte, s string) []byte {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = utf8.AppendRune(out, unicode.ToLower(r))
		}
	}
	return out
}

// personName reports whether s reads as a person's name: two to four
// words, each opening with a capital letter.
func personName(s string) bool {
	n := 0 // words, read without a slice of them
	for w := range strings.FieldsSeq(s) {
		n++
		if r, _ := utf8.DecodeRuneInString(w); n > 4 || !unicode.IsUpper(r) {
			return false
		}
	}
	return n >= 2
}

// countWords counts the space-separated words of s.
func countWords(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}
