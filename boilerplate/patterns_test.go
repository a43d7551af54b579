package boilerplate

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestRecognize(t *testing.T) {
	tests := []struct {
		text string
		want Reason
	}{
		// Cookie notices.
		{"This website uses cookies. Some are necessary to help our website work properly and can't be switched off, and some are optional but can optimise your browsing experience.", ReasonCookieNotice},
		{"We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.", ReasonCookieNotice},
		{"Accept cookies", ReasonCookieNotice},
		{"Wir verwenden Cookies, um Ihnen ein optimales Website-Erlebnis zu bieten. Mit der Nutzung der Website stimmen Sie zu.", ReasonCookieNotice},
		// The German banner that offers an objection (Widerspruch) rather
		// than asking for consent; reported, the same words are prose.
		{"Damit wir unsere Seiten für dich verbessern können, setzen wir Cookies ein. Mehr dazu erfährst du hier, widersprechen kannst du hier.", ReasonCookieNotice},
		{"Die Verbraucherzentrale rät, der Speicherung von Cookies zu widersprechen, sagte ein Sprecher.", ReasonNone},
		{"Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.", ReasonCookieNotice},
		{"Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso. Configuración", ReasonCookieNotice},
		{"Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", ReasonCookieNotice},
		{"Ми використовуємо файли cookie. Продовжуючи користуватися сайтом, ви погоджуєтесь з цим.", ReasonCookieNotice},
		{"Utilizziamo i cookie per migliorare la tua esperienza. Continuando la navigazione accetti.", ReasonCookieNotice},
		{"Regulators said websites must obtain consent before they place tracking cookies on your browser, a rule that took effect in 2018.", ReasonNone},
		{"Laut der Datenschutzbehörde müssen Websites vor dem Setzen von Cookies eine Einwilligung einholen, berichtet die Zeitung.", ReasonNone},
		{"She baked cookies for the whole street every Sunday, and the neighbours loved her for it.", ReasonNone},
		{"Cooking Tips", ReasonNone},

		// Subscription and paywall prompts.
		{"Pool for subscribers only", ReasonSubscription},
		{"/ Subscribe", ReasonSubscription},
		{"Subscribe now", ReasonSubscription},
		{"Already a subscriber? Log in", ReasonSubscription},
		{"Jetzt abonnieren", ReasonSubscription},
		{"Réservé aux abonnés", ReasonSubscription},
		{"Подписаться", ReasonSubscription},
		{"Передплатити", ReasonSubscription},
		{"Netflix added nine million subscribers in the quarter, beating forecasts.", ReasonNone},
		{"The subscription model has changed how newspapers fund their journalism over the past decade.", ReasonNone},

		{"To view the full story, please subscribe to The Example Times. You can choose an annual subscription or a weekly pass.", ReasonSubscription},
		{"If you are seeing this message but you are already a subscriber, you can log in for immediate access to this story.", ReasonSubscription},
		{"Sie sind bereits Abonnent? Hier anmelden", ReasonSubscription},
		{"The full story of the merger only emerged years later, when the archives were opened to historians.", ReasonNone},

		// Prompts for a site's app, browser notifications and donations.
		{"Get the latest news straight to your phone with the Example News app.", ReasonAdvertisement},
		{"For the latest stories and breaking news download the Example apps for iOS and Android.", ReasonAdvertisement},
		{"Laden Sie sich unsere App für iOS und Android herunter.", ReasonAdvertisement},
		{"Young investors read up on Instagram, trade with a smartphone app and chase hypes, the survey found.", ReasonNone},
		{"Sie informieren sich bei Instagram und YouTube, handeln per Smartphone-App und springen auf Hypes auf.", ReasonNone},
		{"Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten informieren?", ReasonInterface},
		{"Enable notifications", ReasonInterface},
		{"Apple added push notifications to the watch in 2015.", ReasonNone},
		{"Users can download the app on iOS and Android starting Monday.", ReasonNone},
		{"Many readers use ad blockers.", ReasonNone},
		{"We noticed that you are using an ad blocker. Please disable it to support our journalism.", ReasonAdvertisement},
		{"If you have a tip for saving money, share it with your family.", ReasonNone},
		{"The software is licensed under the GPL and free to copy.", ReasonNone},
		{"Si te parece valioso nuestro trabajo, apóyanos para seguir. Únete a nuestra comunidad de lectores.", ReasonEditorMessage},
		{"Donate now to keep our newsroom independent.", ReasonEditorMessage},
		{"Jede Spende hilft: Unterstützen Sie uns mit einem Beitrag.", ReasonEditorMessage},
		{"Residents said they would donate food to the shelter before the holidays.", ReasonNone},

		// Licences and citation notices.
		{"Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.", ReasonLegal},
		{"This work is licensed under a Creative Commons Attribution 4.0 International License.", ReasonLegal},
		{"With a network of affiliates around the world, Creative Commons provides free copyright licenses to make sharing easy.", ReasonNone},
		{"SUGGESTED CITATION Doe, Jane: Experts in the crisis, Example Blog, 2020/4/09, https://example.org/experts/.", ReasonCredit},
		{"Zitiervorschlag: Doe, Jane (2020): Experten in der Krise.", ReasonCredit},
		{"Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://example.org/news/1.html", ReasonCredit},
		{"This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.", ReasonLegal},
		{"Author:", ReasonCredit},
		{"Publish date:", ReasonCredit},
		{"Date: the council meets again on Friday to vote on the plan.", ReasonNone},

		// Messages of the page's scripts.
		{"An error has occurred, please try again later.", ReasonInterface},
		{"This article has been sent to", ReasonInterface},
		{"The letter has been sent to the minister.", ReasonNone},
		{"An error occurred at the plant on Monday, officials said.", ReasonNone},
		{"Consult your physician and follow all safety instructions before beginning any exercise program.", ReasonLegal},
		{"Apple logo, Apple TV, App Store and iPhone are registered trademarks of Apple Inc.", ReasonLegal},
		{"First Published on Nov 20, 2019 01:38 pm", ReasonDateline},

		// Contact lines and addresses to the readers.
		{"paul.doe@example.com", ReasonCredit},
		{"Contact: paul.doe@example.com", ReasonCredit},
		{"A Word to Our Loyal Readers", ReasonEditorMessage},
		{"Liebe Leserinnen und Leser", ReasonEditorMessage},
		{"Dear readers, this week the council finally voted on the bridge, and we were there to report it.", ReasonNone},

		// Reading-time labels.
		{"Tempo de leitura: 2 minutos", ReasonInterface},
		{"Lesezeit: 4 Minuten", ReasonInterface},
		{"5 min read", ReasonInterface},
		{"Reading time has fallen among teenagers, the survey of 2,000 parents found.", ReasonNone},

		// Invitations to write in.
		{"The Times is committed to publishing a diversity of letters to the editor. We'd like to hear what you think about this or any of our articles.", ReasonEditorMessage},
		{"Join our forums to keep talking space! And if you have a news tip, correction or comment, let us know at: community@example.com.", ReasonEditorMessage},
		{"Residents wrote letters to the editor of the local paper for weeks, the mayor said.", ReasonNone},

		// Disclaimers and comment policies.
		{"*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any disease.", ReasonLegal},
		{"This copy is for your personal, non-commercial use only. To order presentation-ready copies, visit our reprints site.", ReasonLegal},
		{"Quantities may be limited. Prices are subject to change without notice.", ReasonLegal},
		{"Die Inhalte ersetzen keine ärztliche Beratung.", ReasonLegal},
		{"The agency said the drug had not been approved for children and that results from the trial may vary by age.", ReasonNone},
		{"As you comment, please be respectful of other commenters and other viewpoints.", ReasonComments},
		{"ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.", ReasonComments},
		{"The platform said its moderators removed thousands of comments after the match, a spokesman told reporters.", ReasonNone},
		{"Reddit moderators deleted the comments within an hour.", ReasonNone},
		{"Subscribe to Example Weekly and stay smart with more of your favourite writers.", ReasonSubscription},
		{"Readers who subscribe to the print edition also get the puzzles book.", ReasonNone},

		// Placeholders of blocked embeds.
		{"Empfohlener redaktioneller Inhalt", ReasonCookieNotice},
		{"External content: click to accept and load the video from a third party.", ReasonCookieNotice},

		// Newsletters.
		{"Sign up to our NationalWorld Today newsletter", ReasonNewsletter},
		{"Get our daily newsletter in your inbox", ReasonNewsletter},
		{"Melden Sie sich für unseren Newsletter an", ReasonNewsletter},
		{"Inscrivez-vous à notre newsletter", ReasonNewsletter},
		{"Подпишитесь на нашу рассылку", ReasonNewsletter},
		{"Підпишіться на нашу розсилку", ReasonNewsletter},
		{"The company said in its quarterly newsletter that sales fell five percent.", ReasonNone},

		// Related-content headings.
		{"Lesen Sie auch die folgenden Beiträge:", ReasonRelated},
		{"Ähnliche Beiträge", ReasonRelated},
		{"Das Thema könnte dich auch interessieren:", ReasonRelated},

		// Editors' footers.
		{"A message from the editor:", ReasonEditorMessage},
		{"Thank you for reading. We are a new national news brand, produced by a team of journalists who live and work across the country. Subscribe to support us.", ReasonEditorMessage},
		{"Vielen Dank fürs Lesen! Unterstützen Sie unseren Journalismus.", ReasonEditorMessage},
		{"Спасибо, что читаете нас до конца.", ReasonEditorMessage},
		{"The editor said the message had been sent to every member of staff on Monday.", ReasonNone},

		// Credits.
		{"Mandatory credit: NATO", ReasonCredit},
		{"© Sputnik / Alexei Danichev", ReasonCredit},
		{"© JOHN THYS", ReasonCredit},
		{"Photo: Jane Doe / Reuters", ReasonCredit},
		{"Foto: dpa", ReasonCredit},
		{"Фото: РИА Новости", ReasonCredit},
		{"AFP via Getty Images", ReasonCredit},
		{"Amy K. Dragoo/AIMMEDIA", ReasonCredit},
		{"Read/Write Web", ReasonNone},
		{"A general view of the city centre at dusk. Photograph: AFP via Getty", ReasonCaption},
		{"In this file photo, protesters march through the city centre on Sunday.", ReasonCaption},
		{"By JERUSALEM POST STAFF", ReasonCredit},
		{"By Jane Doe, Reuters", ReasonCredit},
		{"Von Max Mustermann", ReasonCredit},
		{"Автор: Иван Петров", ReasonCredit},
		{"By the end of the year", ReasonNone},
		{"Reuters reported that the talks had stalled over the weekend.", ReasonNone},
		{"The photo of the two leaders shaking hands was taken in Brussels on Tuesday.", ReasonNone},

		// Legal notices.
		{"© 2024 Example Media Ltd. All rights reserved.", ReasonLegal},
		{"Restrictions", ReasonLegal},
		{"Terms of Use", ReasonLegal},
		{"Alle Rechte vorbehalten.", ReasonLegal},
		{"Tous droits réservés", ReasonLegal},
		{"Все права защищены", ReasonLegal},
		{"Restrictions on travel remain in place across the region until March.", ReasonNone},

		// Social links and share buttons.
		{"Twitter: [ Ссылка ]", ReasonSocial},
		{"Facebook: [ Link ]", ReasonSocial},
		{"Follow us on Facebook", ReasonSocial},
		{"Facebook Twitter LinkedIn Email", ReasonSocial},
		{"Share this:", ReasonSocial},
		{"Click to share on Twitter (Opens in new window)", ReasonSocial},
		{"Folgen Sie uns auf Instagram", ReasonSocial},
		{"Suivez-nous sur Twitter", ReasonSocial},
		{"Síguenos en Facebook", ReasonSocial},
		{"Подписывайтесь на нас в Telegram", ReasonSocial},
		{"Twitter said on Tuesday it would suspend the accounts of users who posted the video.", ReasonNone},
		{"Facebook's parent company reported higher profits than analysts had expected this quarter.", ReasonNone},

		// Link placeholders.
		{"Find out more about AP Archive: [ Ссылка ]", ReasonLinkList},
		{"You can license this story through AP Archive: [ Link ]", ReasonLinkList},

		// Interface controls and ranking widgets.
		{"Show more", ReasonInterface},
		{"Read more »", ReasonInterface},
		{"Load more", ReasonInterface},
		{"Top downloads in last 24 hours", ReasonInterface},
		{"Ещё видео!", ReasonInterface},
		{"Показать ещё", ReasonInterface},
		{"Weiterlesen", ReasonInterface},
		{"Lire la suite", ReasonInterface},
		{"Leer más", ReasonInterface},
		{"Leggi tutto", ReasonInterface},
		{"Most read", ReasonInterface},
		{"Самое читаемое", ReasonInterface},
		{"Show more empathy, the report urged managers in its final chapter.", ReasonNone},

		// Comments.
		{"34 Comments", ReasonComments},
		{"Leave a comment", ReasonComments},
		{"Alex on September 17, 2018 at 6:34 am said:", ReasonComments},
		{"joetoronto says:", ReasonComments},
		{"Комментарии", ReasonComments},
		{"You must be logged in to post a comment.", ReasonComments},
		{"Vous devez être connecté pour publier un commentaire.", ReasonComments},
		{"Votre réponse", ReasonComments},
		{"Netiquette", ReasonComments},
		{"Jetzt unbegrenzten Zugang sichern", ReasonSubscription},
		{"Unbegrenzten Zugang sichern", ReasonSubscription},
		{"Comments from readers poured in after the article was published on Monday.", ReasonNone},

		// Advertisement labels.
		{"Advertisement", ReasonAdvertisement},
		{"Story continues below advertisement", ReasonAdvertisement},
		{"Anzeige", ReasonAdvertisement},
		{"Реклама", ReasonAdvertisement},
		{"Advertising revenue fell sharply in the second quarter as brands cut budgets.", ReasonNone},

		// Related content.
		{"Related articles", ReasonRelated},
		{"Read also: Russia says troops are returning to their bases", ReasonRelated},
		{"Читайте также", ReasonRelated},
		{"Lesen Sie auch", ReasonRelated},
		{"À lire aussi", ReasonRelated},
		{"Related reforms were passed by parliament in the same session last year.", ReasonNone},

		// Navigation and language switchers.
		{"RU  UA  EN", ReasonNavigation},
		{"English Deutsch Français", ReasonNavigation},
		{"Home > News > World", ReasonNavigation},
		{"Skip to main content", ReasonNavigation},
		{"It is", ReasonNone},

		// Datelines.
		{"February 15, 2022 at 14:34 GMT +00:00 · Published", ReasonDateline},
		{"12:57 GMT 15.02.2022 (Updated: 13:03 GMT 15.02.2022)", ReasonDateline},
		{"Wednesday, 22 January", ReasonDateline},
		{"15 февраля 2022, 14:34", ReasonDateline},
		{"18.00", ReasonDateline},
		{"$18.00", ReasonNone}, // a price, not a time
		{"€ 12.50", ReasonNone},
		{"£5.99 – 12.03.2024", ReasonNone},
		{"Mittwoch, 16. Februar 2022", ReasonDateline},
		{"2 days ago at 07:52 am", ReasonDateline},
		{"On 15 February 2022 the ministers met in Brussels.", ReasonNone},
		{"Posted on November 5, 2024 by Jane Doe 7 min read", ReasonDateline},
		{"Marc L. · 8 janvier 2025 à 12:40", ReasonDateline},
		{"Опубликовано 15 февраля 2022 в 14:34", ReasonDateline},
		{"The treaty signed on 15 February 2022 by the ministers of both countries", ReasonNone},

		// Scripts without spaces between words.
		{"有料会員になると記事が読み放題", ReasonSubscription},
		{"有料会員になると、すべての記事が読み放題になります。初月は無料です。今すぐ登録", ReasonSubscription},
		{"新聞各社は有料会員の獲得を急いでおり、各社とも紙面の電子版への移行を進めている。", ReasonNone},
		{"メールマガジンの配信登録はこちら", ReasonNewsletter},
		{"関連記事", ReasonRelated},
		{"无断转载 版权所有", ReasonLegal},
		{"東京都は十五日、新しい広告規制の条例案を議会に提出したと発表した。関係者によると、条例は来年四月に施行される見通しで、屋外広告の大きさや設置場所について細かい基準を設ける。", ReasonNone},

		// Article prose and headlines.
		{"NATO Secretary General Jens Stoltenberg claimed that there were no signs of de-escalation on the ground.", ReasonNone},
		{"Why are NATO setting up battle groups in Europe?", ReasonNone},
		{"", ReasonNone},
		{"   ", ReasonNone},
	}
	for _, tt := range tests {
		if got := Recognize(tt.text); got != tt.want {
			t.Errorf("Recognize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestByline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"By JERUSALEM POST STAFF", "JERUSALEM POST STAFF"},
		{"By Matthew Digby , Minh Do on Monday, November 18th, 2019", "Matthew Digby"},
		{"Par Jean Dupont | 3 mars 2021", "Jean Dupont"},
		{"Автор: Иван Петров", "Иван Петров"},
		{"By the end of the year", ""},
		{"Byzantine art", ""},
		{"by", ""},
	}
	for _, tt := range tests {
		if got := Byline(tt.text); got != tt.want {
			t.Errorf("Byline(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestRecognizeLongProse(t *testing.T) {
	// Long article paragraphs mentioning cue words stay content, even when
	// a cue stands in the part the recognisers read.
	texts := []string{
		"The regulator said on Tuesday that websites which use cookies to follow readers must ask them to accept " +
			"or reject tracking, and that share buttons for Twitter and Facebook count as trackers too. Newspapers that " +
			"sell subscriptions argued that the rule would hurt their newsletters and advertising, according to the report, " +
			"which was published after a two-year consultation with publishers, browser makers and privacy groups.",
		"Subscription prices for streaming services have risen sharply this year, and households now pay on average " +
			"a third more than they did two years ago for the same catalogue of films and series, while the number of " +
			"services they use has barely changed; analysts expect the trend to continue as studios pull their content " +
			"from rivals and bundle it with their own offers, which leaves viewers with fewer ways to save money.",
		"При использовании материалов чужих сайтов журналисты обязаны указывать источник, напомнил председатель " +
			"комиссии, выступая на конференции в четверг; по его мнению, новые правила помогут редакциям избежать " +
			"судебных споров и сделают работу с фотографиями и видео более прозрачной для читателей и авторов.",
	}
	for _, text := range texts {
		if got := Recognize(text); got != ReasonNone {
			t.Errorf("Recognize(%.40q...) = %q, want none", text, got)
		}
	}
}

func TestRecognizeAllocs(t *testing.T) {
	lines := []string{
		"This website uses cookies. Some are necessary to help our website work properly.",
		"Ещё видео!", "February 15, 2022 at 14:34 GMT", "Twitter: [ Ссылка ]",
	}
	Recognize(lines[0]) // build the tables
	allocs := testing.AllocsPerRun(50, func() {
		for _, l := range lines {
			Recognize(l)
		}
	})
	if allocs != 0 {
		t.Errorf("Recognize allocates %.1f times per run, want 0", allocs)
	}
}

func BenchmarkRecognize(b *testing.B) {
	lines := []string{
		"NATO Secretary General Jens Stoltenberg claimed that there were no signs of 'de-escalation on the ground' amid tensions at the Russia-Ukraine border, during a press briefing in Brussels on Tuesday.",
		"Top downloads in last 24 hours", "Show more", "Twitter: [ Ссылка ]", "Sign up to our newsletter",
		"February 15, 2022 at 14:34 GMT +00:00 · Published", "Russia has consistently denied claims it is amassing troops.",
	}
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Recognize(l)
		}
	}
}

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{"Show more", "© Sputnik / A", "Twitter: [ Link ]", "15.02.2022 12:57", "\xff\xfe", "ёЁ’'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Recognize(s)
		ParseDate(s)
	})
}

// TestMayFoldTo checks that Byline's shortcut never skips a word that
// strings.EqualFold would match: every rune that folds to the first rune of
// a byline word opens with a byte mayFoldTo accepts.
func TestMayFoldTo(t *testing.T) {
	for _, w := range bylineWords {
		first, _ := utf8.DecodeRuneInString(w)
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if s := string(r); strings.EqualFold(s, string(first)) && !mayFoldTo(s[0], w[0]) {
				t.Errorf("%q folds to the start of %q, but mayFoldTo(%#x, %#x) is false", r, w, s[0], w[0])
			}
		}
	}
}

func TestSpacedSlash(t *testing.T) {
	for _, s := range []string{"", "/", " / ", "a / b", "a/b", "a /b", "a/ b", "/ b", "a /", "a/b / c", "a//b", " /", "/ ", "x / /"} {
		if got, want := spacedSlash(s), strings.Contains(s, " / "); got != want {
			t.Errorf("spacedSlash(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTrimSpaceMatchesStrings checks the shortcut of trimSpace against
// strings.TrimSpace with every byte at either end and Unicode spaces.
func TestTrimSpaceMatchesStrings(t *testing.T) {
	var texts []string
	for c := range 256 {
		b := string([]byte{byte(c)})
		texts = append(texts, b, b+"a", "a"+b, b+"ab"+b)
	}
	texts = append(texts, "", "\u00a0a", "a\u3000", "\u2003a b\u2003", "é", " é ", "a\u0085")
	for _, s := range texts {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestViewMarks: a view knows a byte is absent only when it read the
// whole text.
func TestViewMarks(t *testing.T) {
	long := strings.Repeat("word ", 80)
	tests := []struct {
		text  string
		mark  uint8
		lacks bool
	}{
		{"Photo: Jane Doe", markColon, false},
		{"Photo Jane Doe", markColon, true},
		{"Jane Doe/Agency", markSlash, false},
		{"jane.doe@example.com", markAt, false},
		{"Jane Doe", markAt, true},
		{long + "jane@example.com", markAt, false}, // the view stopped before it
		{long, markAt, false},                      // not read to the end: unknown
	}
	for _, tt := range tests {
		var v view
		v.fill(tt.text)
		if got := v.lacks(tt.mark); got != tt.lacks {
			t.Errorf("%.30q: lacks(%d) = %v, want %v", tt.text, tt.mark, got, tt.lacks)
		}
	}
}
