package recognize

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// dateWord kinds.
const (
	dwFiller   = 100 // words a dateline may hold besides the date: at, updated, GMT
	dwWeekday  = 101 // a word of a weekday's name that does not tell which ("feira")
	dwRelative = 102 // today, yesterday, ago
	dwAMPM     = 103 // am, pm: their value is dwAMPM, pm adds 12 hours
	dwPM       = 104
	// dwSunday is the kind of Sunday's names; the other days follow,
	// dwSunday + time.Weekday.
	dwSunday   = 110
	dwSaturday = dwSunday + 6
)

// isWeekday reports whether a token's kind is a weekday's name.
func isWeekday(kind int) bool { return kind == dwWeekday || dwSunday <= kind && kind <= dwSaturday }

// dateLexicon is the vocabulary of datelines: each word's month number
// (1-12) or kind, and a bit filter (dateFilterBit) that turns most other
// words away before the map is asked.
type dateLexicon struct {
	words  map[string]int
	filter [dateFilterSize / 64]uint64
}

// dateFilterSize is the number of bits of dateLexicon.filter; about 600
// words set a seventh of them.
const dateFilterSize = 4096

// dateFilterBit returns the bit of dateLexicon.filter for a lower-case
// word of n bytes that starts with byte first and ends with byte last.
func dateFilterBit(first, last byte, n int) uint32 {
	return (uint32(first)*0x9E3779B1 ^ uint32(last)*0x85EBCA6B ^ uint32(n)*0xC2B2AE35) >> 20
}

// may reports whether a lower-case word of n bytes that starts with byte
// first and ends with byte last may be a date word.
func (l *dateLexicon) may(first, last byte, n int) bool {
	b := dateFilterBit(first, last, n)
	return l.filter[b/64]&(1<<(b%64)) != 0
}

// dateWordEnd returns the end of the run of ASCII letters and apostrophes
// at text[i], a word as readDateToken reads it, and false when a byte of a
// non-ASCII rune ends it: the word may go on.
func dateWordEnd(text string, i int) (int, bool) {
	for ; i < len(text); i++ {
		c := text[i]
		if l := c | 0x20; (l < 'a' || l > 'z') && c != '\'' {
			return i, c < utf8.RuneSelf
		}
	}
	return i, true
}

// hasLowerASCII reports whether s holds a lower-case ASCII letter.
func hasLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// asciiFolded returns the lower case of c, an ASCII letter or an
// apostrophe, as readDateToken writes it.
func asciiFolded(c byte) byte {
	if c == '\'' {
		return c
	}
	return c | 0x20
}

// dateWords is the dateLexicon, built at first use.
var dateWords = sync.OnceValue(func() *dateLexicon {
	l := &dateLexicon{words: dateWordKinds()}
	for w := range l.words {
		b := dateFilterBit(w[0], w[len(w)-1], len(w))
		l.filter[b/64] |= 1 << (b % 64)
	}
	return l
})

// dateWordKinds maps the words of datelines to a month number (1-12) or a
// kind.
func dateWordKinds() map[string]int {
	m := make(map[string]int, 600)
	months := [12][]string{
		{"january", "jan", "januar", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "styczeń", "stycznia", "sty", "январь", "января", "янв", "січень", "січня", "січ", "ocak"},
		{"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev", "februari", "luty", "lutego", "lut", "февраль", "февраля", "фев", "февр", "лютий", "лютого", "лют", "şubat"},
		{"march", "mar", "märz", "mars", "marzo", "março", "maart", "mrt", "marzec", "marca", "март", "марта", "мар", "березень", "березня", "бер", "mär", "mart"},
		{"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "kwi", "апрель", "апреля", "апр", "квітень", "квітня", "кві", "квіт", "nisan"},
		{"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "май", "мая", "травень", "травня", "тра", "трав", "mayıs"},
		{"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "cze", "июнь", "июня", "июн", "червень", "червня", "чер", "черв", "haziran"},
		{"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "lip", "июль", "июля", "июл", "липень", "липня", "лип", "temmuz"},
		{"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "sie", "август", "августа", "авг", "серпень", "серпня", "сер", "серп", "ağustos"},
		{"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "wrzesień", "września", "wrz", "сентябрь", "сентября", "сен", "сент", "вересень", "вересня", "вер", "eylül"},
		{"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października", "paź", "октябрь", "октября", "окт", "жовтень", "жовтня", "жов", "жовт", "ekim"},
		{"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "lis", "ноябрь", "ноября", "ноя", "листопада", "лис", "лист", "kasım"},
		{"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudzień", "grudnia", "gru", "декабрь", "декабря", "дек", "грудень", "грудня", "гру", "груд", "aralık"},
	}
	for i, names := range months {
		for _, n := range names {
			m[n] = i + 1
		}
	}
	add := func(kind int, words ...string) {
		for _, w := range words {
			if _, ok := m[w]; !ok {
				m[w] = kind
			}
		}
	}
	// Weekdays, Sunday to Saturday, in each language.
	weekdays := [7][]string{
		{"sunday", "sun", "sonntag", "so", "dimanche", "domingo", "domenica", "zondag", "niedziela", "воскресенье", "вс", "неділя", "нд"},
		{"monday", "mon", "montag", "mo", "lundi", "lunes", "lunedì", "segunda", "maandag", "poniedziałek", "понедельник", "пн", "понеділок"},
		{"tuesday", "tue", "tues", "dienstag", "di", "mardi", "martes", "martedì", "terça", "dinsdag", "wtorek", "вторник", "вт", "вівторок"},
		{"wednesday", "wed", "mittwoch", "mi", "mercredi", "miércoles", "miercoles", "mercoledì", "quarta", "woensdag", "środa", "среда", "ср", "середа"},
		{"thursday", "thu", "thur", "thurs", "donnerstag", "do", "jeudi", "jueves", "giovedì", "quinta", "donderdag", "czwartek", "четверг", "чт", "четвер"},
		{"friday", "fri", "freitag", "fr", "vendredi", "viernes", "venerdì", "sexta", "vrijdag", "piątek", "пятница", "пт", "п'ятниця"},
		{"saturday", "sat", "samstag", "sonnabend", "sa", "samedi", "sábado", "sabado", "sabato", "zaterdag", "sobota", "суббота", "сб", "субота"},
	}
	for d, names := range weekdays {
		add(dwSunday+d, names...)
	}
	add(dwWeekday, "feira")
	add(dwRelative, "today", "yesterday", "ago", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins",
		"day", "days", "week", "weeks", "month", "months", "year", "years", "just", "now",
		"heute", "gestern", "vor", "stunden", "stunde", "minuten", "tagen", "wochen", "monaten", "jahren",
		"aujourd'hui", "hier", "il", "y", "heures", "heure", "jours",
		"hoy", "ayer", "hace", "horas", "hora", "minutos", "días",
		"oggi", "ieri", "ore", "fa", "hoje", "ontem", "há",
		"vandaag", "gisteren", "uur", "geleden", "dzisiaj", "wczoraj", "temu", "godzin", "godziny",
		"сегодня", "вчера", "назад", "час", "часа", "часов", "минут", "минуты", "минуту",
		"сьогодні", "вчора", "тому", "години", "годин", "хвилин", "хвилини")
	for i, z := range dateZones {
		add(dwZone+i, z.names...)
	}
	add(dwAMPM, "am", "a", "m")
	add(dwPM, "pm", "p")
	add(dwFiller, "at", "on", "of", "the", "updated", "published", "posted", "modified", "last", "date", "time",
		"gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "bst", "eet", "eest", "msk", "ist",
		"et", "pt", "th", "st", "nd", "rd", "read", "reading", "lesezeit", "lecture", "lectura", "lettura",
		"leitura", "чтение", "читання",
		"um", "uhr", "aktualisiert", "veröffentlicht", "stand", "den", "der", "vom",
		"le", "à", "mis", "jour", "publié", "modifié", "er",
		"de", "del", "el", "las", "los", "actualizado", "publicado", "actualización",
		"alle", "aggiornato", "pubblicato", "del", "em", "às", "atualizado", "atualização",
		"op", "om", "bijgewerkt", "gepubliceerd", "o", "zaktualizowano", "opublikowano", "aktualizacja",
		"в", "г", "года", "год", "обновлено", "опубликовано", "обновлен", "опубликован", "мск",
		"р", "року", "рік", "о", "об", "оновлено", "опубліковано")
	return m
}

// maxDateTokens bounds the tokens read by the date functions.
const maxDateTokens = 24

type dateToken struct {
	kind int  // 0 number, else a dateWords value, -1 unknown word
	val  int  // the number
	ndig int  // digits of the number
	sep  rune // the rune right after the token, 0 at the end
	// glued is what a suffix glued to a number says of it: gluedAM or
	// gluedPM after a time's minutes ("2:43pm"), gluedHour after an
	// hour that its minutes follow ("10h15", "10時15分").
	glued int8
	// zone is 1 + the index in dateZones of the zone that the word
	// after the token names, 0 when none does (set by parseDate).
	zone int8
}

// The suffixes glued to numbers that a time reads (dateToken.glued).
const (
	gluedNone int8 = iota
	gluedAM
	gluedPM
	gluedHour
)

// gluedSuffix reads the letters glued to a number (suffix), rest being
// the text after them: "am" and "pm" end a time, "h" and "時" stand
// between an hour and its minutes ("10h15", "10時15分"), when two digits
// follow.
func gluedSuffix(suffix, rest string) int8 {
	switch {
	case strings.EqualFold(suffix, "am"):
		return gluedAM
	case strings.EqualFold(suffix, "pm"):
		return gluedPM
	case suffix == "h" || suffix == "H" || suffix == "時" || suffix == "时":
		if len(rest) >= 2 && isASCIIDigit(rest[0]) && isASCIIDigit(rest[1]) && (len(rest) == 2 || !isASCIIDigit(rest[2])) {
			return gluedHour
		}
	}
	return gluedNone
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// dateTokens splits the opening of text into numbers and date words
// (readDateToken), at most maxDateTokens of them.
func dateTokens(text string, toks *[maxDateTokens]dateToken) int {
	words := dateWords()
	n := 0
	for i := 0; n < maxDateTokens; n++ {
		t, next, ok := readDateToken(text, i, words)
		if !ok {
			break
		}
		toks[n], i = t, next
	}
	return n
}

// readDateToken reads the number or word that starts at or after text[i],
// skipping what is neither, and returns it with the index after it; ok is
// false at the end of text. A word that is not in words has kind -1.
func readDateToken(text string, i int, words *dateLexicon) (t dateToken, next int, ok bool) {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r >= '0' && r <= '9':
			for i < len(text) && text[i] >= '0' && text[i] <= '9' {
				if t.ndig < 9 {
					t.val = t.val*10 + int(text[i]-'0')
				}
				t.ndig++
				i++
			}
			// An ordinal or unit suffix glued to the number: 15th, 2022г.
			j := i
			for j < len(text) && j-i < 4 {
				r, sz := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += sz
			}
			if j-i <= 4 {
				t.glued = gluedSuffix(text[i:j], text[j:])
				i = j
			}
		case unicode.IsLetter(r):
			if end, ok := dateWordEnd(text, i); ok && end-i <= 40 {
				// A word of ASCII letters and apostrophes, most words:
				// looked up only past the filter.
				t.kind = -1
				if words.may(asciiFolded(text[i]), asciiFolded(text[end-1]), end-i) {
					var buf [40]byte
					w := buf[:end-i]
					for k := range w {
						w[k] = asciiFolded(text[i+k])
					}
					if k, ok := words.words[string(w)]; ok {
						t.kind = k
					}
					if t.kind >= dwZone && hasLowerASCII(text[i:end]) {
						t.kind = dwFiller // "et" in French, "pt": no zone but in capitals
					}
				}
				i = end
				break
			}
			var buf [48]byte
			bn := 0
			for i < len(text) {
				if c := text[i]; c < utf8.RuneSelf {
					// ASCII, most words: a letter lower-cased, an
					// apostrophe kept, anything else ends the word.
					if l := c | 0x20; (l < 'a' || l > 'z') && c != '\'' {
						break
					}
					if c != '\'' {
						c |= 0x20
					}
					if bn+4 <= len(buf) {
						buf[bn] = c
						bn++
					}
					i++
					continue
				}
				r, size := utf8.DecodeRuneInString(text[i:])
				if !unicode.IsLetter(r) && r != '\'' && r != '’' {
					break
				}
				if r == '’' {
					r = '\''
				}
				if bn+4 <= len(buf) {
					bn = len(utf8.AppendRune(buf[:bn], unicode.ToLower(r)))
				}
				i += size
			}
			t.kind = -1
			if w := buf[:bn]; bn > 0 && words.may(w[0], w[bn-1], bn) {
				if k, ok := words.words[string(w)]; ok {
					t.kind = k
				}
			}
		case unicode.Is(unicode.Sc, r):
			// A currency sign: "18.00" after it is a price, not a time.
			t.kind = -1
			i += size
		default:
			i += size
			continue
		}
		if i < len(text) {
			t.sep, _ = utf8.DecodeRuneInString(text[i:])
		}
		if t.glued == gluedHour {
			t.sep = ':' // 10h15
		}
		return t, i, true
	}
	return t, i, false
}

// isDateline reports whether text is a bare date or time stamp: only
// numbers and date words, with a date or time in them. Figures are no
// dates (see onlyFigures).
func isDateline(text string) bool {
	if onlyFigures(text) {
		return false
	}
	words := dateWords()
	var n, numbers, months, days, relative int
	// A decimal before a word of time is a quantity ("4.5 day week",
	// "2,5 Stunden"), not an age: whole numbers count the days and hours
	// of one. point says the last number was followed by a point or a
	// comma and a digit, fraction that the last token was the one digit
	// after it, and no point, so not a day and month ("4.5.").
	point, fraction := false, false
	for i := 0; ; n++ {
		t, next, ok := readDateToken(text, i, words)
		if !ok {
			break
		}
		if n == maxDateTokens-1 {
			return false // too long for a dateline
		}
		i = next
		if t.kind == dwRelative && fraction {
			return false
		}
		fraction = point && t.kind == 0 && t.ndig == 1 && t.sep != '.' && t.sep != ','
		point = t.kind == 0 && (t.sep == '.' || t.sep == ',') && next+1 < len(text) && isASCIIDigit(text[next+1])
		switch {
		case t.kind == -1:
			return false
		case t.kind == 0:
			numbers++
		case t.kind <= 12:
			months++
		case isWeekday(t.kind):
			days++
		case t.kind == dwRelative:
			relative++
		}
	}
	return months > 0 && (numbers > 0 || days > 0) || numbers >= 2 || days > 0 && n <= 3 ||
		relative > 0 && numbers > 0
}

// ParseDate finds the first calendar date in the opening of text, with the
// time of day when one is given, in the zone that the text names after it
// ("2:43pm EST", "10:00 a.m. ET", "14:34 MESZ", see dateZones) or else in
// UTC: "February 15, 2022 at 14:34 GMT",
// "15.02.2022 12:57", "2022-02-15", "15 Feb 2022", "15 февраля 2022". Numeric
// dates are read day first unless that cannot be (02/15/2022). Two-digit
// years and dates without a year are not read.
func ParseDate(text string) (time.Time, bool) { return parseDate(text, false) }

// ParseDateMonthFirst is ParseDate for pages written where numeric dates
// with slashes put the month first (American English: 3/4/2025 is March
// 4), unless that cannot be (15/02/2022). Dates with dots or dashes are
// read day first as ParseDate reads them: the slash is the form that
// American pages print.
func ParseDateMonthFirst(text string) (time.Time, bool) { return parseDate(text, true) }

// HasYearDigits reports whether text holds four ASCII digits in a row, as
// every date that ParseDate and ParseDateMonthFirst read does in its year:
// a text without them holds no date, and its parse can be spared.
func HasYearDigits(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		if text[i]-'0' > 9 {
			run = 0
		} else if run++; run == 4 {
			return true
		}
	}
	return false
}

func parseDate(text string, monthFirst bool) (time.Time, bool) {
	var toks [maxDateTokens]dateToken
	n := dateTokens(text, &toks)
	// Filler words may stand between the parts of a date: "3 de marzo de
	// 2021", "the 5th of May 2021".
	k := 0
	for _, t := range toks[:n] {
		switch {
		case t.kind >= dwZone:
			if k > 0 {
				toks[k-1].zone = int8(t.kind - dwZone + 1) // "2:43pm EST"
			}
		case t.kind != dwFiller:
			toks[k] = t
			k++
		}
	}
	n = k
	year, month, day := 0, 0, 0
	hour, minute, zone := -1, -1, int8(0)
	weekday := -1 // of an ambiguous numeric date (see weekdayBeside)
	isMonth := func(i int) bool { return i < n && toks[i].kind >= 1 && toks[i].kind <= 12 }
	isNum := func(i, minDig, maxDig int) bool {
		return i < n && toks[i].kind == 0 && toks[i].ndig >= minDig && toks[i].ndig <= maxDig
	}
	for i := 0; i < n; i++ {
		t := toks[i]
		if year == 0 {
			switch {
			case isNum(i, 4, 4) && (t.sep == '-' || t.sep == '/' || t.sep == '.') && isNum(i+1, 1, 2) && isNum(i+2, 1, 2):
				year, month, day = t.val, toks[i+1].val, toks[i+2].val
				i += 2
				continue
			case isNum(i, 1, 2) && (t.sep == '.' || t.sep == '/' || t.sep == '-') && isNum(i+1, 1, 2) &&
				toks[i+1].sep == t.sep && isNum(i+2, 4, 4):
				day, month, year = t.val, toks[i+1].val, toks[i+2].val
				if monthFirst && t.sep == '/' {
					day, month = month, day
				}
				if month > 12 && day <= 12 {
					day, month = month, day
				}
				if day <= 12 && month <= 12 && day != month {
					weekday = weekdayBeside(toks[:n], i, i+3)
				}
				i += 2
				continue
			case isMonth(i) && isNum(i+1, 1, 2) && isNum(i+2, 4, 4):
				month, day, year = t.kind, toks[i+1].val, toks[i+2].val
				i += 2
				continue
			case isNum(i, 1, 2) && isMonth(i+1) && isNum(i+2, 4, 4):
				day, month, year = t.val, toks[i+1].kind, toks[i+2].val
				i += 2
				continue
			}
		}
		// A time with a dot ("10.15") only before its zone ("10.15 GMT"):
		// else it may be a number or a date.
		if hour < 0 && isNum(i, 1, 2) && (t.sep == ':' || t.sep == '.' && year != 0 && i+1 < n && toks[i+1].zone != 0) && isNum(i+1, 2, 2) {
			hour, minute = t.val, toks[i+1].val
			pm := toks[i+1].glued == gluedPM || i+2 < n && toks[i+2].kind == dwPM
			am := toks[i+1].glued == gluedAM || i+2 < n && toks[i+2].kind == dwAMPM
			if pm && hour < 12 {
				hour += 12
			} else if am && hour == 12 {
				hour = 0
			}
			// The zone named after the minutes or after "pm", "p.m.".
			zone = toks[i+1].zone
			for j := i + 2; j < n && j <= i+3 && (toks[j].kind == dwAMPM || toks[j].kind == dwPM); j++ {
				if toks[j].zone != 0 {
					zone = toks[j].zone
				}
			}
			i++
		}
	}
	if year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	if weekday >= 0 && weekdayOf(year, month, day) != weekday && weekdayOf(year, day, month) == weekday {
		// The weekday the date names tells the order of its numbers
		// ("Fri, 03/05/2021" is March 5 wherever the page is from).
		day, month = month, day
	}
	loc := time.UTC
	if hour < 0 || hour > 23 || minute > 59 {
		hour, minute = 0, 0
	} else if zone > 0 {
		loc = zoneLocation(int(zone-1), year, month, day)
	}
	d := time.Date(year, time.Month(month), day, hour, minute, 0, 0, loc)
	if d.Day() != day {
		return time.Time{}, false // 31 February
	}
	return d, true
}

// weekdayBeside returns the weekday (Sunday 0) that the token before
// toks[start] or the one at toks[end] names, -1 when neither does: the
// day's name printed beside a numeric date ("Fri, 03/05/2021",
// "05.03.2021 (Fr)"). A name further away may be a word of the
// dateline's ("di" opens an Italian byline).
func weekdayBeside(toks []dateToken, start, end int) int {
	for _, i := range [2]int{start - 1, end} {
		if i >= 0 && i < len(toks) && dwSunday <= toks[i].kind && toks[i].kind <= dwSaturday {
			return toks[i].kind - dwSunday
		}
	}
	return -1
}

// weekdayOf returns the weekday of a day, Sunday 0.
func weekdayOf(year, month, day int) int {
	return int(time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Weekday())
}
