package extract

import (
	"strings"
	"time"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/meta"
	"github.com/winnowtext/winnow/recognize"
	"golang.org/x/text/language"
)

// maxDatelineWords is the longest block read as a dateline: a date, its
// label, perhaps a byline ("By Jane Doe, March 3, 2020 at 10:44 am").
const maxDatelineWords = 16

// bodyDate returns the date that the article's header prints: the first
// <time>, itemprop=datePublished or element marked as a date or byline,
// or short block, in the header zone (see headerZone) that gives one. A
// date labelled as an update ("Updated March 5, 2021") is taken only when
// the header gives no other. monthFirst reads numeric dates with slashes
// month first (see dateOrder).
func bodyDate(s *segmenter, blocks []boilerplate.Block, monthFirst bool) (time.Time, bool) {
	var found, updated time.Time
	scanHeader(s, blocks, false, func(m *bodyMark, b *boilerplate.Block) bool {
		var d time.Time
		ok := false
		text := ""
		switch {
		case m != nil && m.dt != "":
			d, ok = meta.ParseDate(m.dt)
			if i := int(m.block); i < len(blocks) && blocks[i].Features.Words <= maxDatelineWords {
				text = blocks[i].Text // "Last updated: <time datetime=...>"
			}
		case m != nil && (m.text != "" || m.title != ""):
			d, ok = textDate(m.text, monthFirst)
			text = m.text
			if m.title != "" {
				// "2 days ago", the date in the title (see titleDate);
				// or the day in the text, its time in the title.
				if t, tok := meta.ParseDate(m.title); tok && (!ok || dayOnly(d) && sameDay(t, d)) {
					d, ok = t, true
					text = m.title + "\n" + m.text
				}
			}
		case b != nil && datelineSized(b) && b.Features.Digits > 0 && !proseLine(b.Text, b.Features.Words):
			d, ok = textDate(b.Text, monthFirst)
			text = b.Text
		}
		if !ok {
			return false
		}
		lower := foldable(text) // once for the three label sets
		switch {
		case profileLabels.in(lower):
			return false
		case updateLabels.in(lower):
			if p, ok := publishedBeside(text, monthFirst); ok {
				found = p
				return true
			}
			if updated.IsZero() {
				updated = d
			}
			return false
		case issueLine(lower):
			if updated.IsZero() {
				updated = d // an issue's date, taken as an update's is
			}
			return false
		}
		found = d
		return true
	})
	if found.IsZero() {
		found = updated
	}
	return found, !found.IsZero()
}

// datelineSized reports whether b is short enough to be read as a
// dateline: maxDatelineWords, or twice that when the recogniser read it
// as one (a publication's stamp and its update's in one line).
func datelineSized(b *boilerplate.Block) bool {
	return b.Features.Words <= maxDatelineWords ||
		b.Reason == boilerplate.ReasonDateline && b.Features.Words <= 2*maxDatelineWords
}

// textDate reads the first date in a dateline's text, in any language the
// date recognisers read, Chinese, Japanese and Korean dates ("2019年3月5日",
// "令和3年3月15日") included; monthFirst reads "3/4/2025" as March 4.
func textDate(text string, monthFirst bool) (time.Time, bool) {
	if strings.ContainsAny(text, "年년") {
		text = cjkDates.Replace(gregorianEras(text))
	}
	if monthFirst {
		return recognize.ParseDateMonthFirst(text)
	}
	return recognize.ParseDate(text)
}

// cjkDates rewrites the year, month and day marks of Chinese, Japanese
// and Korean dates as the separators of a numeric date.
var cjkDates = strings.NewReplacer("年", "-", "月", "-", "日", " ", "년 ", "-", "월 ", "-", "년", "-", "월", "-", "일", " ")

// updateWords label the dates of updates in the recognisers' languages:
// such a date is taken only when the header gives no other.
var updateWords = [...]string{"updated", "modified", "last reviewed", "aktualisiert", "geändert", "mis à jour",
	"modifié", "actualizado", "actualización", "aggiornato", "atualizado", "bijgewerkt", "zaktualizowano",
	"обновлено", "оновлено", "更新"}

// updateLabels is updateWords, indexed for hasLabel.
var updateLabels = newLabelSet(updateWords[:])

// profileWords label the dates of a member's profile beside a forum post
// ("Joined: Mon Jul 24, 2017", "Mitglied seit", "Inscrit le") and the
// founding date of whatever a profile or a fact box describes ("Founded:
// Dec 11, 2021", "Gegründet"), in the recognisers' languages: when
// someone joined, was last seen or founded something, never when the
// page was written.
var profileWords = [...]string{"joined", "member since", "registered", "last seen", "last visit", "last active",
	"mitglied seit", "registriert", "dabei seit", "inscrit", "inscription", "membre depuis", "registrado",
	"miembro desde", "iscritto", "registrato", "lid sinds", "geregistreerd", "lid geworden", "dołączył",
	"зарегистрирован", "на сайте с", "注册", "登録日", "加入", "founded", "gegründet", "fondé le", "fondée le",
	"fundado el", "fundada el", "fondato il", "fondata il", "opgericht op", "założony", "założona", "основан", "设立", "設立"}

// profileLabels is profileWords, indexed for hasLabel.
var profileLabels = newLabelSet(profileWords[:])

// pageDate returns the page's publication date: the metadata's (md.Date),
// weighed against what the page prints when the metadata's source is weak
// or gives a day and no time: the date in the article's header, an earlier
// date that a note on the first publication gives ("originally published
// on ..."), else a date a publication label or a byline introduces
// elsewhere on the page. monthFirst says how numeric dates are read,
// unless the dates the page prints decide it (see slashOrder).
func pageDate(s *segmenter, blocks []boilerplate.Block, md *meta.Metadata, monthFirst bool) time.Time {
	date := md.Date
	if date.IsZero() || md.DateWeak || dayOnly(date) {
		if mf, ok := slashOrder(blocks); ok {
			monthFirst = mf // the page's own dates decide (see slashOrder)
		}
	}
	switch {
	case date.IsZero() || md.DateWeak:
		date = headerDate(s, blocks, date, md.DateFromURL, monthFirst)
		if d, ok := originalDate(blocks, monthFirst); ok && d.Before(date) && !sameDay(d, date) {
			date = d
		}
		if date.IsZero() {
			date, _ = labelledDate(blocks, monthFirst)
		}
	case dayOnly(date):
		// A strong date that gives a day and no time yields to the date
		// printed in the header as a weak one does (see dayOnly).
		date = headerDate(s, blocks, date, false, monthFirst)
	}
	return date
}

// headerDate weighs the date printed in the article's header against
// weak, the date from a source that it may correct (see
// meta.Metadata.DateWeak): the printed date replaces a weak one of
// another day, and a date in the URL's path (fromURL, a day and no time)
// of the same day, adding the time. A weak date of the same day stands,
// with the zone it gives.
func headerDate(s *segmenter, blocks []boilerplate.Block, weak time.Time, fromURL, monthFirst bool) time.Time {
	d, ok := bodyDate(s, blocks, monthFirst)
	switch {
	case !ok:
		return weak
	case weak.IsZero() || fromURL == sameDay(d, weak):
		return d
	}
	return weak
}

// dayOnly reports whether t gives a day and no time: midnight to the
// nanosecond in its own zone. Such a date, typed as a day into a
// publishing tool's field or filled in by a template, is less often the
// article's than one the tool stamped at the minute of publication: the
// date printed in the article's header may replace it, as it replaces a
// weak date (see headerDate).
func dayOnly(t time.Time) bool {
	h, m, sec := t.Clock()
	return h == 0 && m == 0 && sec == 0 && t.Nanosecond() == 0
}

// sameDay reports whether two dates are less than a day and a half apart:
// the same day wherever their zones put them.
func sameDay(a, b time.Time) bool {
	d := a.Sub(b)
	return d > -36*time.Hour && d < 36*time.Hour
}

// dateOrder reports whether the page writes numeric dates month first
// (3/4/2025 for March 4): its text is in English (tag) and its markup
// names the United States as its region ("en-US"), or names no region
// ("en") where its og:locale (locale) does ("en_US"). Elsewhere numeric dates
// are read day first, as most of the world writes them; a page that names
// no region is not assumed American.
func dateOrder(tag language.Tag, markup, locale string) bool {
	if base, _ := tag.Base(); base.String() != "en" || markup == "" {
		return false
	}
	if usEnglish(markup) {
		return true
	}
	// "en" alone: og:locale may name the region ("en_US").
	return strings.EqualFold(markup, "en") && usEnglish(locale)
}

// usEnglish reports whether the BCP 47 tag s names English as the United
// States write it.
func usEnglish(s string) bool {
	if s == "" {
		return false
	}
	t, err := language.Parse(s)
	if err != nil {
		return false
	}
	if base, _ := t.Base(); base.String() != "en" {
		return false
	}
	r, conf := t.Region()
	return conf == language.Exact && r.String() == "US"
}

// labelledDate returns the first date that a publication label introduces
// anywhere on the page outside navigation, footers and comments, in the
// same short block ("Published: 5 March 2019", "配信開始日 2019/3/5") or in
// the block after a label that stands alone (a <dt> or <th> before its
// value); a byline ("Written by Jane Doe", "Von Anna Schmidt") serves as
// such a label, for the author's card that some pages put after the text
// with the date beside the names; without one, the first date labelled
// as an update ("最終更新日：2019/02/22"), the nearest the page comes to
// saying when it was written.
// It serves pages whose header gives no date: catalogues, records and
// reports print their dates in a table of facts below the text or in a
// corner of the page.
func labelledDate(blocks []boilerplate.Block, monthFirst bool) (time.Time, bool) {
	var updated time.Time
	for i := range blocks {
		b := &blocks[i]
		if b.Features.Words > maxDatelineWords || b.Features.Hints&hintsOffHeader != 0 ||
			b.Features.Digits == 0 && !labelsNext(blocks, i) {
			continue // no date here nor in the block it could label
		}
		lower := foldable(b.Text)
		switch {
		case updateLabels.in(lower):
			if d, ok := publishedBeside(b.Text, monthFirst); ok {
				return d, true
			}
			if updated.IsZero() && b.Features.Digits > 0 {
				updated, _ = textDate(b.Text, monthFirst)
			}
		case !publishedLabels.in(lower) && !isBylineLine(b.Text):
		case b.Features.Digits > 0:
			if d, ok := textDate(b.Text, monthFirst); ok {
				return d, true
			}
		case (b.Features.Words <= maxLabelWords || isBylineLine(b.Text)) && labelsNext(blocks, i):
			if d, ok := textDate(blocks[i+1].Text, monthFirst); ok {
				return d, true
			}
		}
	}
	return updated, !updated.IsZero()
}

// labelsNext reports whether the block after blocks[i] could be the date
// that a label standing alone in blocks[i] introduces: a few words with
// digits, outside navigation, footers and comments.
func labelsNext(blocks []boilerplate.Block, i int) bool {
	if i+1 >= len(blocks) {
		return false
	}
	next := &blocks[i+1]
	return next.Features.Digits > 0 && next.Features.Words <= maxLabelWords && next.Features.Hints&hintsOffHeader == 0
}

// originalDate returns the date of a sentence that says when the article
// was first published ("This article was originally published on 26 Sep
// 2019 but has been updated since", "Erstmals veröffentlicht am 3. März
// 2019") anywhere on the page outside navigation, footers and comments: a
// republished or revised article prints its new date under the headline
// and its first one in such a note. Callers take it only when it comes
// before the date found otherwise: a note naming a later day speaks of
// another publication (a reprint elsewhere, a new edition).
func originalDate(blocks []boilerplate.Block, monthFirst bool) (time.Time, bool) {
	for i := range blocks {
		b := &blocks[i]
		if b.Features.Words > maxNoteWords || b.Features.Digits == 0 || b.Features.Hints&hintsOffHeader != 0 ||
			!hasLabel(b.Text, originalLabels) {
			continue
		}
		if d, ok := textDate(b.Text, monthFirst); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// maxNoteWords is the longest block read as a note on the first
// publication: a sentence.
const maxNoteWords = 40

// originalWords say that a date is the article's first publication, in
// the recognisers' languages (lower-case).
var originalWords = [...]string{"originally published", "first published", "ursprünglich veröffentlicht",
	"erstmals veröffentlicht", "erstveröffentlichung", "publié initialement", "initialement publié",
	"publié à l'origine", "publicado originalmente", "originalmente publicado", "publicado por primera vez",
	"pubblicato originariamente", "pubblicato originalmente", "oorspronkelijk gepubliceerd",
	"oorspronkelijk verschenen", "pierwotnie opublikowano", "первоначально опубликовано", "впервые опубликовано"}

// originalLabels is originalWords, indexed for hasLabel.
var originalLabels = newLabelSet(originalWords[:])

// maxLabelWords is the most words of a label that stands alone, and of
// the date in the block after it.
const maxLabelWords = 4

// publishedWords label the date of publication in the recognisers'
// languages (lower-case).
var publishedWords = [...]string{"published", "publication date", "date of publication", "posted on", "posted:", "release date",
	"veröffentlicht", "erschienen", "erscheinungsdatum", "publié", "date de publication", "parution", "publicado",
	"fecha de publicación", "pubblicato", "data di pubblicazione", "data de publicação", "gepubliceerd",
	"publicatiedatum", "opublikowano", "data publikacji", "опубликовано", "дата публикации", "公開日", "掲載日",
	"配信日", "配信開始日", "発行日", "投稿日", "发布时间", "发布日期", "发表时间", "發佈時間", "게시일", "발행일"}

// publishedLabels is publishedWords, indexed for hasLabel.
var publishedLabels = newLabelSet(publishedWords[:])
