package extract

import (
	"path/filepath"
	"testing"
)

// TestReaderViewBodyShapes runs synthetic pages whose article body a
// reader view shows whole although its parts look unlike long prose: an
// update line and a correction and an editor's note around a WordPress
// post; a news CMS's body cut into one wrapper per paragraph between ads
// and a related box, with one-line quotes; a body split by a paywall box
// (German); a post in two parts with a pager between them (French); a
// Joomla article of short lines (Spanish); a one-sentence news brief
// beside a long sidebar (Italian); a post with lists, a blockquote, a
// table, a code line and short closing lines after them; a newsletter
// that signs off after its sign-up box (German); a body in sections of
// one class split by an advertisement and a newsletter box (Dutch), and
// one split by a subscription promo into wrappers of other depths; an
// interview of one-line questions and answers (Portuguese); a Ghost post
// in Japanese; a link round-up (German); a short news story in Arabic;
// a health article that opens with a box of key takeaways; a Medium-like
// story in Russian with a quote and a list before its last line; a
// listicle whose item headings link to the site's reviews; a story split
// by a box of related teasers that carry summaries of their own; an
// update line in its own element after the body. It checks that every
// part of the article is kept and the page's chrome is not; a pull
// quote in an <aside> is left out, as Readability cleans asides out of
// the article. The pages are under testdata/readerview/body.
func TestReaderViewBodyShapes(t *testing.T) {
	tests := []readerShape{
		{"update_note.html", []string{
			"The city now expects Elm Street to reopen on Tuesday",
			"A water main burst under Elm Street early Thursday",
			"Detours will send traffic along Oak Avenue",
			"Correction: An earlier version of this story gave the wrong year",
			"Editor's note: This story was updated",
		}, []string{"Recent Posts", "School board approves budget", "All rights reserved"}},
		{"arc_split.html", []string{
			"Container ships are anchored three deep",
			"The union wants limits on automated cranes",
			"Shippers say the backlog is already costing them",
			"Who is affected",
			"Farmers shipping fruit to Asia have been hit first",
			"We have six containers of pears sitting on the dock",
			"Every day is a loss.",
			"ask a federal mediator to step in",
		}, []string{"Advertisement", "Port automation: what changes", "Most Popular", "All rights reserved"}},
		{"paywall_split.html", []string{
			"Der Stadtrat hat am Dienstagabend beschlossen",
			"bis zum Herbst fertig sein.",
			"rund sechzig Parkplätze weg",
			"Unsere Kunden kommen mit dem Auto",
			"zusätzliche Plätze geschaffen werden können.",
			"trägt zur Hälfte das Land.",
		}, []string{"Jetzt 4 Wochen", "Meistgelesen", "Impressum"}},
		{"page_parts.html", []string{
			"Les premières hirondelles sont arrivées ce matin",
			"Elles ont tout de suite retrouvé le nid",
			"Le couple a passé l'après-midi à réparer le nid",
			"jusqu'à la tombée de la nuit.",
		}, []string{"Chez nous aussi", "Archives", "© Carnets de campagne"}},
		{"joomla.html", []string{
			"A partir del 4 de marzo el centro ofrece un taller de cerámica",
			"Las clases serán los lunes y miércoles de diez a doce.",
			"Plazas limitadas.",
			"Inscripciones en la recepción del centro.",
		}, []string{"Últimas noticias", "Concierto de primavera", "Siguiente"}},
		{"short_news.html", []string{
			"La strada provinciale del passo è chiusa da questa mattina",
		}, []string{"Ultime notizie", "Nuovo parcheggio in centro", "P.IVA"}},
		{"quotes_lists.html", []string{
			"Last January a few neighbours and I set up two tables",
			"What people brought", "Lamps, mostly with broken switches", "Toasters", "One accordion",
			"About two thirds of the items left working.",
			"I had that radio for forty years.",
			"Some repairs were beyond us",
			"Numbers", "Month", "October", "52",
			"What I would do differently", "Ask for the fault when people book.", "Take photos of every repair.",
			"Next year we want to add a bike table.", "fixed / brought = 0.66", "Thanks to everyone who came.",
		}, []string{"The most useful tool", "Keep reading", "How to replace a lamp switch", "© 2024 Fixers"}},
		{"newsletter_de.html", []string{
			"Hallo zusammen,", "nach drei trockenen Wochen hat es am Donnerstag endlich geregnet",
			"die ersten Tomaten", "Bis nächste Woche,",
		}, []string{"Abonniere den Newsletter", "Impressum"}},
		{"sections_split.html", []string{
			"Ook zonder tuin kun je zelf tomaten oogsten.",
			"De juiste pot", "Kies een pot van minstens twintig liter.", "Kleine potten drogen te snel uit.",
			"Water geven", "Nooit op de bladeren.",
			"Oogsten", "Pluk de tomaten als ze helemaal rood zijn.", "Eet smakelijk!",
		}, []string{"Advertentie", "Schrijf je in voor onze nieuwsbrief.", "Populair", "© 2024 Groene Vingers"}},
		{"two_columns_body.html", []string{
			"When the council of a small town in the valley voted last spring",
			"It added maybe ten percent.",
			"The ban began as a complaint about noise.",
			"Electric blowers are still allowed.",
			"Some residents now leave the leaves where they fall.",
		}, []string{"unlimited access", "More from Weekly Review", "The last lamplighter", "All rights reserved"}},
		{"entrevista.html", []string{
			"Dona Lúcia vende verduras na feira da praça",
			"Como a senhora começou?", "Com meu pai. Eu tinha doze anos.",
			"E hoje?", "A couve. A couve é a mesma.", "Pensa em parar?", "Não.",
		}, []string{"Leia também", "O sapateiro da rua de cima", "Mais lidas", "Todos os direitos reservados"}},
		{"ghost_ja.html", []string{
			"去年の春から、毎朝三十分ほど散歩をしている。", "最初の一か月はつらかった。",
			"変わったこと", "近所のパン屋が七時に開くことも知った。", "続けるこつ", "雨の日は休む。それだけだ。",
		}, []string{"小さな日記を購読する", "Powered by Ghost"}},
		{"link_roundup_de.html", []string{
			"ein paar Links sind doch zusammengekommen:",
			"Warum Bahnhofsuhren eine Minute stehen bleiben",
			"Eine kurze Geschichte des Kühlschranks", "Karten von Städten, die nie gebaut wurden",
			"Schönes Wochenende!",
		}, []string{"Impressum", "Über mich"}},
		{"arabic.html", []string{
			"افتتحت البلدية يوم السبت مكتبة عامة جديدة", "قسم للأطفال",
			"وخصصت المكتبة طابقاً كاملاً للأطفال.", "الدخول مجاني.",
		}, []string{"الأكثر قراءة", "جميع الحقوق محفوظة"}},
		{"takeaways.html", []string{
			"Key takeaways", "Teenagers need eight to ten hours of sleep a night.",
			"Catching up at weekends helps only a little.",
			"Most teenagers get less sleep than they need", "What helps",
			"Charging phones outside the bedroom also helps.",
		}, []string{"Related articles", "Naps: good or bad?", "does not give medical advice"}},
		{"russian.html", []string{
			"Первый хлеб у меня не поднялся совсем.", "Тесто не любит спешки.",
			"Что изменилось", "Я стал взвешивать муку.", "Духовка греется целый час.",
			"Теперь хлеб получается почти всегда.",
		}, []string{"Подписаться", "Ещё от автора", "Квас за три дня", "124 хлопка"}},
		{"listicle.html", []string{
			"We tested twenty pairs under one hundred dollars",
			"1. Sony WH-CH720N ($98)", "The best all-rounder", "2. JBL Tune 520BT ($49)",
			"4. Koss Porta Pro ($39)", "A classic.", "How we tested", "worn for at least twenty hours",
		}, []string{"Latest reviews", "Bose QC Ultra review", "© 2024 Sound Guide"}},
		{"split_teasers.html", []string{
			"The city will move its two thousand office staff to a four-day week",
			"Staff will work the same hours over four days instead of five.",
			"The change follows a six-month trial", "Unions welcomed the move",
			"The council will publish a review after a year.",
		}, []string{"Related coverage", "Most of the sixty companies", "Council offices to close on Fridays"}},
		{"update_after.html", []string{
			"A landslide blocked the mountain road", "Engineers will inspect the slope before clearing begins.",
			"Update, June 5, 2:40 p.m.: The road has reopened to cars in one lane.",
		}, []string{"Most read", "Heatwave next week", "© 2024 Valley Post"}},
	}
	runReaderShapes(t, filepath.Join("testdata", "readerview", "body"), tests)
}
