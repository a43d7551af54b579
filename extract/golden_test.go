package extract_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/winnowtext/winnow/extract"
	"github.com/winnowtext/winnow/internal/golden"
)

// updating reports whether -update was given: the flag is defined once, by
// the internal test package (text_golden_test.go), and shared by both.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// goldenPage is one synthetic page under testdata/pages. The golden file
// records the whole output; want and unwanted hold what must hold whatever
// the golden says, so that a golden regenerated from a wrong output cannot
// hide a failure.
type goldenPage struct {
	name     string   // file name without .html; the golden is <name>.txt
	url      string   // Options.URL
	title    string   // Result.Title, up to whitespace: the headline without the site name
	lang     string   // Result.Language
	date     string   // Result.Date as a UTC date, "" when the page has none
	want     []string // article text that Result.Text must contain
	unwanted []string // boilerplate that Result.Text must not contain
}

var goldenPages = []goldenPage{
	{
		name:  "en_news",
		url:   "https://harbourcourier.example/news/local/2025/03/14/millbrook-floating-solar",
		title: "City council approves floating solar farm on Millbrook reservoir",
		lang:  "en",
		date:  "2025-03-14",
		want: []string{
			"Councillors voted on Thursday evening to approve a floating solar farm on the Millbrook reservoir",
			"The scheme, backed by 31 votes to 9, will see around 22,000 panels anchored",
			`"This is the single biggest step we can take this decade to cut the council's own emissions,"`,
			"Opponents had raised concerns about the impact on birds",
			"Cost and timetable",
			"The project is expected to cost £14.6 million",
			"Construction is due to begin in the autumn",
			"Dr Helen Marsh, an ecologist at the University of Westhaven",
			"Residents will be able to see the plans in detail",
		},
		unwanted: []string{
			"We use cookies", "Accept all", "Manage preferences",
			"Business", "Sign in", "Subscribe from £1 a week",
			"Share on Facebook", "Comments (47)",
			"Photo: Daniel Hurst",
			"The Morning Briefing", "Sign up to our newsletter", "unsubscribe",
			"Support independent local journalism", "Subscribe now",
			"seagull_watcher", "About time.", "Show all 47 comments", "community guidelines",
			"Related articles", "Sailing club objects to reservoir solar plan",
			"Most read", "Ring road to close", "Advertisement",
			"Follow us", "All rights reserved", "Terms and conditions",
		},
	},
	{
		name:  "en_blog",
		url:   "https://pagernotes.example/2024/11/retrying-http-requests/",
		title: "Retrying HTTP requests without making things worse",
		lang:  "en",
		date:  "2024-11-05",
		want: []string{
			"Last month one of our payment providers had a bad afternoon.",
			"Retries are one of those features that look trivially correct in a code review.",
			"Three rules we now follow",
			"Only retry requests that are safe to repeat",
			"Add random jitter to every wait",
			"Keep a retry budget per client",
			"The budget is the rule people skip",
			"func backoff(attempt int, base, max time.Duration) time.Duration {\n\td := base << attempt\n",
			"Full jitter looks wasteful at first",
			"A 400 or 404 will fail the same way the second time",
			"a client should make an outage no worse than it already is.",
		},
		unwanted: []string{
			"This site uses cookies", "OK, got it",
			"Field notes on running software", "Archive", "Talks",
			"7 min read",
			"Image: Tomasz Wierzbicki, CC BY 4.0",
			"Posted in", "Tagged",
			"Share this", "LinkedIn",
			"Previous post", "Next post",
			"Idempotency keys in practice", "Load shedding at the edge",
			"thoughts on", "We learned the retry budget lesson", "Leave a Reply", "will not be published",
			"Top downloads", "On-call handover checklist",
			"Subscribe via email", "Join 3,214 other subscribers",
			"Copyright", "Proudly powered by WordPress",
		},
	},
	{
		name:  "de_news",
		url:   "https://maerkische-rundschau.example/lokales/frankfurt-oder/hochwasser-oder-pegel",
		title: "Hochwasser an der Oder: Frankfurt bereitet sich auf Pegelhöchststand vor",
		lang:  "de",
		date:  "2024-09-19",
		want: []string{
			"In Frankfurt (Oder) laufen die Vorbereitungen auf das Hochwasser auf Hochtouren.",
			"füllen Feuerwehrleute, Soldaten der Bundeswehr und zahlreiche Freiwillige an der Oderpromenade Sandsäcke",
			"Nach Angaben des Landesamts für Umwelt könnte der Pegel am Samstag auf mehr als sechs Meter steigen.",
			"»Wir sind heute deutlich besser vorbereitet als vor siebenundzwanzig Jahren«",
			"Schulen und Kitas in Ufernähe geschlossen",
			"Die Stadtverwaltung hat außerdem die Uferstraße für den Autoverkehr gesperrt",
			"die Stadtbrücke soll nach derzeitigem Stand für Fußgänger geöffnet bleiben.",
			"Anwohner in den tiefer gelegenen Straßen werden gebeten, Keller zu räumen",
			"Gebraucht werden vor allem kräftige Hände zum Füllen und Schleppen der Säcke",
		},
		unwanted: []string{
			"Wir verwenden Cookies", "Zustimmen",
			"Startseite", "Wirtschaft", "Jetzt abonnieren",
			"Auf Facebook teilen", "WhatsApp",
			"Foto: Patrick Pleul/dpa",
			"MRO+ lesen", "unbegrenzten Zugang", "Jetzt Abo abschließen",
			"Newsletter", "Ihrem Postfach",
			"Mehr zum Thema", "Aktuelle Pegelstände an Oder und Neiße",
			"Kommentare (12)", "Netiquette", "Danke an alle Helfer", "vor 3 Stunden", "Antworten",
			"Meistgelesen", "Blitzer-Marathon", "Anzeige",
			"Impressum", "Datenschutz", "Alle Rechte vorbehalten",
		},
	},
	{
		name:  "ru_news",
		url:   "https://sibvestnik.example/news/society/2024/04/12/plastic/",
		title: "В Томске открылся первый в регионе центр переработки пластика",
		lang:  "ru",
		date:  "2024-04-12",
		want: []string{
			"В Томске в пятницу торжественно открыли центр переработки пластиковых отходов — первое подобное предприятие в регионе.",
			"в новый цех вложено около 420 миллионов рублей",
			"«Раньше почти весь собранный раздельно пластик приходилось везти в Новосибирск или Кемерово.",
			"Сырьё будут поставлять региональный оператор",
			"установят ещё 300 контейнеров для раздельного сбора мусора",
			"Представитель общественного движения «Чистая Томь» Ольга Белова",
			"результаты замеров воздуха вблизи предприятия будут публиковаться на сайте мэрии каждый месяц.",
		},
		unwanted: []string{
			"cookie", "Понятно",
			"Новости", "Экономика", "Подписка на газету", "Главная",
			"Фото: Андрей Лаврентьев",
			"Поделиться", "ВКонтакте", "Одноклассники",
			"Подпишитесь на наш канал", "Рассылка", "Подписаться",
			"Читайте также", "Полигон под Томском",
			"Комментарии (8)", "Наконец-то!", "Ответить", "войдите",
			"Самое читаемое", "Коммунистическом проспекте", "Реклама",
			"О редакции", "Все права защищены", "Свидетельство о регистрации",
		},
	},
	{
		name:  "fr_forum",
		url:   "https://maison-travaux.example/forum/isolation/condensation-fenetres-hiver",
		title: "Comment éviter la condensation sur les fenêtres en hiver ?",
		lang:  "fr",
		date:  "2025-01-08",
		want: []string{
			"Bonjour à tous, depuis le début de l'hiver nous avons chaque matin de grosses gouttes d'eau sur les vitres",
			"Faut-il acheter un déshumidificateur, ou est-ce le signe d'un problème plus grave ?",
			"La condensation apparaît quand l'air humide de la pièce touche une surface plus froide que son point de rosée.",
			"Commencez par vérifier que votre VMC fonctionne vraiment",
			"Au-dessus de 60 % en hiver, il faut agir",
			"Pour les traces noires, ce sont des moisissures.",
			"La bouche de la VMC dans la salle de bain était complètement encrassée.",
			"l'hygromètre est passé de 72 % à 58 % en trois jours.",
		},
		unwanted: []string{
			"partenaires utilisons des cookies", "Continuer sans accepter",
			"Guides pratiques", "Trouver un artisan", "Se connecter", "Créer un compte",
			"1 834 vues",
			"Photo : Claire_B",
			"Partager", "Signaler",
			"Publicité",
			"Meilleure réponse", "8 janvier 2025 à 12:40",
			"Votre réponse", "Vous devez être connecté",
			"Discussions similaires", "VMC double flux : vos avis",
			"La lettre Maison", "newsletter",
			"Top téléchargements", "Guide de l'isolation des combles",
			"Abonnez-vous au magazine", "Je m'abonne",
			"Suivez-nous", "Mentions légales", "Tous droits réservés",
		},
	},
	{
		name: "es_docs",
		url:  "https://docs.nubarron.example/es/3.2/admin/copias.html",
		// Nothing on the page names the site, and the <title> says more
		// than the headline: the <h1> that shares its words is the
		// article's headline, and leaves the text.
		title: "Copias de seguridad automáticas",
		lang:  "es",
		want: []string{
			"Nubarrón puede hacer copias de seguridad de todas las bases de datos de un clúster sin intervención del administrador.",
			"Esta página explica cómo activar las copias programadas",
			"Las copias automáticas solo están disponibles en los planes Profesional y Empresa.",
			"Requisitos previos",
			"El clúster ejecuta la versión 3.0 o posterior de Nubarrón.",
			"Existe un depósito de almacenamiento de objetos con permisos de escritura",
			"Hay al menos un veinte por ciento de espacio libre en los discos de datos",
			"Elegir la frecuencia y la retención",
			"La política de copias combina una frecuencia con un periodo de retención.",
			// The table is content: its cells must survive.
			"Cada 24 horas", "12 meses", "4 veces el tamaño",
			"Si ninguna política predefinida se ajusta a sus necesidades",
			"Activar las copias desde la línea de comandos",
			"$ nubarron backup enable --cluster produccion --bucket s3://copias-empresa --policy diaria",
			"La primera copia completa empieza en los cinco minutos siguientes.",
			"que muestra la fecha de la última copia correcta y el tamaño total almacenado.",
		},
		unwanted: []string{
			"cookies", "Rechazar",
			"Buscar en la documentación", "Primeros pasos", "Instalación", "Usuarios y permisos", "Notas de la versión",
			"Editar en Git",
			"¶", // permalink anchors of headings
			"Imagen: equipo de documentación",
			"Comentarios", "¿Se puede cifrar la copia", "Responder",
			"Anterior", "Siguiente",
			"¿Le ha resultado útil esta página?",
			"Artículos relacionados",
			"Descargas más populares", "para Windows",
			"Suscríbase al boletín",
			"Síganos",
			"Todos los derechos reservados", "Compilado con",
		},
	},
	{
		// A Docusaurus-like page: sidebar tree, version menu, breadcrumbs,
		// headings with zero-width permalinks and a class that places them
		// below the sticky menu bar, an admonition, a table, "Edit this
		// page", prev/next and the "on this page" list.
		name:  "en_docs_docusaurus",
		url:   "https://parcelbox.example/docs/auth",
		title: "Authentication",
		lang:  "en",
		want: []string{
			"Every request to the Parcelbox API carries a key that identifies your account.",
			"API keys\n\nSend the key in the Authorization header as a bearer token:",
			`-H "Authorization: Bearer pb_live_123"`,
			"Live keys move real money.",
			"Scopes\n\nA key can be limited to some of the API.",
			"shipments:write", "Creating and cancelling shipments.",
		},
		unwanted: []string{
			"\u200b", "Skip to main content", "Creating shipments", "API reference", "1.x",
			"On this page", "Edit this page", "Last updated", "Previous", "Discord", "Copyright",
		},
	},
	{
		// A Material for MkDocs-like page: tabs, two sidebars (the tree and
		// the table of contents), "¶" permalinks, a code block with line
		// anchors, an admonition, a settings table, the feedback form.
		name:  "en_docs_mkdocs",
		url:   "https://widgetry.example/guide/caching/",
		title: "Caching",
		lang:  "en",
		want: []string{
			"Widgetry keeps the responses of slow backends in memory",
			"Enabling the cache\n\nThe cache is off by default.",
			"client = Client(cache=Cache(size=1024))",
			"Share one cache between clients that talk to the same backend.",
			"When the cache is full the least recently used entry is dropped.",
			"stale_ok", "Serve an expired entry while refreshing it.",
		},
		unwanted: []string{
			"¶", "Skip to content", "Getting started", "Retries", "Table of contents",
			"Edit this page", "Was this page helpful?", "Previous", "Material for MkDocs", "Copyright",
		},
	},
	{
		// A Sphinx-like page (Read the Docs theme): the toctree sidebar,
		// breadcrumbs with "Edit on GitHub", "¶" permalinks, a highlighted
		// code block, admonitions, an options table, an autodoc function
		// (signature, field list) and a definition list of variables.
		name:  "en_docs_sphinx",
		url:   "https://frobnicator.example/en/latest/config.html",
		title: "Configuration",
		lang:  "en",
		want: []string{
			"Frobnicator reads its settings from a single file written in TOML.",
			"[server]\nhost = \"0.0.0.0\"\nport = 8080",
			"Relative paths in the file are resolved against the directory that holds it.",
			"Number of worker processes.",
			"frobnicator.load_config(path, strict=False)\n\nLoad the configuration from path and return a dictionary.",
			"strict – reject unknown keys.", "ValueError – if the file is malformed.",
			"Environment variables\n\nFROB_CONFIG\n\nPath of the configuration file.",
			"Set to 1 to log every request.",
		},
		unwanted: []string{
			"¶", "Search docs", "Installation", "Writing plugins", "frobnicator.util", "Changelog",
			"Edit on GitHub", "Previous", "Next", "Copyright", "Built with",
		},
	},
	{
		// A rustdoc-like page: the item sidebar, "§" anchors, the method
		// signatures as headings named "code-header", a "Source" link
		// beside every method.
		name:  "en_docs_rustdoc",
		url:   "https://docs.example/ringq/0.4.2/ringq/struct.BoundedQueue.html",
		title: "Struct BoundedQueue",
		lang:  "en",
		want: []string{
			"pub struct BoundedQueue<T> { /* private fields */ }\n\nA first-in first-out queue that holds at most a fixed number of items.",
			"Examples\n\nlet mut q = BoundedQueue::new(2);",
			"pub fn new(capacity: usize) -> Self\n\nCreates an empty queue that can hold capacity items.",
			"Panics\n\nPanics if capacity is zero.",
			"pub fn push(&mut self, item: T) -> Result<(), T>",
			"pub fn len(&self) -> usize\n\nReturns the number of items in the queue.",
			// Left: the trait implementations, whose linked signatures
			// read as teasers.
		},
		unwanted: []string{
			"§", "Skip to main content", "Auto Trait Implementations", "In crate ringq", "Copy item path",
			"Source", "Expand description",
		},
	},
	{
		// A Hugo Docsy-like page: version menu, sidebar tree, the page's
		// meta links ("Edit this page", "Create documentation issue"),
		// the table of contents, empty self-links on headings, an alert,
		// the "Was this page helpful?" widget and its two answers.
		name:  "en_docs_docsy",
		url:   "https://harbormaster.example/docs/tasks/rolling-updates/",
		title: "Rolling updates",
		lang:  "en",
		date:  "2024-04-02",
		want: []string{
			"Replace the pods of a release a few at a time, without downtime.",
			"Before you begin\n\nYou need a cluster with the controller installed",
			"harbor set image web=registry.example/web:2.1\nharbor rollout status web",
			"The update stops by itself when a new pod fails its readiness check.",
			"maxUnavailable", "How many pods may be missing during the update.",
		},
		unwanted: []string{
			"Search this site", "v1.8", "Install the controller", "Roll back a release", "Edit this page",
			"Create documentation issue", "Print entire section", "Feedback", "Was this page helpful?",
			"Glad to hear it", "Sorry to hear that", "All Rights Reserved",
		},
	},
	{
		// A Stripe-like API reference: the sidebar of resources, a version
		// picker, three endpoints in sections of their own with their
		// parameters as name, type and description, the requests and
		// responses in a code column, a cookie bar and a feedback widget.
		// The parameters that two endpoints share are described under both.
		name:  "en_docs_apiref",
		url:   "https://docs.tallyhub.example/api/invoices",
		title: "Invoices",
		lang:  "en",
		want: []string{
			"Invoices are statements of amounts owed by a customer.",
			"Create an invoice\n\nCreates a draft invoice for the given customer.",
			"The identifier of the customer to bill.",
			"curl https://api.tallyhub.example/v1/invoices \\\n  -u th_test_key:",
			`"status": "draft",`,
			"Update an invoice\n\nChanges the draft invoice.",
			"memo string\n\nA free-form note shown on the invoice document and in the email sent to the customer. It may hold up to 500 characters and is often used for a purchase order number.\n\nmetadata object\n\nKey-value pairs that you can attach to the object for your own records. They are never shown to the customer and can be used to store internal references.\n\ndue_days integer\n\nNumber of days after finalization before the invoice becomes overdue.\n\nReturns\n\nThe updated invoice object.",
			"Retrieve an invoice", "The invoice object, or an error when the identifier is unknown.",
		},
		unwanted: []string{
			"We use cookies", "Accept all", "Search the docs", "Ask the assistant", "2024-06-20", "Sign in",
			"Getting started", "Webhooks", "Copy page", "Was this page helpful?", "System status", "Tallyhub, Inc.",
		},
	},
	{
		// A MediaWiki page (Vector skin): the site notice, "Jump to
		// navigation", the related-articles box, the table of contents,
		// an "[edit]" link inside one section heading (older versions) and
		// after the other (newer ones), a warning box, code, a table, a
		// definition list, "See also", the categories and the navigation
		// menus printed after the content.
		name:  "en_docs_mediawiki",
		url:   "https://wiki.hearth.example/title/Swap_file",
		title: "Swap file",
		lang:  "en",
		want: []string{
			"A swap file is an ordinary file that the kernel uses as swap space when the memory runs short.",
			"Warning: On file systems with copy-on-write",
			"Creation\n\nCreate a file of the size you need",
			"# chmod 0600 /swapfile",
			"Priority of this swap area against the others, from 0 to 32767.",
			"Removal\n\nDeactivate the file first",
			"A swap file in use cannot be deleted",
		},
		unwanted: []string{
			"[edit]", "edit]", "read-only on Saturday", "From HearthWiki", "Jump to navigation", "Related articles",
			"Contents", "Retrieved from", "File systems", "Navigation menu", "Log in", "View history",
			"Random page", "What links here", "last edited", "Privacy policy",
		},
	},
	{
		// An MDN-like reference page: skip links, an announcement bar over
		// the header, menus, breadcrumbs, the theme and language switchers,
		// the sidebar tree, the "In this article" list, a baseline box,
		// headings that link to themselves, an interactive example with
		// its buttons, parameters in a definition list whose terms link to
		// themselves, a "Description" section, a note, the specification
		// and compatibility tables, "See also", the feedback box and the
		// footer.
		name:  "en_docs_mdn",
		url:   "https://webref.example/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/chunk",
		title: "Array.prototype.chunk()",
		lang:  "en",
		want: []string{
			"The chunk() method of Array instances splits the array into new arrays of at most the given length",
			"Try it\n\nconst letters = [\"a\", \"b\", \"c\", \"d\", \"e\"];",
			"Syntax\n\nchunk(size)\n\nParameters\n\nsize\n\nThe largest number of elements in each chunk.",
			"Return value\n\nA new array of arrays.",
			"Exceptions\n\nRangeError\n\nThrown if size is less than 1.",
			"Description\n\nThe chunk() method is a copying method.",
			"Note: Empty slots of sparse arrays are kept as undefined in the chunks.",
			"Paging a list\n\nSplit search results into pages of ten:",
		},
		unwanted: []string{
			"Skip to main content", "Learn front-end development", "Find out more", "Log in", "Curriculum",
			"English (US)", "Standard built-in objects", "Array.prototype.flat()", "In this article",
			"Reset", "Was this page helpful", "Learn how to contribute", "last modified", "Report a problem",
			"Your blueprint", "Advertise with us",
		},
	},
	{
		// A GitBook-like page: the search and "Ask AI" buttons, the
		// sidebar tree with "Powered by GitBook", the page's description
		// under its title, headings whose anchor is an icon, a titled code
		// block with its copy button, a hint box, tabs of code (one
		// hidden), an events table, prev/next, "Last updated", the
		// feedback widget, the "On this page" list with "Edit on GitHub"
		// and a cookie bar.
		name:  "en_docs_gitbook",
		url:   "https://docs.ledgerly.example/guides/webhooks",
		title: "Webhooks",
		lang:  "en",
		want: []string{
			"Get notified when something happens in your ledger.",
			"Ledgerly sends an HTTP POST to your endpoint each time an event you subscribed to happens",
			"Registering an endpoint\n\nAdd the endpoint in the dashboard or with the API.",
			"  -H \"Authorization: Bearer $LEDGERLY_KEY\" \\",
			"An endpoint that fails for three days in a row is disabled",
			"Verifying signatures\n\nEvery request carries a Ledgerly-Signature header",
			"const ok = crypto.timingSafeEqual(expected, received);",
			"transfer.settled", "A balance fell below the threshold you set.",
		},
		unwanted: []string{
			"Search...", "Ask AI", "Get started", "Quickstart", "Rate limits", "Powered by GitBook", "Copy",
			"Node.js", "Previous", "Last updated", "Was this helpful?", "On this page", "Edit on GitHub",
			"uses cookies",
		},
	},
	{
		// A pkg.go.dev-like package page: the site's menus and search, an
		// announcement bar between the header and <main>, breadcrumbs, the
		// version and license line, the details sidebar, the outline
		// tree, "¶" anchors, the index, declarations in <pre>, an example
		// with its Share/Format/Run buttons, the source files, the footer
		// and a cookie notice.
		name:  "en_docs_godoc",
		url:   "https://pkg.example.dev/example.org/netkit/backoff",
		title: "backoff",
		lang:  "en",
		want: []string{
			"Package backoff computes the waits between the attempts of an operation",
			"const DefaultMax = 30 * time.Second\n\nDefaultMax is the longest wait a zero Policy returns.",
			"func Retry(ctx context.Context, p Policy, op func() error) error\n\nRetry calls op until it returns nil",
			"err := backoff.Retry(ctx, backoff.Policy{Max: time.Minute}, func() error {",
			"type Policy struct {\n\t// Base is the first wait; zero means 100ms.",
			"Next returns the wait before the given attempt",
		},
		unwanted: []string{
			"¶", "Why Go", "Search packages", "refreshes every hour", "Dismiss", "Imported by",
			"Valid go.mod file", "Report a Vulnerability", "Share", "Format", "Run", "Terms of Service",
			"Supported by", "uses cookies",
		},
	},
	{
		// A Javadoc-like class page (the HTML5 doclet): the navigation bar
		// and its sub-navigation, the search box, the inheritance tree,
		// the signature, the summary tables of constructors and methods,
		// the methods inherited from Object, then the details, whose
		// descriptions repeat the summary's first sentences, with their
		// parameters, return values and exceptions in definition lists.
		name:  "en_docs_javadoc",
		url:   "https://javadoc.example/throttle/3.2/api/org/example/throttle/RateLimiter.html",
		title: "Class RateLimiter",
		lang:  "en",
		want: []string{
			"public final class RateLimiter extends Object implements Limiter",
			"A rate limiter hands out permits at a fixed rate.",
			"Permits are not stored beyond one second",
			"Method Summary",
			"Constructor Details\n\nRateLimiter\n\npublic\u00a0RateLimiter(double\u00a0permitsPerSecond)\n\nCreates a limiter that hands out the given number of permits each second.\n\nParameters:\n\npermitsPerSecond - the rate, greater than zero",
			"IllegalArgumentException - if the rate is zero or negative",
			"Blocks until a permit is available and takes it. Interrupting the waiting thread",
			"Returns:\n\ntrue if a permit was taken, false if the time ran out",
		},
		unwanted: []string{
			"Overview", "Deprecated", "Help", "SEARCH:", "Nested", "All rights reserved",
		},
	},
	{
		name:  "ja_news",
		url:   "https://minato-nippo.example/local/articles/20240603-furuhon",
		title: "市内の商店街に無人の古本市場が開店　売り上げは地域の図書館へ",
		lang:  "ja",
		date:  "2024-06-03",
		want: []string{
			"駅前の中央通り商店街に、店員のいない古本市場が２日開店した。",
			"市民から寄せられた文庫本や絵本など約３千冊が並ぶ。",
			"売り上げは全額、市立図書館の児童書の購入に充てられる。",
			"「シャッターが閉まったままの店を、誰でも気軽に立ち寄れる場所にしたかった」",
			"小学２年の娘と訪れた会社員の女性は",
			"店内には防犯カメラを設置し",
			"「本をきっかけに、商店街に人の流れを取り戻したい」と意気込んでいる。",
		},
		unwanted: []string{
			"クッキー", "同意する",
			"社説・コラム", "ログイン", "会員登録",
			"ポスト", "LINEで送る",
			"撮影・佐藤健一",
			"有料会員", "読み放題", "今すぐ登録",
			"メールマガジン", "配信登録",
			"関連記事", "空き店舗の活用へ補助金",
			"コメント", "本好きの母", "絵本が安く買えるのは助かります",
			"アクセスランキング", "給食費を無償化へ", "広告",
			"会社案内", "利用規約", "公式アカウント", "All Rights Reserved", "無断転載",
		},
	},
	{
		name:  "en_recipe_utf16le",
		url:   "https://kitchentable.example/puddings/rhubarb-ginger-crumble",
		title: "Grandma's rhubarb and ginger crumble",
		lang:  "en",
		want: []string{
			"My grandmother made this crumble every May, when the first forced rhubarb turned up at the market",
			"The topping uses oats as well as flour",
			"Ingredients",
			"600 g rhubarb, cut into 3 cm pieces",
			"120 g cold unsalted butter, diced",
			"Method",
			"Heat the oven to 190°C.",
			"Rub the butter into the flour with your fingertips",
			"Let it rest for ten minutes before serving with custard or cold cream.",
		},
		unwanted: []string{
			"uses cookies", "Cookie settings",
			"Quick dinners", "Shop",
			"Pin it", "Print",
			"Photo: Sam Whitlock",
			"Rate this recipe", "214 ratings",
			"weekly newsletter", "Sign up",
			"You might also like", "Apple and blackberry crumble",
			"Reviews (37)", "Margaret from Leeds", "pudding_fan", "none left", "45 minutes in my oven",
			"Top 50 recipes", "Follow us", "All rights reserved",
		},
	},
}

// TestGolden extracts each page of testdata/pages, checks it against its
// table entry and compares the result with testdata/golden/<name>.txt.
func TestGolden(t *testing.T) {
	for _, p := range goldenPages {
		t.Run(p.name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("..", "testdata", "pages", p.name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			res, err := extract.FromBytes(raw, extract.Options{URL: p.url})
			if err != nil {
				t.Fatal(err)
			}
			checkPage(t, p, res)
			if t.Failed() {
				t.Logf("blocks:\n%s", dumpBlocks(res))
			}

			got := renderGolden(res)
			goldenPath := filepath.Join("..", "testdata", "golden", p.name+".txt")
			golden.Check(t, goldenPath, got, updating())
		})
	}
}

// FuzzFromBytesPages mutates the golden pages, whose encodings and markup
// reach most of the decoder and segmenter, and checks what must hold on any
// input: no panic, UTF-8 text made of the kept blocks, and a reason on every
// dropped block.
func FuzzFromBytesPages(f *testing.F) {
	for _, p := range goldenPages {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", "pages", p.name+".html"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		res, err := extract.FromBytes(raw, extract.Options{URL: "https://fuzz.example/page"})
		if err != nil {
			return
		}
		if !utf8.ValidString(res.Text) {
			t.Errorf("Text is not valid UTF-8")
		}
		var kept []string
		for _, b := range res.Blocks {
			if b.Kept != (b.Reason == "") {
				t.Errorf("block %q: Kept = %v with Reason %q", b.Text, b.Kept, b.Reason)
			}
			if b.Kept {
				kept = append(kept, b.Text)
			}
		}
		if want := strings.Join(kept, "\n\n"); res.Text != want {
			t.Errorf("Text is not the kept blocks joined by blank lines")
		}
	})
}

// checkPage asserts what the page must give whatever its golden file says.
func checkPage(t *testing.T, p goldenPage, res *extract.Result) {
	t.Helper()
	if fields(res.Title) != fields(p.title) {
		t.Errorf("Title = %q, want %q", res.Title, p.title)
	}
	if res.Language != p.lang {
		t.Errorf("Language = %q, want %q", res.Language, p.lang)
	}
	if p.date != "" {
		if got := res.Date.UTC().Format(time.DateOnly); res.Date.IsZero() || got != p.date {
			t.Errorf("Date = %v, want %s", res.Date, p.date)
		}
	}
	if strings.ContainsRune(res.Text, '\uFFFD') {
		t.Errorf("Text holds U+FFFD: the page was decoded with the wrong charset")
	}
	for _, s := range p.want {
		if !strings.Contains(res.Text, s) {
			t.Errorf("Text lacks article text %q", s)
		}
	}
	for _, s := range p.unwanted {
		if strings.Contains(res.Text, s) {
			t.Errorf("Text holds boilerplate %q", s)
		}
	}
}

// fields collapses every run of white space, U+3000 included, to one space.
func fields(s string) string { return strings.Join(strings.Fields(s), " ") }

// renderGolden is the stable form of a result kept in testdata/golden.
func renderGolden(res *extract.Result) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Title: %s\n", res.Title)
	fmt.Fprintf(&sb, "Language: %s\n", res.Language)
	if !res.Date.IsZero() {
		fmt.Fprintf(&sb, "Date: %s\n", res.Date.UTC().Format(time.RFC3339))
	}
	sb.WriteString("---\n")
	sb.WriteString(res.Text)
	sb.WriteByte('\n')
	return sb.String()
}

// dumpBlocks lists every block with its decision, to see why a check failed.
func dumpBlocks(res *extract.Result) string {
	var sb strings.Builder
	for _, b := range res.Blocks {
		text := b.Text
		if r := []rune(text); len(r) > 70 {
			text = string(r[:70]) + "…"
		}
		mark := "drop"
		if b.Kept {
			mark = "KEEP"
		}
		fmt.Fprintf(&sb, "%-10s %s %-20s %q\n", b.Kind, mark, b.Reason, text)
	}
	return sb.String()
}

// lineDiff shows the first line where want and got differ, with the lines
// around it: enough to see what changed without a diff library.
