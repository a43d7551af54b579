package extract

import (
	"strings"
	"testing"
	"time"
)

func TestDateFromBody(t *testing.T) {
	tests := []struct {
		name, head, header, url, want string
	}{
		{"time element keeps time and zone", "", `<p class="meta"><time datetime="2021-03-03T10:44:00-05:00">March 3</time></p>`, "",
			"2021-03-03T10:44:00-05:00"},
		{"itemprop=datePublished text", "", `<p>Veröffentlicht am <span itemprop="datePublished">3. März 2021</span></p>`, "",
			"2021-03-03T00:00:00Z"},
		{"date class", "", `<div class="post-date">Publié le 3 mars 2021 à 14:05</div>`, "",
			"2021-03-03T14:05:00Z"},
		{"dateline block", "", `<p>15 февраля 2022, 12:57</p>`, "",
			"2022-02-15T12:57:00Z"},
		{"date in a byline", "", `<p class="byline">Jane Doe, April 19, 2020</p>`, "",
			"2020-04-19T00:00:00Z"},
		{"Japanese date", "", `<p class="date">2019年3月5日</p>`, "",
			"2019-03-05T00:00:00Z"},
		{"publication before update", "", `<p class="updated">Updated March 5, 2021</p><p class="published">Published March 1, 2021</p>`, "",
			"2021-03-01T00:00:00Z"},
		{"time element of an update", "", `<p>Last updated: <time datetime="2022-06-01">June 1, 2022</time></p><p>Published <time datetime="2021-03-01T09:00:00Z">March 1</time></p>`, "",
			"2021-03-01T09:00:00Z"},
		{"update when nothing else", "", `<p class="updated">Updated March 5, 2021</p>`, "",
			"2021-03-05T00:00:00Z"},
		{"a member's join date is not the post's", "", `<dl class="postprofile"><dd>Posts: 524</dd><dd><strong>Joined:</strong> Mon Jul 24, 2017 9:28 am</dd></dl><p class="author">by jdoe » <time datetime="2024-02-24T18:41:02+00:00">Sat Feb 24, 2024 12:41 pm</time></p>`, "",
			"2024-02-24T18:41:02Z"},
		{"German member since", "", `<div class="userinfo">Mitglied seit 4. Juli 2012</div><p class="date">3. März 2021</p>`, "",
			"2021-03-03T00:00:00Z"},
		{"French registration date", "", `<div class="profil">Inscrit le 4 juillet 2012</div><p class="date">3 mars 2021</p>`, "",
			"2021-03-03T00:00:00Z"},
		{"a founding date in a profile is not the post's", "", `<dl class="profile"><dd>Posts: 4032</dd><dd><strong>Founded:</strong> Dec 11, 2021</dd></dl><p class="author">by jdoe » Tue Aug 27, 2019 1:47 am</p>`, "",
			"2019-08-27T01:47:00Z"},
		{"Spanish founding date", "", `<div class="ficha">Fundada el 4 de julio de 2012</div><p class="date">3 de marzo de 2021</p>`, "",
			"2021-03-03T00:00:00Z"},
		{"a join date alone gives none", "", `<div class="userinfo">Registered: 19. Sep 2012, 16:52</div>`, "",
			"0001-01-01T00:00:00Z"},
		{"metadata publication wins", `<meta property="article:published_time" content="2021-02-01T08:00:00Z">`, `<p class="date">March 5, 2021</p>`, "",
			"2021-02-01T08:00:00Z"},
		{"printed date beats a metadata day with no time", `<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2025-06-24"}</script>`, `<p class="date">August 25, 2024</p>`, "",
			"2024-08-25T00:00:00Z"},
		{"German printed date beats a metadata day", `<meta name="date" content="2021-02-01">`, `<p class="datum">3. März 2021</p>`, "",
			"2021-03-03T00:00:00Z"},
		{"a printed update replaces a metadata day as it does a weak date", `<meta property="article:published_time" content="2021-02-01">`, `<p class="date">Mis à jour le 5 mars 2021</p>`, "",
			"2021-03-05T00:00:00Z"},
		{"a printed update does not replace a metadata date with a time", `<meta property="article:published_time" content="2021-02-01T09:30:00Z">`, `<p class="date">Mis à jour le 5 mars 2021</p>`, "",
			"2021-02-01T09:30:00Z"},
		{"a metadata day stands beside a printed date of that day", `<meta property="article:published_time" content="2021-03-05">`, `<p class="date">5 March 2021</p>`, "",
			"2021-03-05T00:00:00Z"},
		{"printed date beats a modification date", `<meta property="article:modified_time" content="2022-06-01T08:00:00Z">`, `<p class="date">March 5, 2021</p>`, "",
			"2021-03-05T00:00:00Z"},
		{"URL date", "", "", "https://gazette.example/2021/03/05/harbour",
			"2021-03-05T00:00:00Z"},
		{"printed date adds the time to the URL's", "", `<p class="date">March 5, 2021 10:44</p>`, "https://gazette.example/2021/03/05/harbour",
			"2021-03-05T10:44:00Z"},
		{"URL date beats a printed date that disagrees", "", `<p class="date">March 9, 2021</p>`, "https://gazette.example/2021/03/05/harbour",
			"2021-03-05T00:00:00Z"},
		{"a sidebar's time is not the article's", "", `<p class="date">March 5, 2021</p>`, "",
			"2021-03-05T00:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := page(tt.head, tt.header, articleBody)
			if tt.name == "a sidebar's time is not the article's" {
				raw = []byte(`<html><body><aside><ul><li><a href=/x>Older story</a> <time datetime="2019-01-01">Jan 1</time></li></ul></aside>` + string(raw[len("<!DOCTYPE html><html><head></head><body>"):]))
			}
			url := tt.url
			if url == "" {
				url = "https://gazette.example/news/harbour"
			}
			res, err := FromBytes(raw, Options{URL: url})
			if err != nil {
				t.Fatal(err)
			}
			want, err := time.Parse(time.RFC3339, tt.want)
			if err != nil {
				t.Fatal(err)
			}
			if !res.Date.Equal(want) || res.Date.Format(time.RFC3339) != tt.want {
				t.Errorf("Date = %v, want %v", res.Date.Format(time.RFC3339), tt.want)
			}
		})
	}
}

func TestNumericDateOrder(t *testing.T) {
	tests := []struct {
		name, lang, header, want string
	}{
		{"American English: month first", "en-US", `<p class="date">3/4/2025</p>`, "2025-03-04"},
		{"American English with a time", "en-us", `<p class="date">Posted 11/05/2019 10:30 AM</p>`, "2019-11-05"},
		{"British English: day first", "en-GB", `<p class="date">3/4/2025</p>`, "2025-04-03"},
		{"no region named: day first", "en", `<p class="date">3/4/2025</p>`, "2025-04-03"},
		{"a day past 12 decides", "en-US", `<p class="date">25/12/2024</p>`, "2024-12-25"},
		{"dots are day first in the US too", "en-US", `<p class="date">03.04.2025</p>`, "2025-04-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := strings.Replace(string(page("", tt.header, articleBody)), "<html>", `<html lang="`+tt.lang+`">`, 1)
			res, err := FromBytes([]byte(raw), Options{URL: "https://gazette.example/news/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Date.Format(time.DateOnly); got != tt.want {
				t.Errorf("Date = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestLabelledDate(t *testing.T) {
	// Thirty paragraphs put the facts below the article far past its header.
	long := strings.Repeat(articleBody, 30)
	tests := []struct {
		name, facts, want string
	}{
		{"Japanese facts list", `<dl><dt>出版社</dt><dd>港湾書房</dd><dt>配信開始日</dt><dd>2019/3/5</dd></dl>`, "2019-03-05"},
		{"German line", `<p>Veröffentlicht: 5. März 2019 · Hafenblatt</p>`, "2019-03-05"},
		{"French table", `<table><tr><th>Date de publication</th><td>5 mars 2019</td></tr></table>`, "2019-03-05"},
		{"English release date", `<table><tr><td>Release date</td><td>March 5, 2019</td></tr></table>`, "2019-03-05"},
		{"an update when nothing else", `<p>Zuletzt aktualisiert: 9. Juni 2021</p>`, "2021-06-09"},
		{"publication before an update", `<p>Last updated: 9 June 2021</p><p>Published: 5 March 2019</p>`, "2019-03-05"},
		{"a byline after the text, its date below", `<div class="author-card"><p>Written by Jane Doe and John Roe</p><p>April 8, 2024</p></div>`, "2024-04-08"},
		{"a German byline after the text", `<div class="autor"><p>Von Anna Schmidt</p><p>3. März 2019</p></div>`, "2019-03-03"},
		{"a byline with its date", `<p class="author-box">By Jane Doe, March 5, 2019</p>`, "2019-03-05"},
		{"a long line after a byline is not its date", `<p>Written by Jane Doe</p><p>She has covered the harbour since March 5, 2019 and lives by the quay</p>`, "0001-01-01"},
		{"a comment's date is not the article's", `<section class="comments"><p>Posted on March 9, 2021 by a reader</p></section>`, "0001-01-01"},
		{"a label with no date near it", `<p>Published</p><p>by the Harbour Gazette for its readers in the town</p>`, "0001-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page("", "", long+tt.facts), Options{URL: "https://gazette.example/news/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Date.Format(time.DateOnly); got != tt.want {
				t.Errorf("Date = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestOriginalDate(t *testing.T) {
	tests := []struct {
		name, header, note, want string
	}{
		{"English note after the text", `<p class="date">30 Sep 2022, 11:07am</p>`,
			`<p class="note">This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated to keep the information current.</p>`, "2019-09-26"},
		{"German note", `<p class="datum">9. Juni 2021</p>`,
			`<p><em>Dieser Beitrag wurde erstmals veröffentlicht am 3. März 2019.</em></p>`, "2019-03-03"},
		{"Spanish note", `<p class="fecha">9 de junio de 2021</p>`,
			`<p>Publicado originalmente el 3 de marzo de 2019 en la revista del puerto.</p>`, "2019-03-03"},
		{"a note later than the header's date is not the first publication", `<p class="date">March 5, 2019</p>`,
			`<p>First published on June 9, 2021 in the Harbour Quarterly.</p>`, "2019-03-05"},
		{"a note without a day changes nothing", `<p class="date">June 9, 2021</p>`,
			`<p>The story was originally published in 2019 and updated since.</p>`, "2021-06-09"},
		{"a note in the comments is a reader's", `<p class="date">June 9, 2021</p>`,
			`<section class="comments"><p>Originally published on March 3, 2019, I remember it well.</p></section>`, "2021-06-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page("", tt.header, articleBody+articleBody+tt.note), Options{URL: "https://gazette.example/news/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Date.Format(time.DateOnly); got != tt.want {
				t.Errorf("Date = %s, want %s", got, tt.want)
			}
		})
	}
}
