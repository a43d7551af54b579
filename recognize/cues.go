package recognize

import "sync"

// group is a family of cue phrases that play one role in the rules of
// Text: the word "cookie", a consent verb, a social network's name...
type group uint8

const (
	gCookie        group = iota // the thing a cookie notice is about
	gConsent                    // what a banner asks for: accept, consent, settings, browsing
	gSiteRef                    // a site speaking to its reader: we use, our site, you, your
	gReporting                  // reported speech that marks article prose: said, according to
	gNewsletter                 // newsletter, mailing list
	gSignup                     // sign up, subscribe, register (a verb inviting the reader)
	gSubscribe                  // subscription and paywall prompts
	gEditor                     // a footer from the editors: thank you for reading, support us
	gLegal                      // names of legal pages and licensing labels: terms of use, restrictions
	gRights                     // rights notices: all rights reserved, reproduction prohibited
	gCredit                     // labels of photo or media credits: photo, credit, image
	gAgency                     // photo and news agencies named in credits
	gSocial                     // social networks and messengers
	gFollow                     // follow us, join us on, find us on
	gShare                      // share buttons: share, tweet, e-mail, print
	gInterface                  // interface controls: show more, read more, load more, close
	gTopList                    // ranking widgets: top downloads, most read, trending
	gComments                   // comment counters and prompts
	gAdvert                     // advertisement labels
	gRelated                    // related-content headings: read also, related articles
	gNav                        // site navigation: home, menu, search, log in
	gLanguage                   // language codes and names of a language switcher
	gLinkWord                   // the word "link" of a "[ Link ]" placeholder
	gCaption                    // words of photo captions: pictured, file photo, in this photo
	gPostMeta                   // words of a post's meta line: posted, by, updated, views
	gLogin                      // prompts to log in first: you must be logged in to ...
	gApp                        // a site's own app: our app, the app
	gAppStore                   // where an app is had: iOS, Android, App Store, your phone
	gDonate                     // appeals for money: donate, support us, become a patron
	gLicence                    // licences of the text: Creative Commons, licensed under
	gCite                       // how to cite the page: suggested citation, cite this article
	gPaywall                    // paywall notices: already a subscriber, for the full story
	gEmbed                      // placeholders of blocked third-party embeds: external content
	gPush                       // browser notification prompts: enable notifications
	gDisclaimer                 // disclaimers: results may vary, not intended to diagnose
	gModeration                 // words of a comment policy: moderator, be respectful
	gSubscribeLead              // a subscription prompt's opening: subscribe to, subscribe now
	gReaderNote                 // invitations to write in: letters to the editor, send us a tip
	gReadTime                   // reading-time labels: min read, Lesezeit, tempo de leitura
	gAdBlock                    // ad-blocker notices: disable your ad blocker
	gUIMessage                  // messages of the page's scripts: an error has occurred
	gReaders                    // addresses to the readers: dear readers, a word to our readers
	gFeedback                   // a page's feedback widget: was this page helpful?
	gViews                      // a view counter's word: views, viewed, Aufrufe
	gEmbedPost                  // the frame of an embedded post: a post shared by, view this post on Instagram
	gEditPage                   // a link to edit the page's source: edit this page, edit on GitHub
	gModified                   // the label of a page's last change: last modified, last updated
	numGroups
)

// cueTable lists cue phrases by group, as a linguist would write them for
// any site: lower case, words separated by one space, "ё" written "е",
// a trailing "*" for a stem. Languages: English, German, French, Spanish,
// Italian, Portuguese, Dutch, Polish, Russian, Ukrainian.
var cueTable = [numGroups][]string{
	gCookie: {
		"cookie*", "biscuits", "témoins de connexion", "ciasteczk*", "куки", "кукі", "файлы cookie", "файли cookie",
	},
	gConsent: {
		// en
		"accept*", "agree*", "consent*", "settings", "preferences", "browsing", "browser", "continue", "continuing",
		"manage", "allow", "opt out", "personalise*", "personalize*", "improve", "experience", "privacy", "necessary",
		"essential", "reject", "decline", "ok", "got it",
		// de
		"akzeptier*", "zustimm*", "einverstanden", "einwillig*", "einstellungen", "datenschutz*", "surfen", "nutzung",
		"weitersurfen", "ablehnen", "erlauben", "widersprech*", "widerspruch",
		// fr
		"accepte*", "acceptez", "consentement", "paramètres", "paramétrer", "navigation", "confidentialité", "refuser",
		"personnaliser", "poursuivant", "continuant",
		// es, pt, it
		"aceptar", "aceptas", "acepta", "aceptación", "consentimiento", "configuración", "navegación", "navegando",
		"privacidad", "rechazar", "aceitar", "aceita", "consentimento", "configurações", "navegação", "privacidade",
		"accetta*", "consenso", "impostazioni", "navigazione", "rifiuta",
		// nl, pl
		"accepteer", "accepteren", "akkoord", "toestemming", "instellingen", "akceptuj*", "zgod*", "ustawieni*",
		"przeglądar*", "prywatności",
		// ru, uk
		"соглас*", "принять", "принимаю", "настрой*", "конфиденциальност*", "продолжая", "разрешить", "отклонить",
		"погодж*", "прийняти", "налаштув*", "конфіденційн*", "продовжуючи", "дозволити",
	},
	gSiteRef: {
		"we", "we use", "our", "us", "you", "your", "this site", "this website", "the site", "the website",
		"wir", "unsere*", "sie", "ihre*", "diese website", "diese seite", "nous", "notre", "nos", "vous", "votre",
		"vos", "ce site", "nosotros", "nuestr*", "usted", "este sitio", "tu", "noi", "nostr*", "questo sito",
		"utilizziamo", "usamos", "utilizamos", "nosso", "nossa", "este site", "wij", "onze", "deze website",
		"używamy", "nasz*", "strona", "мы", "наш*", "вы", "ваш*", "сайт", "сайте", "ми", "ви", "сайті", "використовує*",
		"использует*",
	},
	gReporting: {
		"said", "says", "according to", "told", "reported", "report", "study", "researchers", "regulators", "law",
		"sagte", "sagt", "laut", "berichtet*", "a déclaré", "selon", "a dit", "dijo", "según", "afirmó", "ha detto",
		"secondo", "disse", "segundo", "zei", "volgens", "powiedział", "według", "сказал", "заявил", "по словам",
		"сообщил*", "сказав", "заявив", "за словами", "повідомив",
	},
	gNewsletter: {
		"newsletter*", "mailing list", "infolettre", "lettre d'information", "boletín", "boletin", "nieuwsbrief",
		"biuletyn", "рассылк*", "розсилк*", "дайджест", "e mail updates", "email updates", "daily briefing",
	},
	gSignup: {
		"sign up", "signup", "subscribe", "register", "join", "get", "receive", "enter your email", "your email",
		"your inbox", "anmelden", "melden sie sich", "anmeldung", "abonnieren sie", "abonnieren", "bestellen", "registrieren", "abonnez vous", "inscrivez vous",
		"s'inscrire", "inscri*", "recevez", "suscríbete", "suscribete", "suscribirse", "regístrate", "recibe",
		"iscriviti", "ricevi", "assine", "inscreva se", "receba", "aanmelden", "abonneer", "schrijf je in",
		"zapisz się", "zapisz sie", "subskrybuj", "подпис*", "получай*", "підпис*", "отримуй*", "оформ*",
		"download", "herunterladen", "laden sie", "lade dir", "télécharger", "téléchargez", "descarga", "descargar",
		"scarica", "baixe", "baixar", "pobierz", "скачать", "скачайте", "завантажити", "завантажуйте",
	},
	gSubscribe: {
		"subscribe", "subscribe now", "subscribers only", "for subscribers", "subscriber only", "subscriber exclusive",
		"already a subscriber", "become a member", "become a subscriber",
		"to continue reading", "continue reading with", "log in to continue", "register to continue",
		"premium content", "exclusive to subscribers", "pool for subscribers", "unlimited access",
		"unbegrenzten zugang", "unbegrenzter zugang", "accès illimité", "acceso ilimitado", "accesso illimitato",
		"acesso ilimitado", "onbeperkt toegang", "nieograniczony dostęp", "безлимитный доступ", "полный доступ",
		"необмежений доступ", "повний доступ",
		"abonnieren", "abo", "jetzt abonnieren", "nur für abonnenten", "abonnement", "bereits abonnent",
		"abonnez vous", "réservé aux abonnés", "déjà abonné", "s'abonner", "suscríbete", "suscribete", "suscripción",
		"solo para suscriptores", "exclusivo para suscriptores", "abbonati", "abbonamento", "riservato agli abbonati",
		"assine", "assinatura", "exclusivo para assinantes", "abonneer", "abonnement", "alleen voor abonnees",
		"subskrybuj", "prenumerata", "prenumeruj", "tylko dla subskrybentów",
		"подписаться", "подпишитесь", "подписка", "оформить подписку", "только для подписчиков",
		"підписатися", "підпишіться", "підписка", "передплата", "передплатити", "лише для передплатників",
		"тільки для передплатників",
	},
	gEditor: {
		"a message from the editor", "message from the editor", "a note from the editor", "a note to our readers",
		"thank you for reading", "thanks for reading", "support our journalism", "support independent journalism",
		"support quality journalism", "we rely on readers", "if you value our journalism",
		"vielen dank fürs lesen", "danke fürs lesen", "danke, dass sie", "unterstützen sie unseren journalismus",
		"merci de nous lire", "merci de votre lecture", "soutenez notre journalisme", "soutenez nous",
		"gracias por leer", "apoya nuestro periodismo", "apoya el periodismo", "grazie per aver letto",
		"sostieni il nostro giornalismo", "obrigado por ler", "apoie o nosso jornalismo", "apoie nosso jornalismo",
		"bedankt voor het lezen", "steun onze journalistiek", "dziękujemy za przeczytanie", "wesprzyj nas",
		"спасибо что читаете", "спасибо за прочтение", "поддержите редакцию", "поддержите нас", "от редакции",
		"дякуємо що читаєте", "дякуємо за прочитання", "підтримайте редакцію", "підтримайте нас", "від редакції",
	},
	gLegal: {
		"copyright", "terms of use", "terms of service", "terms and conditions", "privacy policy", "cookie policy",
		"restrictions", "usage terms", "licensing", "impressum", "nutzungsbedingungen", "datenschutzerklärung",
		"agb", "mentions légales", "conditions d'utilisation", "politique de confidentialité", "aviso legal",
		"términos de uso", "política de privacidad", "termini di utilizzo", "termos de uso",
		"política de privacidade", "algemene voorwaarden", "polityka prywatności", "regulamin",
		"пользовательское соглашение", "политика конфиденциальности", "правила использования",
		"політика конфіденційності", "умови використання",
	},
	gRights: {
		"all rights reserved", "rights reserved", "editorial use only", "for editorial use only",
		"no archive", "reproduction prohibited", "no reproduction", "may not be published",
		"alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
		"tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden",
		"wszelkie prawa zastrzeżone", "все права защищены", "перепечатка запрещена", "при цитировании",
		"при использовании материалов", "ссылка обязательна", "гиперссылка обязательна",
		"всі права захищені", "при використанні матеріалів", "посилання обов'язкове", "при цитуванні",
	},
	gCredit: {
		"photo", "photos", "photograph", "photography", "photo credit", "image", "images", "picture", "credit",
		"credits", "mandatory credit", "image credit", "source", "video", "illustration", "graphic",
		"foto", "fotos", "bild", "bildquelle", "quelle", "crédit", "crédits", "crédito", "créditos", "fotografía",
		"fonte", "immagine", "zdjęcie", "fot", "źródło", "фото", "фотография", "источник", "иллюстрация", "світлина",
		"джерело", "ілюстрація",
	},
	gAgency: {
		"getty images", "getty", "shutterstock", "istock", "alamy", "afp", "reuters", "ap photo", "associated press",
		"epa", "dpa", "picture alliance", "imago", "xinhua", "anadolu", "tass", "ria novosti", "риа новости",
		"тасс", "sputnik", "спутник", "ukrinform", "укрінформ", "unian", "уніан", "ап", "рейтер", "pa images",
		"pa wire", "efe", "ansa", "via getty images",
	},
	gSocial: {
		"twitter", "facebook", "instagram", "youtube", "telegram", "tiktok", "linkedin", "whatsapp", "pinterest",
		"reddit", "vkontakte", "vk", "viber", "snapchat", "threads", "mastodon", "flipboard", "rss", "tumblr",
		"вконтакте", "вк", "одноклассники", "телеграм", "телеграмм", "ютуб", "фейсбук", "твиттер", "інстаграм",
		"инстаграм", "x com",
	},
	gFollow: {
		"follow us", "follow", "join us on", "find us on", "like us on", "connect with us", "stay connected",
		"folgen sie uns", "folge uns", "suivez nous", "rejoignez nous", "síguenos", "siguenos", "seguici",
		"siga nos", "segue nos", "volg ons", "obserwuj nas", "подписывайтесь на нас", "подписывайтесь", "мы в",
		"читайте нас в", "присоединяйтесь", "підписуйтесь на нас", "підписуйтесь", "ми в", "читайте нас у",
		"приєднуйтесь",
	},
	gShare: {
		"share", "share this", "share on", "share this article", "share this story", "tweet", "email", "e mail",
		"print", "copy link", "pin", "whatsapp", "teilen", "drucken", "partager", "imprimer", "compartir",
		"imprimir", "condividi", "stampa", "compartilhar", "delen", "udostępnij", "drukuj", "поделиться",
		"поділитися", "поширити", "печать", "друк", "копировать ссылку", "скопіювати посилання",
		"get short url", "short url", "copy url", "copy the link", "click to share", "click to email", "click to print", "share via", "send to a friend", "email this",
		"opens in new window", "opens in a new window",
	},
	gInterface: {
		"show more", "read more", "load more", "see more", "view more", "more", "show less", "continue reading",
		// the badges of Q&A engines over a chosen answer
		"best answer", "accepted answer", "accepted solution", "beste antwort", "meilleure réponse",
		"mejor respuesta", "respuesta aceptada", "miglior risposta", "melhor resposta", "resposta aceita",
		"beste antwoord", "najlepsza odpowiedź", "лучший ответ", "найкраща відповідь",
		// the frame forum engines print around a thread: vBulletin's
		// permissions box, Invision's boxes over the replies, a Q&A
		// engine's guest form and tag list
		"posting rules", "you may not post new threads", "you may not post replies", "you may not post attachments",
		"you may not edit your posts", "you may post new threads", "you may post replies", "you may post attachments",
		"you may edit your posts", "featured replies", "top posters in this topic", "post as a guest",
		"explore related questions",
		// XenForo's toggle under a long quote in a post
		"click to expand", "click to shrink",
		"read full story", "read the full story", "read full article", "click here", "description", "close",
		"back to top", "back to", "previous", "next", "min read", "minute read", "minutes read", "reading time",
		"lesezeit", "temps de lecture", "tiempo de lectura", "tempo di lettura", "tempo de leitura", "leestijd",
		"czas czytania", "время чтения", "время прочтения", "час читання", "час прочитання", "previous article", "next article", "watch", "watch video",
		"play video", "play", "listen", "listen to this article", "download", "expand", "collapse", "loading",
		"more videos", "more video", "all videos", "see all", "view all", "show all",
		"mehr anzeigen", "mehr", "weiterlesen", "mehr lesen", "alle anzeigen", "schließen", "zurück", "weiter",
		"video abspielen", "voir plus", "afficher plus", "lire la suite", "en savoir plus", "fermer", "suivant",
		"précédent", "ver más", "leer más", "mostrar más", "cargar más", "seguir leyendo", "cerrar", "siguiente",
		"anterior", "leggi tutto", "leggi di più", "mostra di più", "altro", "chiudi", "ver mais", "leia mais",
		"carregar mais", "mostrar mais", "fechar", "próximo", "lees meer", "toon meer", "meer", "sluiten",
		"czytaj więcej", "pokaż więcej", "więcej", "zamknij", "dalej",
		"показать еще", "читать далее", "читать полностью", "подробнее", "загрузить еще", "еще", "еще видео",
		"все видео", "смотреть", "смотреть видео", "закрыть", "далее", "назад", "показати ще", "читати далі",
		"детальніше", "завантажити ще", "ще", "ще відео", "більше відео", "всі відео", "дивитися", "закрити",
	},
	gTopList: {
		"top downloads", "most read", "most popular", "most viewed", "most shared", "trending", "trending now",
		"popular", "top stories", "top news", "editor's picks", "meistgelesen", "meistgelesene artikel",
		"beliebt", "les plus lus", "les plus populaires", "lo más leído", "lo más visto", "más leídas",
		"più letti", "i più letti", "mais lidas", "mais lidos", "meest gelezen", "najczęściej czytane",
		"najpopularniejsze", "самое читаемое", "самое популярное", "популярное", "топ новостей", "главное",
		"найпопулярніше", "популярне", "найчитаніше", "головне",
	},
	gComments: {
		"comments", "comment", "no comments", "leave a comment", "add a comment", "add comment", "post a comment",
		"view comments", "show comments", "join the discussion", "join the conversation", "kommentare",
		"kommentar", "kommentieren", "commentaires", "commentaire", "laisser un commentaire", "comentarios",
		"comentario", "deja un comentario", "commenti", "commento", "comentários", "comentar", "reacties",
		"reageer", "komentarze", "komentarz", "комментарии", "комментарий", "комментариев", "комментария",
		"оставить комментарий", "коментарі", "коментар", "коментарів", "коментаря", "залишити коментар",
		"reply", "replies", "responses", "responses to", "response to", "leave a reply", "top rated comments",
		"most recent comments", "comment policy", "netiquette", "your reply", "your answer", "post your reply",
		"ihre antwort", "votre réponse", "tu respuesta", "la tua risposta", "sua resposta", "ваш ответ",
		"ваша відповідь", "antworten", "antwort", "répondre", "réponses", "responder",
		"respuestas", "rispondi", "risposte", "respostas", "beantwoorden", "odpowiedz", "odpowiedzi", "ответить",
		"ответы", "відповісти", "відповіді",
		"reader comments", "readers comments", "user comments", "leserkommentare", "commentaires des lecteurs",
		"comentarios de los lectores", "commenti dei lettori", "comentários dos leitores", "reacties van lezers",
		"komentarze czytelników", "комментарии читателей", "коментарі читачів",
	},
	gAdvert: {
		"advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "paid content", "promoted",
		"partner content", "scroll to continue with content", "story continues below advertisement",
		"article continues below", "continue reading below", "anzeige", "werbung", "publicité", "publicidad",
		"publicidade", "pubblicità", "advertentie", "reklama", "реклама", "на правах рекламы", "партнерский материал",
		"партнерський матеріал",
	},
	gRelated: {
		"related", "related articles", "related stories", "related news", "related content", "related topics",
		"read also", "read more", "see also", "also read", "more from", "more on this", "more on this story",
		"recommended", "recommended for you", "you may also like", "you might also like", "more stories",
		"latest news", "latest", "more news", "lesen sie auch", "auch interessant", "mehr zum thema",
		"das könnte sie auch interessieren", "weitere artikel", "à lire aussi", "lire aussi", "voir aussi",
		"sur le même sujet", "lee también", "te puede interesar", "noticias relacionadas", "leggi anche",
		"potrebbe interessarti", "articoli correlati", "leia também", "veja também", "notícias relacionadas",
		"lees ook", "gerelateerd", "meer nieuws", "czytaj także", "czytaj też", "zobacz też", "zobacz także",
		"читайте также", "смотрите также", "по теме", "новости по теме", "материалы по теме", "еще по теме",
		"читайте також", "дивіться також", "по темі", "за темою", "новини за темою", "більше новин",
		"you may like", "you might like", "you may also be interested in", "vous aimerez aussi",
		"vous aimerez peut être", "te puede gustar", "también te puede interesar", "potrebbe piacerti",
		"você pode gostar", "você também pode gostar", "pode gostar", "das könnte dich auch interessieren",
		"dit vind je misschien ook leuk", "może cię zainteresować", "вам может понравиться",
		"вам може сподобатися", "вам також може сподобатися",
		"related posts", "similar posts", "similar articles", "more articles", "ähnliche beiträge", "ähnliche artikel",
		"weitere beiträge", "weitere themen", "könnte dich auch interessieren", "könnte sie auch interessieren",
		"das thema könnte dich auch interessieren", "articles similaires", "artículos relacionados", "articoli simili",
		"posts relacionados", "vergelijkbare artikelen", "podobne artykuły", "похожие статьи", "схожі статті",
		// the labels forum engines print over other threads
		"similar threads", "similar topics", "similar discussions", "similar questions", "related threads",
		"related questions", "related discussions", "suggested topics", "ähnliche themen", "discussions similaires",
		"sujets similaires", "temas similares", "preguntas similares", "discussioni simili", "argomenti simili",
		"tópicos semelhantes", "vergelijkbare onderwerpen", "podobne wątki", "podobne tematy", "похожие темы",
		"похожие вопросы", "схожі теми",
	},
	gNav: {
		"home", "homepage", "menu", "main menu", "search", "log in", "login", "sign in", "sign out", "register",
		"my account", "skip to content", "skip to main content", "toggle navigation", "navigation", "sections",
		// the title of the outline documentation generators print
		// beside a page (Docusaurus, VitePress, Starlight, Mintlify)
		"on this page", "in this article", "auf dieser seite", "sur cette page", "en esta página", "in questa pagina",
		"nesta página", "op deze pagina", "на этой странице",
		"startseite", "suche", "anmelden", "accueil", "rechercher", "connexion", "se connecter", "inicio",
		"buscar", "iniciar sesión", "cerca", "accedi", "início", "pesquisar", "entrar", "zoeken", "inloggen",
		"szukaj", "zaloguj", "главная", "поиск", "войти", "вход", "меню", "регистрация", "головна", "пошук",
		"увійти", "вхід",
	},
	gLanguage: {
		"en", "eng", "english", "de", "deu", "deutsch", "fr", "fra", "français", "francais", "es", "esp",
		"español", "espanol", "it", "ita", "italiano", "pt", "por", "português", "portugues", "nl", "nederlands",
		"pl", "polski", "ru", "rus", "русский", "рус", "ua", "ukr", "uk", "українська", "укр", "ук", "ар", "ar",
		"العربية", "zh", "中文", "tr", "türkçe", "ja", "日本語", "ko", "한국어", "cs", "čeština", "sv", "svenska",
		"kz", "қазақша", "беларуская", "ro", "română", "hu", "magyar", "ελληνικά", "fa", "فارسی",
	},
	gEmbedPost: {
		// Instagram's embed code, in the languages it is served in: the
		// credit line ("A post shared by Name (@handle)") and the link
		// above the picture.
		"a post shared by", "ein beitrag geteilt von", "une publication partagée par", "una publicación compartida de",
		"un post condiviso da", "uma publicação compartilhada por", "uma publicação partilhada por",
		"een bericht gedeeld door", "post udostępniony przez",
		"view this post on instagram", "sieh dir diesen beitrag auf instagram an", "voir cette publication sur instagram",
		"ver esta publicación en instagram", "visualizza questo post su instagram", "ver esta publicação no instagram",
		"dit bericht op instagram bekijken", "wyświetl ten post na instagramie", "посмотреть эту публикацию в instagram",
	},
	gViews: {
		"views", "viewed", "aufrufe", "vues", "visitas", "visualizzazioni", "weergaven", "wyświetleń",
		"wyświetlenia", "просмотров", "просмотра", "просмотры", "переглядів", "перегляди",
	},
	gFeedback: {
		"was this page helpful", "was this helpful", "was this article helpful", "was this information helpful",
		"was this content helpful", "is this page helpful", "did this page help", "did this help",
		"did you find this page helpful", "did you find this helpful", "did this document help",
		"how helpful was this page", "tell us how we can improve", "help us improve this page",
		"war diese seite hilfreich", "war dieser artikel hilfreich", "ist diese seite hilfreich",
		"cette page vous a t elle été utile", "cet article vous a t il été utile", "cette page est elle utile",
		"le ha resultado útil", "te ha resultado útil", "te resultó útil", "fue útil esta página",
		"le resultó útil", "esta página fue útil", "questa pagina ti è stata utile", "questa pagina è stata utile",
		"questo articolo è stato utile", "esta página foi útil", "este artigo foi útil", "isso foi útil",
		"was deze pagina nuttig", "was dit artikel nuttig", "is deze pagina nuttig", "czy ta strona była pomocna",
		"czy ten artykuł był pomocny", "была ли эта страница полезной", "была ли эта статья полезной",
		"эта страница была полезной", "эта статья была полезной", "чи була ця сторінка корисною",
		"чи була ця стаття корисною", "is this page useful", "was this page useful", "is this article useful",
		"was this article useful",
	},
	gEditPage: {
		// Documentation generators and wikis print it under or over
		// each page, often naming the forge that holds the source.
		"edit this page", "edit page", "edit on github", "edit on gitlab", "improve this page", "suggest an edit",
		"diese seite bearbeiten", "seite bearbeiten", "auf github bearbeiten", "modifier cette page",
		"modifier la page", "modifier sur github", "editar esta página", "editar página", "editar en github",
		"editar no github", "modifica questa pagina", "modifica la pagina", "modifica su github",
		"bewerk deze pagina", "deze pagina bewerken", "edytuj tę stronę", "edytuj stronę",
		"редактировать эту страницу", "редактировать страницу", "изменить эту страницу", "редагувати цю сторінку",
		"редагувати сторінку",
	},
	gModified: {
		// Not "last edited": a forum post's edit note, which stays
		// with the post (see dropEditNotes).
		"last modified", "last updated", "zuletzt geändert", "zuletzt aktualisiert", "dernière modification", "dernière mise à jour", "última modificación",
		"última actualización", "ultima modifica", "ultimo aggiornamento", "última modificação",
		"última atualização", "laatst gewijzigd", "laatst bijgewerkt", "ostatnia modyfikacja",
		"ostatnia aktualizacja", "последнее изменение", "последнее обновление", "остання зміна",
		"останнє оновлення",
	},
	gLinkWord: {
		"link", "links", "ссылка", "ссылке", "посилання", "lien", "enlace", "collegamento", "ligação", "odnośnik",
		"verweis",
	},
}

// promptCues lists the cues of the groups of site prompts and notices, in
// the languages of cueTable.
var promptCues = [...]struct {
	g    group
	cues []string
}{
	{gApp, []string{
		"app", "apps", "our app", "the app", "mobile app", "news app", "unsere app", "die app", "l'application",
		"notre application", "application mobile", "la app", "nuestra app", "aplicación", "l'app", "nostra app",
		"o app", "nosso app", "aplicativo", "onze app", "aplikacja", "aplikację", "приложение", "приложения",
		"застосунок", "додаток",
	}},
	{gAppStore, []string{
		"ios", "android", "app store", "google play", "play store", "iphone", "ipad", "smartphone", "your phone",
		"handy", "smartphone", "téléphone", "móvil", "celular", "telefono", "телефон", "смартфон",
	}},
	{gDonate, []string{
		"donate", "donate now", "make a donation", "support us", "support our work", "if you value our work",
		"if you enjoyed this article", "if you liked this article", "if you enjoyed this story",
		"wenn ihnen dieser artikel gefallen hat", "wenn dir dieser artikel gefallen hat", "si vous avez aimé cet article",
		"si te ha gustado este artículo", "se ti è piaciuto questo articolo", "se você gostou deste artigo",
		"als je dit artikel leuk vond", "jeśli podobał ci się ten artykuł", "если вам понравилась эта статья",
		"якщо вам сподобалася ця стаття", "become a patron",
		"patreon", "buy me a coffee", "ko fi", "spende", "spenden", "jetzt spenden", "unterstütze uns",
		"unterstützen sie uns", "faire un don", "faites un don", "soutenez nous", "donar", "haz una donación",
		"apóyanos", "apoyanos", "únete a nuestra comunidad", "fai una donazione", "sostienici", "doe agora",
		"faça uma doação", "apoie nos", "doneer", "steun ons", "wpłać", "wesprzyj nas", "пожертвовать",
		"поддержать редакцию", "поддержите нас", "задонатить", "підтримати редакцію", "підтримайте нас",
		"задонатити",
	}},
	{gLicence, []string{
		// Creative Commons by name: "licensed under" alone also licenses
		// software in articles about it.
		"creative commons attribution", "creative commons license", "creative commons licence",
		"creative commons lizenz", "creative commons namensnennung", "creative commons by", "creative commons cc",
		"licence creative commons", "licencia creative commons", "lizenz creative commons", "licenza creative commons",
		"licença creative commons", "licentie creative commons", "licencja creative commons", "cc by",
	}},
	{gCite, []string{
		"citation", "suggested citation", "cite this article", "cite this", "cite as", "how to cite", "zitiervorschlag",
		"zitierweise", "zitierhinweis", "citer cet article", "pour citer cet article", "cómo citar",
		"citar este artículo", "come citare", "como citar", "citeerwijze", "jak cytować", "как цитировать",
		"для цитирования", "як цитувати",
	}},
	{gPaywall, []string{
		"already a subscriber", "already subscribed", "for the full story", "to view the full story",
		"to read the full story", "to read the full article", "to continue reading", "subscribers also receive",
		"first time subscribers", "bereits abonnent", "schon abonnent", "um weiterzulesen", "déjà abonné",
		"pour lire la suite", "ya eres suscriptor", "para seguir leyendo", "già abbonato", "per continuare a leggere",
		"já é assinante", "para continuar lendo", "al abonnee", "om verder te lezen", "masz już subskrypcję",
		"aby czytać dalej", "уже подписаны", "чтобы продолжить чтение", "вже передплатник",
		"щоб продовжити читання",
	}},
	{gEmbed, []string{
		"external content", "third party content", "embedded content", "externer inhalt", "externe inhalte",
		"empfohlener redaktioneller inhalt", "inhalte von drittanbietern", "contenu externe", "contenido externo",
		"contenuto esterno", "conteúdo externo", "externe inhoud", "treści zewnętrzne", "внешний контент",
		"зовнішній контент",
	}},
	{gDisclaimer, []string{
		"not been evaluated by the food and drug administration", "not intended to diagnose",
		"results may vary", "results vary depending", "individual results may vary", "for informational purposes only",
		"for information purposes only", "not a substitute for professional", "does not constitute medical advice",
		"does not constitute financial advice", "not constitute investment advice", "for your personal non commercial use",
		"personal non commercial use only", "presentation ready copies", "subject to change without notice",
		"prices are subject to change", "regulations in your country may vary", "originally intended for a us audience",
		"we may earn a commission", "we may receive compensation", "earn an affiliate commission",
		"contain affiliate links", "contains affiliate links", "through affiliate links", "from qualifying purchases",
		"may earn commission",
		"subject to copyright", "no part may be reproduced", "may not be reproduced without",
		"consult your physician", "consult your doctor", "before beginning any exercise program",
		"registered trademarks of", "are registered trademarks", "is a registered trademark", "are trademarks of",
		"without the written permission", "without written permission",
		"ersetzt keine ärztliche", "ersetzen keine ärztliche", "ohne gewähr", "keine anlageberatung", "à titre informatif",
		"ne remplace pas un avis médical", "no sustituye el consejo médico", "con fines informativos",
		"a titolo informativo", "non sostituisce il parere medico", "não substitui", "para fins informativos",
		"ter informatie", "nie stanowi porady", "не является медицинской рекомендацией", "носит ознакомительный характер",
		"не є медичною порадою", "має ознайомчий характер",
	}},
	{gModeration, []string{
		// One stem per language, then the phrases of a comment policy.
		"moderat*", "moderiert*", "modér*", "moderad*", "moderaç*", "moderazion*", "gemodereerd", "moderowan*",
		"модерат*", "модерац*", "премодерац*",
		"be respectful", "please be respectful", "as you comment", "civil informative and constructive",
		"offensive comments", "freigeschaltet", "serão aprovados", "não serão aprovados", "no serán publicados",
	}},
	{gSubscribeLead, []string{
		"subscribe to", "subscribe now", "subscribe today", "subscribe for", "become a subscriber", "abonnieren sie",
		"jetzt abonnieren", "abonnez vous", "suscríbete a", "suscríbete ahora", "abbonati a", "assine o", "assine a",
		"abonneer nu", "zasubskrybuj", "подпишитесь на", "оформите подписку", "підпишіться на", "оформіть передплату",
	}},
	{gAdBlock, []string{
		"ad blocker", "ad blockers", "adblocker", "adblock", "ad block", "werbeblocker", "adblocker deaktivieren",
		"bloqueur de publicité", "bloqueur de pub", "bloqueador de anuncios", "bloqueador de publicidad",
		"blocco degli annunci", "blocco pubblicità", "bloqueador de anúncios", "advertentieblokker",
		"blokowanie reklam", "blokada reklam", "блокировщик рекламы", "блокувальник реклами",
	}},
	{gReaders, []string{
		"dear readers", "dear reader", "to our readers", "to our loyal readers", "a word to our", "liebe leserinnen und leser",
		"liebe leser", "liebe leserin", "chers lecteurs", "chères lectrices", "queridos lectores", "estimados lectores",
		"cari lettori", "caros leitores", "prezados leitores", "beste lezers", "beste lezer", "drodzy czytelnicy",
		"дорогие читатели", "уважаемые читатели", "шановні читачі", "дорогі читачі",
	}},
	{gUIMessage, []string{
		"an error has occurred", "an error occurred", "please try again later", "this article has been sent to",
		"ein fehler ist aufgetreten", "une erreur est survenue",
		"se ha producido un error", "si è verificato un errore", "ocorreu um erro", "er is een fout opgetreden",
		"wystąpił błąd", "произошла ошибка", "сталася помилка",
	}},
	{gReadTime, []string{
		"min read", "mins read", "minute read", "minutes read", "reading time", "read time", "lesezeit",
		"lesedauer", "temps de lecture", "tiempo de lectura", "tempo di lettura", "tempo de leitura", "leestijd",
		"czas czytania", "время чтения", "время прочтения", "час читання", "час прочитання",
	}},
	{gReaderNote, []string{
		"we'd like to hear what you think", "we would like to hear", "we want to hear from you",
		"we'd love to hear from you", "we would love to hear from you", "letters to the editor", "letter to the editor",
		"submit a letter", "write to us", "have a news tip", "a news tip", "send us a tip",
		"send us your tips", "let us know at", "leserbrief*", "schreiben sie uns", "schreib uns", "haben sie einen hinweis",
		"courrier des lecteurs", "écrivez nous", "cartas al director", "escríbenos", "lettere al direttore",
		"scrivici", "cartas do leitor", "escreva para nós", "schrijf ons", "napisz do nas", "напишите нам",
		"письма читателей", "напишіть нам",
	}},
	{gPush, []string{
		"enable notifications", "turn on notifications", "push notifications", "allow notifications",
		"benachrichtigung aktivieren", "benachrichtigungen aktivieren", "push benachrichtigung*",
		"push mitteilungen", "activer les notifications", "activar notificaciones", "attiva le notifiche",
		"ativar notificações", "meldingen inschakelen", "włącz powiadomienia", "включить уведомления",
		"увімкнути сповіщення",
	}},
}

var postMetaCues = []string{
	"posted", "posted on", "published", "updated", "last updated", "last modified", "by", "min read", "views", "reads",
	"first published", "first published on", "author", "authors", "publish date", "published date", "publication date", "date", "autor", "auteur", "autore",
	"veröffentlicht", "aktualisiert", "von", "aufrufe", "publié", "mis à jour", "par", "vues", "posée par",
	"publicado", "actualizado", "por", "visitas", "pubblicato", "aggiornato", "di", "visualizzazioni",
	"gepubliceerd", "bijgewerkt", "door", "opublikowano", "zaktualizowano", "wyświetleń",
	"опубликовано", "обновлено", "автор", "просмотров", "просмотры", "опубліковано", "оновлено", "переглядів",
}

var loginCues = []string{
	"you must be logged in", "you must be signed in", "du musst eingeloggt sein", "sie müssen eingeloggt sein", "you need to be logged in", "please log in", "please sign in",
	"log in to comment", "sign in to comment", "you must log in", "you must sign in", "log in to reply", "sign in to reply",
	"log in to answer", "sign in to answer", "log in to post", "sign in to post", "sign up or log in", "sign up or sign in",
	"create an account or sign in", "create an account or log in", "already have an account", "du musst angemeldet sein", "sie müssen angemeldet sein",
	"bitte melden sie sich an", "vous devez être connecté", "vous devez etre connecte", "connectez vous pour",
	"debes iniciar sesión", "debes estar registrado", "inicia sesión para", "devi essere connesso",
	"devi effettuare il login", "você precisa estar logado", "faça login para", "je moet ingelogd zijn",
	"musisz być zalogowany", "zaloguj się aby", "вы должны войти", "войдите чтобы", "необходимо авторизоваться",
	"ви повинні увійти", "увійдіть щоб", "необхідно авторизуватися",
}

var captionCues = []string{
	"pictured", "in this photo", "in this file photo", "file photo", "in this handout photo", "handout photo",
	"in this image", "this photo", "this picture", "this illustration", "in this illustration", "photo taken",
	"seen in this", "photo illustration", "auf dem bild", "auf dem foto", "sur la photo", "photo d'illustration",
	"en la imagen", "en la foto", "nella foto", "na foto", "op de foto", "na zdjęciu", "на фото", "на фотографии",
	"на снимке", "на світлині",
}

// cues returns the matcher of all cue phrases, built on first use and
// never changed after. Text asks for it once a text, so it is a
// sync.Once and a variable: sync.OnceValue's closure cost 0.3% of
// FromText.
func cues() *cueMatcher {
	cuesOnce.Do(buildCues)
	return cuesBuilt
}

var (
	cuesOnce  sync.Once
	cuesBuilt *cueMatcher // set once, by buildCues
)

func buildCues() {
	var keys []cueKey
	add := func(g group, cues []string) {
		for _, c := range cues {
			keys = append(keys, cueKey{c, g})
		}
	}
	add(gCaption, captionCues)
	add(gLogin, loginCues)
	add(gPostMeta, postMetaCues)
	for _, p := range promptCues {
		add(p.g, p.cues)
	}
	for g, cues := range cueTable {
		add(group(g), cues)
	}
	cuesBuilt = buildCueMatcher(keys)
}
