package extract

import "testing"

// TestDateForms checks the forms in which news pages, old ones above all,
// give their publication date: meta names of several publishing tools,
// <time> with and without datetime, datelines under the headline in
// several languages and notations, and the date in the URL's path. The
// date is compared to the minute, in UTC: a time printed with its zone
// ("2:43pm EST", "10:15 CET") is read in that zone.
func TestDateForms(t *testing.T) {
	tests := []struct {
		name, lang, head, header, url, want string
	}{
		{"dc.date", "en", `<meta name="dc.date" content="2014-03-04">`, "", "", "2014-03-04T00:00"},
		{"DC.date.issued", "en", `<meta name="DC.date.issued" content="2014-03-04T10:15:00-05:00">`, "", "", "2014-03-04T15:15"},
		{"article:published", "en", `<meta property="article:published" content="2014-03-04T10:15:00Z">`, "", "", "2014-03-04T10:15"},
		{"sailthru.date", "en", `<meta name="sailthru.date" content="2014-03-04 10:15:00 -0500">`, "", "", "2014-03-04T15:15"},
		{"sailthru.date written out", "en", `<meta name="sailthru.date" content="Tue, 04 Mar 2014 10:15:00 -0500">`, "", "", "2014-03-04T15:15"},
		{"parsely-pub-date", "en", `<meta name="parsely-pub-date" content="2014-03-04T15:15:00Z">`, "", "", "2014-03-04T15:15"},
		{"pubdate meta", "en", `<meta name="pubdate" content="20140304">`, "", "", "2014-03-04T00:00"},
		{"og:article:published_time in value", "en", `<meta name="og:article:published_time" value="2014-03-04T10:15:00Z">`, "", "", "2014-03-04T10:15"},
		{"itemprop meta", "en", "", `<meta itemprop="datePublished" content="2014-03-04T10:15:00+01:00">`, "", "2014-03-04T09:15"},
		{"ptime digits", "en", `<meta name="ptime" content="20140304101500">`, "", "", "2014-03-04T10:15"},
		{"pdate digits", "en", `<meta name="pdate" content="20140304">`, "", "", "2014-03-04T00:00"},
		{"citation_online_date", "en", `<meta name="citation_online_date" content="2014/03/04">`, "", "", "2014-03-04T00:00"},
		{"citation_publication_date", "en", `<meta name="citation_publication_date" content="2014/03/04">`, "", "", "2014-03-04T00:00"},
		{"OriginalPublicationDate", "en", `<meta name="OriginalPublicationDate" content="2014/03/04 10:15:00">`, "", "", "2014-03-04T10:15"},
		{"displaydate written out", "en", `<meta name="displaydate" content="March 4, 2014">`, "", "", "2014-03-04T00:00"},
		{"hAtom published abbr", "en", "", `<p>Posted <abbr class="published" title="2014-03-04T10:15:00-05:00">Tuesday</abbr></p>`, "", "2014-03-04T15:15"},
		{"time pubdate", "en", "", `<p><time pubdate datetime="2014-03-04T10:15:00-05:00">March 4</time></p>`, "", "2014-03-04T15:15"},
		{"time without datetime", "en", "", `<p><time>March 4, 2014</time></p>`, "", "2014-03-04T00:00"},
		{"time without datetime, German", "de", "", `<p><time>4. März 2014</time></p>`, "", "2014-03-04T00:00"},
		{"URL path", "en", "", "", "https://gazette.example/2014/03/04/harbour-park", "2014-03-04T00:00"},
		{"URL path, one-digit month", "en", "", "", "https://gazette.example/news/2014/3/4/harbour-park", "2014-03-04T00:00"},
		{"timestamp line", "en", "", `<div class="timestamp">Tue Mar 4, 2014 2:43pm EST</div>`, "", "2014-03-04T19:43"},
		{"byline and date", "en", "", `<p class="byline">By Jane Doe | March 4, 2014 4:15 p.m. ET</p>`, "", "2014-03-04T21:15"},
		{"abbreviated month with a dot", "en", "", `<p>Mar. 4, 2014</p>`, "", "2014-03-04T00:00"},
		{"ordinal day", "en", "", `<p>Posted on March 4th, 2014</p>`, "", "2014-03-04T00:00"},
		{"published and updated", "en", "", `<p>Published: 10:31 EST, 4 March 2014 | Updated: 12:02 EST, 5 March 2014</p>`, "", "2014-03-04T15:31"},
		{"Spanish", "es", "", `<p class="fecha">4 de marzo de 2014</p>`, "", "2014-03-04T00:00"},
		{"German with Uhr", "de", "", `<p>04.03.2014 | 10:15 Uhr</p>`, "", "2014-03-04T10:15"},
		{"French with h", "fr", "", `<p>Publié le 04/03/2014 à 10h15</p>`, "", "2014-03-04T10:15"},
		{"Italian", "it", "", `<p>4 marzo 2014</p>`, "", "2014-03-04T00:00"},
		{"Dutch", "nl", "", `<p>4 maart 2014</p>`, "", "2014-03-04T00:00"},
		{"Japanese with time", "ja", "", `<p>2014年3月4日 10時15分</p>`, "", "2014-03-04T10:15"},
		{"Russian", "ru", "", `<p>4 марта 2014, 10:15</p>`, "", "2014-03-04T10:15"},
		{"Portuguese", "pt", "", `<p>4 de março de 2014 às 10:15</p>`, "", "2014-03-04T10:15"},
		{"Polish", "pl", "", `<p>4 marca 2014, 10:15</p>`, "", "2014-03-04T10:15"},
		{"Ukrainian", "uk", "", `<p>4 березня 2014, 10:15</p>`, "", "2014-03-04T10:15"},
		{"Chinese", "zh", "", `<p>发布时间：2014年3月4日 10:15</p>`, "", "2014-03-04T10:15"},
		{"Korean", "ko", "", `<p>입력 2014년 3월 4일 10:15</p>`, "", "2014-03-04T10:15"},
		{"Swedish", "sv", "", `<p>Publicerad 4 mars 2014 kl 10.15</p>`, "", "2014-03-04T00:00"},
		{"German weekday and Uhr", "de", "", `<p>Dienstag, 4. März 2014, 10:15 Uhr</p>`, "", "2014-03-04T10:15"},
		{"posted and updated, American numeric", "en-US", "", `<p>Posted: 03/04/2014 10:15 am EST Updated: 05/04/2014 5:12 pm EDT</p>`, "", "2014-03-04T15:15"},
		{"date before last updated, the time the update's", "en-GB", "", `<p>4 March 2014 Last updated at 10:15 GMT</p>`, "", "2014-03-04T00:00"},
		{"weekday, day first, dotted time", "en-GB", "", `<p>Tuesday 4 March 2014 10.15 GMT</p>`, "", "2014-03-04T10:15"},
		{"place and abbreviated Spanish month", "es", "", `<p>Madrid 4 MAR 2014 - 10:15 CET</p>`, "", "2014-03-04T09:15"},
		{"German weekday, dotted date, dash", "de", "", `<p>Dienstag, 04.03.2014 – 10:15 Uhr</p>`, "", "2014-03-04T10:15"},
		{"French published and updated", "fr", "", `<p>Publié le 04.03.2014 à 10h15 • Mis à jour le 05.03.2014 à 12h02</p>`, "", "2014-03-04T10:15"},
		{"Japanese slashes", "ja", "", `<p>2014/3/4 10:15</p>`, "", "2014-03-04T10:15"},
		{"weekday and time", "en", "", `<p>Posted: Tuesday, March 4, 2014 10:15 AM</p>`, "", "2014-03-04T10:15"},
		{"weekday decides a numeric date's order", "en", "", `<p>Submitted by jdoe on Tue, 03/04/2014 - 10:15</p>`, "", "2014-03-04T10:15"},
		{"weekday decides it on an American page", "en-US", "", `<p>Wednesday 05/03/2014</p>`, "", "2014-03-05T00:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte("<!DOCTYPE html><html lang=\"" + tt.lang + "\"><head>" + tt.head + "</head><body><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>" +
				"<article><h1>Council agrees to study the harbour park plan</h1>" + tt.header + articleBody + "</article>" +
				"<footer><p>© 2024 The Harbour Gazette</p></footer></body></html>")
			url := tt.url
			if url == "" {
				url = "https://gazette.example/news/harbour-park"
			}
			res, err := FromBytes(raw, Options{URL: url})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Date.UTC().Format("2006-01-02T15:04"); got != tt.want {
				t.Errorf("Date = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestTitleDates checks datelines that print a date's age ("2 days ago")
// and give the date itself in their title attribute, as scripts that
// show dates as ages write them.
func TestTitleDates(t *testing.T) {
	tests := []struct {
		name, lang, header, want string
	}{
		{"English age in a date class", "en", `<p><span class="post-date" title="2025-12-18T09:30:00Z">Posted: 2 days ago</span></p>`, "2025-12-18T09:30"},
		{"timeago span with no text", "en", `<p>wrote <a href="/post/1"><span class="timeago" title="2024-11-27T15:50:23.066Z"></span></a></p>`, "2024-11-27T15:50"},
		{"German age", "de", `<p><abbr class="timeago" title="2024-11-27T15:50:00Z">vor 3 Tagen</abbr></p>`, "2024-11-27T15:50"},
		{"French age in a time element", "fr", `<p><time title="27 novembre 2024 à 15:50">il y a 3 jours</time></p>`, "2024-11-27T15:50"},
		{"Spanish age, title written out", "es", `<p><span class="fecha" title="27 de noviembre de 2024">hace 3 días</span></p>`, "2024-11-27T00:00"},
		{"a title that is no date", "en", `<p><span class="post-date" title="Permalink">March 4, 2014</span></p>`, "2014-03-04T00:00"},
		{"the text's date beats the title's", "en", `<p><span class="post-date" title="Last modified: 2024-05-01">March 4, 2014</span></p>`, "2014-03-04T00:00"},
		{"an update's label in the title", "en", `<p><span class="post-date" title="Updated 2024-05-01">3 days ago</span></p><p class="date">March 4, 2014</p>`, "2014-03-04T00:00"},
		{"the title adds the time to the text's day", "en", `<p><span class="post-date" title="2014-03-04T10:15:00Z">March 4, 2014</span></p>`, "2014-03-04T10:15"},
		{"datetime beats the title", "en", `<p><time datetime="2014-03-04T10:00:00Z" title="Tuesday">2 days ago</time></p>`, "2014-03-04T10:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte("<!DOCTYPE html><html lang=\"" + tt.lang + "\"><head></head><body><nav><ul><li><a href=/>Home</a></li></ul></nav>" +
				"<article><h1>Council agrees to study the harbour park plan</h1>" + tt.header + articleBody + "</article></body></html>")
			res, err := FromBytes(raw, Options{URL: "https://gazette.example/news/harbour-park"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Date.UTC().Format("2006-01-02T15:04"); got != tt.want {
				t.Errorf("Date = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestIssueDates checks that the date of the issue a magazine printed an
// article in yields to the date it was published, and stands when the
// header gives no other.
func TestIssueDates(t *testing.T) {
	tests := []struct {
		name, lang, header, want string
	}{
		{"English issue line first", "en", `<p><a href="/magazine/2016/12/05">December 5, 2016 Issue</a></p><p><time>November 27, 2016</time></p>`, "2016-11-27"},
		{"German Ausgabe", "de", `<p>Ausgabe vom 5. Dezember 2016</p><p class="datum">27. November 2016</p>`, "2016-11-27"},
		{"French numéro", "fr", `<p>Numéro du 5 décembre 2016</p><p class="date">27 novembre 2016</p>`, "2016-11-27"},
		{"an issue's date alone stands", "en", `<p>From the December 5, 2016 issue</p>`, "2016-12-05"},
		{"issued is a publication", "en", `<p>Issued: November 27, 2016</p><p>Reviewed December 5, 2016</p>`, "2016-11-27"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte("<!DOCTYPE html><html lang=\"" + tt.lang + "\"><head></head><body><article><h1>Council agrees to study the harbour park plan</h1>" +
				tt.header + articleBody + "</article></body></html>")
			res, err := FromBytes(raw, Options{URL: "https://gazette.example/news/harbour-park"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Date.Format("2006-01-02"); got != tt.want {
				t.Errorf("Date = %s, want %s", got, tt.want)
			}
		})
	}
}
