package recognize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestRecognize(t *testing.T) {
	tests := []struct {
		text string
		want Kind
	}{
		// Cookie notices.
		{"This website uses cookies. Some are necessary to help our website work properly and can't be switched off, and some are optional but can optimise your browsing experience.", CookieNotice},
		{"We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.", CookieNotice},
		{"Accept cookies", CookieNotice},
		{"Wir verwenden Cookies, um Ihnen ein optimales Website-Erlebnis zu bieten. Mit der Nutzung der Website stimmen Sie zu.", CookieNotice},
		// The German banner that offers an objection (Widerspruch) rather
		// than asking for consent; reported, the same words are prose.
		{"Damit wir unsere Seiten für dich verbessern können, setzen wir Cookies ein. Mehr dazu erfährst du hier, widersprechen kannst du hier.", CookieNotice},
		{"Die Verbraucherzentrale rät, der Speicherung von Cookies zu widersprechen, sagte ein Sprecher.", None},
		{"Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.", CookieNotice},
		{"Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso. Configuración", CookieNotice},
		{"Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", CookieNotice},
		{"Ми використовуємо файли cookie. Продовжуючи користуватися сайтом, ви погоджуєтесь з цим.", CookieNotice},
		{"Utilizziamo i cookie per migliorare la tua esperienza. Continuando la navigazione accetti.", CookieNotice},
		{"Regulators said websites must obtain consent before they place tracking cookies on your browser, a rule that took effect in 2018.", None},
		{"Laut der Datenschutzbehörde müssen Websites vor dem Setzen von Cookies eine Einwilligung einholen, berichtet die Zeitung.", None},
		{"She baked cookies for the whole street every Sunday, and the neighbours loved her for it.", None},
		{"Cooking Tips", None},

		// Subscription and paywall prompts.
		{"Pool for subscribers only", Subscription},
		{"/ Subscribe", Subscription},
		{"Subscribe now", Subscription},
		{"Already a subscriber? Log in", Subscription},
		{"Jetzt abonnieren", Subscription},
		{"Réservé aux abonnés", Subscription},
		{"Подписаться", Subscription},
		{"Передплатити", Subscription},
		{"Netflix added nine million subscribers in the quarter, beating forecasts.", None},
		{"The subscription model has changed how newspapers fund their journalism over the past decade.", None},
		// The noun names what a product sells or requires, in a feature
		// list, a spec row or a heading of a landing page; the prompt is
		// the verb's.
		{"Flexible subscriptions", None},
		{"Monthly subscription: $8.50", None},
		{"Cloud storage requires subscription", None},
		{"Unlimited devices per subscription", None},
		{"Subscribe to get access", Subscription},

		{"To view the full story, please subscribe to The Example Times. You can choose an annual subscription or a weekly pass.", Subscription},
		{"If you are seeing this message but you are already a subscriber, you can log in for immediate access to this story.", Subscription},
		{"Sie sind bereits Abonnent? Hier anmelden", Subscription},
		{"The full story of the merger only emerged years later, when the archives were opened to historians.", None},

		// Prompts for a site's app, browser notifications and donations.
		{"Get the latest news straight to your phone with the Example News app.", Advertisement},
		{"For the latest stories and breaking news download the Example apps for iOS and Android.", Advertisement},
		{"Laden Sie sich unsere App für iOS und Android herunter.", Advertisement},
		{"Young investors read up on Instagram, trade with a smartphone app and chase hypes, the survey found.", None},
		{"Sie informieren sich bei Instagram und YouTube, handeln per Smartphone-App und springen auf Hypes auf.", None},
		{"Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten informieren?", Interface},
		{"Enable notifications", Interface},
		{"Apple added push notifications to the watch in 2015.", None},
		{"Never miss a story: turn on push notifications for our site.", Interface},
		{"Install our app on your home screen for push notifications, badges and offline reading.", Interface},
		{"Once installed, your web app can send push notifications and work offline, just like the apps in your phone's store.", None},
		{"Users can download the app on iOS and Android starting Monday.", None},
		{"Many readers use ad blockers.", None},
		{"We noticed that you are using an ad blocker. Please disable it to support our journalism.", Advertisement},
		{"If you have a tip for saving money, share it with your family.", None},
		{"The software is licensed under the GPL and free to copy.", None},
		{"Si te parece valioso nuestro trabajo, apóyanos para seguir. Únete a nuestra comunidad de lectores.", EditorMessage},
		{"Donate now to keep our newsroom independent.", EditorMessage},
		{"Jede Spende hilft: Unterstützen Sie uns mit einem Beitrag.", EditorMessage},
		{"Residents said they would donate food to the shelter before the holidays.", None},

		// Licences and citation notices.
		{"Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.", Legal},
		{"This work is licensed under a Creative Commons Attribution 4.0 International License.", Legal},
		{"With a network of affiliates around the world, Creative Commons provides free copyright licenses to make sharing easy.", None},
		{"SUGGESTED CITATION Doe, Jane: Experts in the crisis, Example Blog, 2020/4/09, https://example.org/experts/.", Credit},
		{"Zitiervorschlag: Doe, Jane (2020): Experten in der Krise.", Credit},
		{"Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://example.org/news/1.html", Credit},
		{"This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.", Legal},
		{"Author:", Credit},
		{"Publish date:", Credit},
		{"Date: the council meets again on Friday to vote on the plan.", None},

		// The frame of an embedded Instagram post, left in the text where
		// its script did not run; prose that opens alike names no account.
		{"A post shared by Harbour Bakery (@harbourbakery) on Mar 3, 2021 at 8:15am PST", Credit},
		{"A post shared by Harbour Bakery (@harbourbakery)", Credit},
		{"Ein Beitrag geteilt von Hafenbäckerei (@hafenbaeckerei) am 3. März 2021 um 8:15 Uhr", Credit},
		{"Une publication partagée par Boulangerie du Port (@boulangerieduport)", Credit},
		{"Post udostępniony przez Piekarnia Portowa (@piekarniaportowa)", Credit},
		{"View this post on Instagram", Credit},
		{"Sieh dir diesen Beitrag auf Instagram an", Credit},
		{"Wyświetl ten post na Instagramie.", Credit},
		{"A post shared by thousands of readers last week asked the council to reopen the harbour road.", None},
		{"View this post on Instagram and you will see why the bakery queue reached the corner.", None},

		// Messages of the page's scripts.
		{"An error has occurred, please try again later.", Interface},
		{"This article has been sent to", Interface},
		{"The letter has been sent to the minister.", None},
		{"An error occurred at the plant on Monday, officials said.", None},
		{"Consult your physician and follow all safety instructions before beginning any exercise program.", Legal},
		{"Apple logo, Apple TV, App Store and iPhone are registered trademarks of Apple Inc.", Legal},
		{"First Published on Nov 20, 2019 01:38 pm", Dateline},
		{"Last modified April 2, 2024: Document surge settings (abc123)", Dateline},

		// Contact lines and addresses to the readers.
		{"paul.doe@example.com", Credit},
		{"Contact: paul.doe@example.com", Credit},
		{"A Word to Our Loyal Readers", EditorMessage},
		{"Liebe Leserinnen und Leser", EditorMessage},
		{"Dear readers, this week the council finally voted on the bridge, and we were there to report it.", None},

		// The frame forum engines print around a thread, line by line;
		// a post that says the same in a sentence of its own stays.
		{"Posting Rules", Interface},
		{"You may not post new threads", Interface},
		{"You may post replies", Interface},
		{"You may not edit your posts", Interface},
		{"Top Posters In This Topic", Interface},
		{"Featured Replies", Interface},
		{"Post as a guest", Interface},
		{"Explore related questions", Interface},
		{"Click to expand...", Interface},
		{"Click to shrink...", Interface},
		// View counters, and a caption that counts views of something.
		{"Viewed 69k times", Interface},
		{"1,234 views", Interface},
		{"Views: 26.2k", Interface},
		{"12.5K Aufrufe", Interface},
		{"Three views of the 1920 harbour", None},
		{"The posting rules changed last week, so read them again before you answer this thread.", None},

		// The feedback widget under a documentation page.
		{"Was this page helpful?", Interface},
		{"Was this helpful?", Interface},
		{"Sorry to hear that. Please tell us how we can improve.", Interface},
		{"War diese Seite hilfreich?", Interface},
		{"Cette page vous a-t-elle été utile ?", Interface},
		{"¿Le ha resultado útil esta página?", Interface},
		{"Была ли эта страница полезной?", Interface},
		{"Whether this page was helpful to the jury was never clear, the judge wrote in a ruling that ran to forty pages and drew wide attention.", None},

		// Reading-time labels.
		{"Tempo de leitura: 2 minutos", Interface},
		{"Lesezeit: 4 Minuten", Interface},
		{"5 min read", Interface},
		{"Reading time has fallen among teenagers, the survey of 2,000 parents found.", None},

		// Invitations to write in.
		{"The Times is committed to publishing a diversity of letters to the editor. We'd like to hear what you think about this or any of our articles.", EditorMessage},
		{"Join our forums to keep talking space! And if you have a news tip, correction or comment, let us know at: community@example.com.", EditorMessage},
		{"Residents wrote letters to the editor of the local paper for weeks, the mayor said.", None},

		// Disclaimers and comment policies.
		{"*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any disease.", Legal},
		{"This copy is for your personal, non-commercial use only. To order presentation-ready copies, visit our reprints site.", Legal},
		{"Quantities may be limited. Prices are subject to change without notice.", Legal},
		{"Die Inhalte ersetzen keine ärztliche Beratung.", Legal},
		{"Disclosure: some of my posts contain affiliate links. If you buy something through one, I earn a small fee.", Legal},
		{"Note: This page contains affiliate links. Read more in our privacy policy.", Legal},
		{"Our editors review products independently. If you buy through affiliate links, we may earn a fee.", Legal},
		{"As an Amazon Associate I earn from qualifying purchases.", Legal},
		{"We may earn commission from links on this page, but we only recommend products we back.", Legal},
		{"Bloggers who contain affiliate links in every post earn more, the study's authors said.", None},
		{"The agency said the drug had not been approved for children and that results from the trial may vary by age.", None},
		{"As you comment, please be respectful of other commenters and other viewpoints.", Comments},
		{"ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.", Comments},
		{"The platform said its moderators removed thousands of comments after the match, a spokesman told reporters.", None},
		{"Reddit moderators deleted the comments within an hour.", None},
		{"Subscribe to Example Weekly and stay smart with more of your favourite writers.", Subscription},
		{"Readers who subscribe to the print edition also get the puzzles book.", None},

		// Placeholders of blocked embeds.
		{"Empfohlener redaktioneller Inhalt", CookieNotice},
		{"External content: click to accept and load the video from a third party.", CookieNotice},

		// Newsletters.
		{"Sign up to our NationalWorld Today newsletter", Newsletter},
		{"Get our daily newsletter in your inbox", Newsletter},
		{"Melden Sie sich für unseren Newsletter an", Newsletter},
		{"Inscrivez-vous à notre newsletter", Newsletter},
		{"Подпишитесь на нашу рассылку", Newsletter},
		{"Підпишіться на нашу розсилку", Newsletter},
		{"The company said in its quarterly newsletter that sales fell five percent.", None},
		{"Most people get more newsletters than they ever open.", None},
		{"Want more recipes? Sign up for our newsletter.", Newsletter},
		{"Get the week's best stories in your inbox. Subscribe to the Example Weekly newsletter.", Newsletter},

		// Related-content headings.
		{"Lesen Sie auch die folgenden Beiträge:", Related},
		{"Ähnliche Beiträge", Related},
		{"Das Thema könnte dich auch interessieren:", Related},

		// Editors' footers.
		{"A message from the editor:", EditorMessage},
		{"Thank you for reading. We are a new national news brand, produced by a team of journalists who live and work across the country. Subscribe to support us.", EditorMessage},
		{"Vielen Dank fürs Lesen! Unterstützen Sie unseren Journalismus.", EditorMessage},
		{"Спасибо, что читаете нас до конца.", EditorMessage},
		{"The editor said the message had been sent to every member of staff on Monday.", None},

		// Credits.
		{"Mandatory credit: NATO", Credit},
		{"© Sputnik / Alexei Danichev", Credit},
		{"© JOHN THYS", Credit},
		{"Photo: Jane Doe / Reuters", Credit},
		{"Foto: dpa", Credit},
		{"Фото: РИА Новости", Credit},
		{"AFP via Getty Images", Credit},
		{"Amy K. Dragoo/AIMMEDIA", Credit},
		{"Read/Write Web", None},
		{"A general view of the city centre at dusk. Photograph: AFP via Getty", Caption},
		{"In this file photo, protesters march through the city centre on Sunday.", Caption},
		{"By JERUSALEM POST STAFF", Credit},
		{"By Jane Doe, Reuters", Credit},
		{"Von Max Mustermann", Credit},
		{"Автор: Иван Петров", Credit},
		{"By the end of the year", None},
		{"Reuters reported that the talks had stalled over the weekend.", None},
		{"The photo of the two leaders shaking hands was taken in Brussels on Tuesday.", None},

		// Legal notices.
		{"© 2024 Example Media Ltd. All rights reserved.", Legal},
		{"Restrictions", Legal},
		{"Terms of Use", Legal},
		{"Alle Rechte vorbehalten.", Legal},
		{"Tous droits réservés", Legal},
		{"Все права защищены", Legal},
		{"Restrictions on travel remain in place across the region until March.", None},

		// Social links and share buttons.
		{"Twitter: [ Ссылка ]", Social},
		{"Facebook: [ Link ]", Social},
		{"Follow us on Facebook", Social},
		{"Facebook Twitter LinkedIn Email", Social},
		{"Share this:", Social},
		{"Click to share on Twitter (Opens in new window)", Social},
		{"Folgen Sie uns auf Instagram", Social},
		{"Suivez-nous sur Twitter", Social},
		{"Síguenos en Facebook", Social},
		{"Подписывайтесь на нас в Telegram", Social},
		{"Twitter said on Tuesday it would suspend the accounts of users who posted the video.", None},
		{"Facebook's parent company reported higher profits than analysts had expected this quarter.", None},

		// Link placeholders.
		{"Find out more about AP Archive: [ Ссылка ]", LinkList},
		{"You can license this story through AP Archive: [ Link ]", LinkList},

		// Interface controls and ranking widgets.
		{"Show more", Interface},
		{"Loading paragraph...", Interface}, // a lazy page's placeholder
		{"Read more…", Interface},
		{"Weiterlesen ...", Interface},
		{"Read more »", Interface},
		{"Load more", Interface},
		{"Top downloads in last 24 hours", Interface},
		{"Ещё видео!", Interface},
		{"Показать ещё", Interface},
		{"Weiterlesen", Interface},
		{"Lire la suite", Interface},
		{"Leer más", Interface},
		{"Leggi tutto", Interface},
		{"Most read", Interface},
		{"Самое читаемое", Interface},
		{"Show more empathy, the report urged managers in its final chapter.", None},

		// Comments.
		{"34 Comments", Comments},
		{"Leave a comment", Comments},
		{"Alex on September 17, 2018 at 6:34 am said:", Comments},
		{"joetoronto says:", Comments},
		{"Jane Doe wrote:", Comments},
		{"In a letter to the staff on Monday, the director wrote:", None},
		{"Here is what the maintainers wrote:", None},
		{"Комментарии", Comments},
		{"You must be logged in to post a comment.", Comments},
		{"Vous devez être connecté pour publier un commentaire.", Comments},
		// A prompt to log in or register before replying, wherever its
		// phrase stands in a short line.
		{"Create an account or sign in to comment", Comments},
		{"You must log in or register to reply here.", Comments},
		{"You must log in to answer this question.", Comments},
		{"Sign up or log in", Comments},
		{"Already have an account? Sign in here.", Comments},
		{"Not a member yet? Log in to reply", Comments},
		{"If you already have an account with a bank, make sure you have its routing number and your account number ready.", None},
		{"Readers who log in to comment on the site have to give their real names, a survey of its forum found last year.", None},
		{"Votre réponse", Comments},
		{"Netiquette", Comments},
		{"Jetzt unbegrenzten Zugang sichern", Subscription},
		{"Unbegrenzten Zugang sichern", Subscription},
		{"Comments from readers poured in after the article was published on Monday.", None},

		// Advertisement labels.
		{"Advertisement", Advertisement},
		{"Story continues below advertisement", Advertisement},
		{"Anzeige", Advertisement},
		{"Реклама", Advertisement},
		{"Advertising revenue fell sharply in the second quarter as brands cut budgets.", None},

		// Related content.
		{"Related articles", Related},
		{"Read also: Russia says troops are returning to their bases", Related},
		{"Читайте также", Related},
		{"Lesen Sie auch", Related},
		{"À lire aussi", Related},
		{"Related reforms were passed by parliament in the same session last year.", None},

		// Navigation and language switchers.
		{"RU  UA  EN", Navigation},
		{"English Deutsch Français", Navigation},
		{"Home > News > World", Navigation},
		{"On this page", Navigation},
		{"In this article", Navigation},
		{"Auf dieser Seite", Navigation},
		{"Skip to main content", Navigation},
		{"It is", None},

		// Datelines.
		{"February 15, 2022 at 14:34 GMT +00:00 · Published", Dateline},
		{"12:57 GMT 15.02.2022 (Updated: 13:03 GMT 15.02.2022)", Dateline},
		{"Wednesday, 22 January", Dateline},
		{"15 февраля 2022, 14:34", Dateline},
		{"18.00", Dateline},
		{"$18.00", None}, // a price, not a time
		{"€ 12.50", None},
		{"£5.99 – 12.03.2024", None},
		{"Mittwoch, 16. Februar 2022", Dateline},
		{"2 days ago at 07:52 am", Dateline},
		{"On 15 February 2022 the ministers met in Brussels.", None},
		{"Posted on November 5, 2024 by Jane Doe 7 min read", Dateline},
		{"Marc L. · 8 janvier 2025 à 12:40", Dateline},
		{"Опубликовано 15 февраля 2022 в 14:34", Dateline},
		{"The treaty signed on 15 February 2022 by the ministers of both countries", None},

		// Scripts without spaces between words.
		{"有料会員になると記事が読み放題", Subscription},
		{"有料会員になると、すべての記事が読み放題になります。初月は無料です。今すぐ登録", Subscription},
		{"新聞各社は有料会員の獲得を急いでおり、各社とも紙面の電子版への移行を進めている。", None},
		{"メールマガジンの配信登録はこちら", Newsletter},
		{"関連記事", Related},
		{"无断转载 版权所有", Legal},
		{"東京都は十五日、新しい広告規制の条例案を議会に提出したと発表した。関係者によると、条例は来年四月に施行される見通しで、屋外広告の大きさや設置場所について細かい基準を設ける。", None},

		// Article prose and headlines.
		{"NATO Secretary General Jens Stoltenberg claimed that there were no signs of de-escalation on the ground.", None},
		{"Why are NATO setting up battle groups in Europe?", None},
		{"", None},
		{"   ", None},
	}
	for _, tt := range tests {
		if got := Text(tt.text); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.text, got, tt.want)
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
		{"Geschrieben von Max Mustermann", "Max Mustermann"},
		{"Écrit par Jeanne Dupont", "Jeanne Dupont"},
		{"écrit par Jeanne Dupont, le 3 mars", "Jeanne Dupont"},
		{"Escrito por María García", "María García"},
		{"Scritto da Marco Rossi", "Marco Rossi"},
		{"A cura di Marco Rossi", "Marco Rossi"},
		{"Geschreven door Jan de Vries", "Jan de Vries"},
		{"Écrit en 1850 par un inconnu", ""},
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
		if got := Text(text); got != None {
			t.Errorf("Text(%.40q...) = %q, want none", text, got)
		}
	}
}

func TestRecognizeAllocs(t *testing.T) {
	lines := []string{
		"This website uses cookies. Some are necessary to help our website work properly.",
		"Ещё видео!", "February 15, 2022 at 14:34 GMT", "Twitter: [ Ссылка ]",
	}
	Text(lines[0]) // build the tables
	allocs := testing.AllocsPerRun(50, func() {
		for _, l := range lines {
			Text(l)
		}
	})
	if allocs != 0 {
		t.Errorf("Text allocates %.1f times per run, want 0", allocs)
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
			Text(l)
		}
	}
}

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{"Show more", "© Sputnik / A", "Twitter: [ Link ]", "15.02.2022 12:57", "\xff\xfe", "ёЁ’'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Text(s)
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
