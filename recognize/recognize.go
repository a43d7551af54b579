package recognize

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/runeclass"
)

// Text returns the kind of boilerplate text is, or None when it
// is not recognisably boilerplate. It knows cookie notices, subscription,
// newsletter and paywall prompts, editors' footers, rights and licensing
// notices, photo and media credits (and the credit line of an embedded
// post: "A post shared by Name (@handle)"), social links and share buttons, "[ Link ]"
// placeholders, comment counters, advertisement labels, related-content
// headings, interface controls ("Show more", "Top downloads"), navigation and
// language switchers, and datelines, in English, German, French, Spanish,
// Italian, Portuguese, Dutch, Polish, Russian and Ukrainian.
//
// It is conservative: a cue word alone never condemns a text; the rules
// combine cues with the shape of the text (short, a label, no sentence), so
// article prose that mentions cookies or Twitter is not flagged. It reads at
// most the opening few hundred bytes of text and does not allocate.
func Text(text string) Kind {
	text = trimSpace(text)
	if text == "" {
		return None
	}
	if text[0] >= utf8.RuneSelf {
		if r := recognizeCJK(text); r != None {
			return r
		}
	}
	var v view
	v.fill(text)
	var h hits
	cues().match(&v, &h)
	s := measureShape(text, &v)
	return decide(&h, &s, text)
}

// shape is what Text knows of a text besides its cue words.
type shape struct {
	words     int  // all words, numbers included
	textWords int  // words that are not numbers
	prose     bool // ends like a sentence and is long enough to be one
	sentence  bool // ends with terminal punctuation
	copyright bool // starts with a copyright sign
	label     bool // starts with a short label followed by a colon: "Photo: ..."
	slash     bool // contains " / " or starts with "/": credits and breadcrumbs
	bracketed bool // ends with a "[ ... ]" placeholder
	crumbs    int  // breadcrumb or menu separators: > » › | •
	noSlash   bool // holds no "/" for sure
	noAt      bool // holds no "@" for sure
}

func measureShape(text string, v *view) shape {
	s := shape{words: v.words, textWords: v.words - v.numbers}
	last, _ := utf8.DecodeLastRuneInString(runeclass.TrimClosers(text))
	switch last {
	case '.', '!', '?', '。', '！', '？':
		s.sentence = true
	}
	s.prose = s.sentence && s.words >= 6
	switch text[0] { // the first bytes of "©", "(c)", "Ⓒ"
	case 0xC2, '(', 0xE2:
		s.copyright = strings.HasPrefix(text, "©") || strings.HasPrefix(text, "(c)") || strings.HasPrefix(text, "(C)") ||
			strings.HasPrefix(text, "Ⓒ")
	}
	if !v.lacks(markColon) {
		if i := strings.IndexByte(text, ':'); i > 0 && i <= 48 && strings.Count(text[:i], " ") <= 3 {
			s.label = true
		}
	}
	s.noSlash, s.noAt = v.lacks(markSlash), v.lacks(markAt)
	if !s.noSlash {
		head := text[:min(len(text), maxView)]
		s.slash = strings.HasPrefix(text, "/") || spacedSlash(head)
	}
	s.bracketed = strings.HasSuffix(text, "]") && strings.LastIndexByte(text, '[') >= 0
	s.crumbs = v.crumbs
	return s
}

// spacedSlash reports whether s contains " / ". It looks for the rare
// slash first: strings.Contains starts from each space.
func spacedSlash(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		j := strings.IndexByte(s[i:], '/')
		if j < 0 {
			return false
		}
		i += j
		if i+1 < len(s) && s[i-1] == ' ' && s[i+1] == ' ' {
			return true
		}
	}
	return false
}

// decide applies the rules, most specific first.
func decide(h *hits, s *shape, text string) Kind {
	has := func(g group) bool { return h.any&(1<<g) != 0 }
	starts := func(g group) bool { return h.start&(1<<g) != 0 }
	whole := func(g group) bool { return h.whole&(1<<g) != 0 }
	count := func(g group) int { return int(h.count[g]) }
	reporting := has(gReporting)

	// A "[ Link ]" placeholder left where a link was: social profiles or
	// a link list of a video description.
	if s.bracketed && has(gLinkWord) && s.words <= 20 {
		if has(gSocial) {
			return Social
		}
		return LinkList
	}
	// The frame of an embedded post, printed where the embed's script did
	// not run (a feed, the page's text copied, a site that drops the embed
	// code's class): "A post shared by Name (@handle)", "View this post on
	// Instagram". The credit names the account: prose that opens with the
	// phrase does not.
	if whole(gEmbedPost) || starts(gEmbedPost) && !s.noAt && s.words <= 30 {
		return Credit
	}
	// Cookie notices mention cookies, speak to the reader and ask for
	// consent; reported speech marks an article about cookies instead.
	if has(gCookie) && s.words <= 150 && !reporting {
		if has(gConsent) && has(gSiteRef) {
			return CookieNotice
		}
		if s.words <= 6 && !s.prose {
			return CookieNotice // "Cookie settings", "Accept cookies"
		}
	}
	// Editors' footers open with their cue and may run long.
	if starts(gEditor) || (has(gEditor) && s.words <= 12 && !reporting) {
		return EditorMessage
	}
	if s.copyright && s.words <= 80 {
		if has(gRights) || has(gLegal) || s.numbers() > 0 && s.words <= 6 {
			return Legal
		}
		return Credit
	}
	// A sentence that names newsletters is a prompt when the site speaks
	// in it ("our newsletter", "your inbox"); without, it is prose about
	// newsletters that an article may hold ("readers get too many").
	if has(gNewsletter) && s.words <= 40 && !reporting && (has(gSignup) && (!s.sentence || has(gSiteRef)) || s.words <= 4) {
		return Newsletter
	}
	if has(gRights) && s.words <= 25 && !reporting || has(gLegal) && s.words <= 12 && !s.prose {
		return Legal
	}
	if whole(gSubscribe) || (starts(gSubscribe) || has(gSubscribe) && s.slash) && s.words <= 15 && !s.prose ||
		has(gSubscribe) && s.words <= 5 && !s.sentence {
		return Subscription
	}
	if starts(gCredit) && s.words <= 20 && (s.label || s.slash) && !s.prose {
		return Credit
	}
	if has(gAgency) && s.words <= 12 && !s.sentence && (s.slash || has(gCredit) || count(gAgency) >= s.textWords-1) {
		return Credit
	}
	if starts(gShare) && s.words <= 10 && !s.prose {
		return Social
	}
	// A photo caption: it names what is pictured or ends with the agency
	// that took the picture ("... in New York. Reuters", "Name/Agency").
	if s.words <= 60 && !reporting && (has(gCaption) && (starts(gCaption) || strings.Contains(text, "(pictured)")) ||
		h.end&(1<<gAgency) != 0 && !s.sentence && s.words >= 3 && creditTail(text)) || strings.HasSuffix(text, "[+]") {
		return Caption
	}
	if whole(gPostMeta) && strings.HasSuffix(text, ":") {
		return Credit // the label of a byline or date: "Author:", "Publish date:"
	}
	if s.words <= 6 && !s.sentence && !s.noSlash && slashCredit(text) {
		return Credit // "Jane Doe/AGENCY"
	}
	if s.words <= 8 && !s.sentence && Byline(text) != "" {
		return Credit
	}
	if starts(gFollow) && s.words <= 20 && (has(gSocial) || s.words <= 4) {
		return Social
	}
	if social := count(gSocial) + count(gShare); s.textWords > 0 && s.textWords <= 12 && !s.prose &&
		(social >= s.textWords || social >= 2 && social >= s.textWords-1 ||
			starts(gSocial) && s.label || whole(gShare)) {
		return Social
	}
	if has(gComments) && s.words <= 6 && !s.prose && (starts(gComments) || s.numbers() > 0 || whole(gComments)) ||
		starts(gComments) && s.numbers() > 0 && s.words <= 25 ||
		(s.words <= bylineNameWords || s.numbers() > 0 && s.words <= 20) && commentByline(text) {
		return Comments
	}
	// A prompt to log in before replying: "You must be logged in to post
	// a comment.", or the phrase inside a short line that is no sentence
	// ("Create an account or sign in to comment").
	if (starts(gLogin) || has(gLogin) && !s.prose) && s.words <= 16 {
		return Comments
	}
	if whole(gAdvert) || starts(gAdvert) && s.words <= 8 && !s.prose {
		return Advertisement
	}
	if whole(gInterface) {
		return Interface
	}
	if has(gFeedback) && s.words <= 16 {
		// "Was this page helpful?" under a documentation page or a help
		// centre's article, and its answers' follow-ups.
		return Interface
	}
	if starts(gEditPage) && s.words <= 8 && !s.sentence {
		// "Edit this page on GitHub" under a documentation page.
		return Interface
	}
	short := len(text) <= longView // the view holds all of it
	// Site prompts and notices, each named by a phrase no article needs.
	switch {
	case has(gPaywall) && short && !reporting:
		return Subscription
	case has(gApp) && has(gAppStore) && has(gSignup) && (has(gSiteRef) || has(gRelated)) && short && !reporting:
		return Advertisement // "Get the latest news on your phone with our app"
	case has(gDonate) && (has(gSiteRef) || starts(gDonate)) && !reporting:
		return EditorMessage
	case has(gLicence) && len(text) <= 2*longView && !reporting:
		return Legal
	case starts(gCite):
		return Credit
	case whole(gEmbed) || has(gEmbed) && has(gConsent):
		return CookieNotice
	case has(gAdBlock) && has(gSiteRef) && !reporting && len(text) <= 2*longView:
		return Advertisement // "Please disable your ad blocker"
	case has(gReaders) && s.words <= 8 && !s.sentence:
		return EditorMessage // "A Word to Our Loyal Readers"
	case s.words <= 6 && !s.noAt && emailLine(text):
		return Credit // "jane.doe@example.com", "Contact: jane.doe@example.com"
	case has(gUIMessage) && s.words <= 12 && !reporting:
		return Interface // "An error has occurred, please try again later."
	case has(gReadTime) && s.textWords <= 6 && !s.sentence:
		return Interface // "Tempo de leitura: 2 minutos", "5 min read"
	case has(gPush) && short && (starts(gPush) || has(gSiteRef) && s.words <= pushPromptWords) && !reporting:
		return Interface
	case has(gDisclaimer) && (!reporting || count(gDisclaimer) >= 2):
		return Legal
	case has(gComments) && !reporting && (count(gModeration) >= 2 || has(gModeration) && has(gSiteRef)):
		return Comments // a comment policy
	case has(gReaderNote) && has(gSiteRef) && !reporting && len(text) <= 2*longView:
		return EditorMessage // "We'd like to hear what you think ... letters to the editor"
	case starts(gSubscribeLead) && short && !reporting:
		return Subscription
	}
	if whole(gRelated) || starts(gRelated) && (s.words <= 5 && !s.sentence || s.label && s.words <= 30 ||
		strings.HasSuffix(text, ":") && s.words <= 10) {
		return Related
	}
	if starts(gInterface) && s.words <= 4 && (!s.sentence || endsInEllipsis(text)) ||
		starts(gTopList) && s.words <= 8 && !s.sentence || whole(gTopList) {
		return Interface
	}
	if s.textWords >= 2 && s.textWords <= 12 && count(gLanguage) >= s.textWords {
		return Navigation // a language switcher: "RU UA EN"
	}
	if whole(gNav) || s.crumbs >= 2 && s.words <= 16 && !s.prose {
		return Navigation
	}
	// A dateline's label may hold more words than its date has numbers:
	// "Mis à jour le 3 mars" has five around one (isDateline reads only
	// the words of datelines).
	if s.words <= maxDatelineWords && (s.numbers() > 0 && s.textWords <= s.numbers()+5 || s.words <= 3) && isDateline(text) &&
		!isDateRange(text) {
		return Dateline
	}
	// A post's meta line: a date with an author, a reading time or counts
	// beside it ("Posted on November 5, 2024 by Jane Doe · 7 min read").
	if s.words <= 20 && s.numbers() > 0 && !s.sentence &&
		(s.crumbs > 0 || starts(gPostMeta) || h.end&(1<<gPostMeta) != 0) {
		if _, ok := ParseDate(text); ok {
			return Dateline
		}
	}
	// A publication's stamp and its update's in one line, joined by a
	// separator, each a dateline of its own: "PUBLISHED: November 8, 2023
	// at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.", which
	// runs longer than one dateline may. The line opens on a post's label:
	// bare stamps side by side are the sessions of an event.
	if s.words > maxDatelineWords && s.words <= 2*maxDatelineWords && s.crumbs > 0 && starts(gPostMeta) &&
		pairedDatelines(text) {
		return Dateline
	}
	// A page's last change with the change's message, which generators
	// of documentation print under it ("Last modified November 18, 2025
	// at 11:47 AM PST: Add docs for the scheduling API (fda060d1fe)").
	if starts(gModified) && s.words <= maxChangeLineWords && !s.prose && s.numbers() > 0 {
		if _, ok := ParseDate(text); ok {
			return Dateline
		}
	}
	// A view counter: "Viewed 69k times", "1,234 views", "Views 26.2k".
	if s.words <= 4 && !s.sentence && (starts(gViews) || h.end&(1<<gViews) != 0) &&
		strings.ContainsAny(text, "0123456789") {
		return Interface
	}
	return None
}

// pushPromptWords is the most words of a prompt to allow browser
// notifications that does not open with its cue ("Never miss a story:
// turn on push notifications."). Longer text that names push
// notifications and speaks to the reader is a guide or a product's
// description ("Your app can send push notifications to ...").
const pushPromptWords = 15

func (s *shape) numbers() int { return s.words - s.textWords }

// trimSpace is strings.TrimSpace for text that blocks hold already trimmed:
// text that opens and ends with a printable ASCII byte is returned at once.
func trimSpace(text string) string {
	if len(text) > 0 && text[0] > ' ' && text[0] < utf8.RuneSelf && text[len(text)-1] > ' ' &&
		text[len(text)-1] < utf8.RuneSelf {
		return text
	}
	return strings.TrimSpace(text)
}

// bylineNameWords is the most words of a comment's byline without a date:
// a reader's name or handle and the verb ("Jane Doe says:"). A longer
// line that ends in "wrote:" or "said:" without a date introduces a
// quotation in an article ("Here is what the maintainers wrote:").
const bylineNameWords = 4

// commentByline reports whether text is the byline of a reader's comment:
// "Alex on September 17, 2018 at 6:34 am said:", "joetoronto says:".
func commentByline(text string) bool {
	if !strings.HasSuffix(text, ":") {
		return false
	}
	for _, end := range [...]string{" said:", " says:", " wrote:", " writes:", " schrieb:", " schreibt:",
		" a écrit :", " a écrit:", " dice:", " escribió:", " ha scritto:", " disse:", " diz:", " schreef:",
		" napisał:", " пишет:", " написал:", " написала:", " пише:", " написав:", " написала:"} {
		if strings.HasSuffix(text, end) {
			return true
		}
	}
	return false
}

// emailLine reports whether text is an e-mail address, perhaps after a
// label: the contact line under an article.
func emailLine(text string) bool {
	if i := strings.LastIndexByte(text, ' '); i >= 0 {
		text = text[i+1:]
	}
	at := strings.IndexByte(text, '@')
	return at > 0 && strings.IndexByte(text[at:], '.') > 1 && !strings.ContainsAny(text, "/,;")
}

// slashCredit reports whether text is a photographer's credit written
// "Jane Doe/AGENCY": a capitalised name, a slash, an upper-case name.
func slashCredit(text string) bool {
	name, org, ok := strings.Cut(text, "/")
	if !ok || strings.ContainsRune(org, '/') || strings.HasSuffix(name, " ") || strings.HasPrefix(org, " ") {
		return false
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(org) < 2 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	for _, r := range org {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// creditTail reports whether the end of text looks like an agency credit
// appended to a caption: "... in New York.Reuters", "Name/Agency", "via".
func creditTail(text string) bool {
	tail := text[max(0, len(text)-40):]
	return strings.ContainsAny(tail, "./") || strings.Contains(tail, " via ")
}

// bylineWords open an author's byline in the languages of the cue tables.
var bylineWords = [...]string{"by ", "posted by ", "written by ", "words by ", "story by ", "von ", "par ", "por ",
	"di ", "door ", "przez ", "автор: ", "автор ",
	"текст: ", "текст ", "автор статті: ",
	// "Written by" in the other languages.
	"geschrieben von ", "verfasst von ", "écrit par ", "rédigé par ", "escrito por ", "scritto da ", "a cura di ",
	"geschreven door "}

// bylineStarts holds, for each byte, the set of bylineWords (bit i for
// word i) that a text opening with that byte may equal without case.
var bylineStarts = func() (t [256]uint32) {
	for c := range 256 {
		for i, w := range bylineWords {
			if mayFoldTo(byte(c), w[0]) {
				t[c] |= 1 << i
			}
		}
	}
	return t
}()

// The sets of bylineStarts are 32 bits wide.
var _ [32 - len(bylineWords)]struct{}

// mayFoldTo reports whether a text opening with byte c may equal, without
// case, a word opening with byte w: the same byte, an ASCII letter of the
// other case, or any non-ASCII byte, which may open a rune that folds to
// the word's (K, the Kelvin sign, to k; ſ, the long s, to s). It spares
// strings.EqualFold, slow on non-ASCII text, most words.
func mayFoldTo(c, w byte) bool {
	return c == w || c|0x20 == w && w >= 'a' && w <= 'z' || c >= utf8.RuneSelf && (w >= utf8.RuneSelf || w == 'k' || w == 's')
}

// Byline returns the author's name when text is a byline ("By Jane Doe",
// "Von Max Muster, 15. Februar 2022", "Автор: Иван Петров"), else "". The
// name must look like one: a few capitalised words.
func Byline(text string) string {
	text = trimSpace(text)
	if text == "" || bylineStarts[text[0]] == 0 || text[0] >= utf8.RuneSelf && text[0] != 0xD0 && text[0] != 0xC3 {
		return "" // no byline word starts so (0xD0 leads "автор", "текст"; 0xC3 "écrit")
	}
	rest := ""
	for set := bylineStarts[text[0]]; set != 0; set &= set - 1 {
		w := bylineWords[bits.TrailingZeros32(set)]
		if len(text) > len(w) && strings.EqualFold(text[:len(w)], w) {
			rest = text[len(w):]
			break
		}
	}
	if rest == "" {
		return ""
	}
	// The name ends at a separator before a date, a role or a source.
	if i := strings.IndexAny(rest, ",|•·("); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.Index(rest, " on "); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimSpace(rest)
	words, capital := 0, 0
	first, _ := utf8.DecodeRuneInString(rest)
	for _, w := range strings.Fields(rest) {
		words++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			capital++
		}
	}
	if words == 0 || words > 5 || capital*2 < words+1 || !unicode.IsUpper(first) {
		return ""
	}
	return rest
}

// endsInEllipsis reports whether text ends in "..." or "…": a control's
// label that trails off ("Loading paragraph...", "Read more…") is no
// sentence, though it ends in dots.
func endsInEllipsis(text string) bool {
	return strings.HasSuffix(text, "...") || strings.HasSuffix(text, "…")
}

// maxChangeLineWords bounds the line of a page's last change: its label,
// date and the change's message.
const maxChangeLineWords = 40
