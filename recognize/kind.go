package recognize

// Kind is the kind of boilerplate a text is. Its value is a stable,
// lower-case name ("cookie-notice"): package boilerplate reports it as
// the reason it dropped a block (boilerplate.Reason), and users filter
// on it.
type Kind string

// The kinds Text recognises.
const (
	None          Kind = ""               // not recognisably boilerplate
	CookieNotice  Kind = "cookie-notice"  // cookie and consent banners, embeds held back for consent
	Navigation    Kind = "navigation"     // breadcrumbs, menus, language switchers ("RU UA EN")
	LinkList      Kind = "link-list"      // a "[ Link ]" placeholder left where links were
	Social        Kind = "social"         // social links, share and follow buttons
	Subscription  Kind = "subscription"   // subscription and paywall prompts
	Newsletter    Kind = "newsletter"     // newsletter sign-up prompts
	EditorMessage Kind = "editor-message" // editors' footers, appeals for donations, notes to readers
	Credit        Kind = "credit"         // photo and media credits, bylines, contact addresses, embedded posts' credit lines
	Caption       Kind = "caption"        // a figure caption
	Interface     Kind = "interface"      // "Show more", "Top downloads", "Read more", reading times
	Dateline      Kind = "dateline"       // a bare date or time stamp line, a post's meta line
	Legal         Kind = "legal"          // copyright, terms, rights restrictions, licences, disclaimers
	Comments      Kind = "comments"       // comment counters, commenters' bylines, comment policies
	Advertisement Kind = "advertisement"  // advertisement labels, ad-blocker and app prompts
	Related       Kind = "related"        // "Related articles", "Read also" teasers
)
