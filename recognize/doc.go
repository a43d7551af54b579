// Package recognize tells, from a short text alone, whether it is one of
// the kinds of boilerplate that web pages print around their articles
// (cookie notices, subscription prompts, share buttons, photo credits,
// "Show more", ...), and reads the two things such lines often carry: an
// author's byline and a date.
//
// A recogniser is a rule over one text, with no page around it: no markup,
// no position, no neighbours. [Text] normalises the opening of a text
// (lower case, punctuation folded to spaces, numbers counted apart), finds
// the cue phrases of its tables in it in one pass, a word at a time (cookie
// words, consent verbs, social networks, "subscribe", "photo:", ... in
// English, German, French, Spanish, Italian, Portuguese, Dutch, Polish,
// Russian and Ukrainian; short Chinese, Japanese and Korean prompts by
// substring), measures its shape (how many words, whether it ends like a
// sentence, opens with a label or a copyright sign, holds a slash,
// breadcrumb separators or a "[ ... ]" placeholder), and lets rules
// combine the two, most specific first. A cue alone never condemns a text:
// article prose that mentions cookies or Twitter is not flagged. Text
// reads at most the opening few hundred bytes and does not allocate, so it
// can judge every line of a crawl.
//
// The kinds it knows are the constants of [Kind]: [CookieNotice],
// [Subscription], [Newsletter], [EditorMessage], [Legal], [Credit],
// [Caption], [Social], [LinkList], [Comments], [Advertisement], [Related],
// [Interface], [Navigation] and [Dateline]; any other text is [None].
//
// [Byline] reads the author's name from a byline ("By Jane Doe") and
// [ParseDate] the first calendar date in a text; the recognisers use them
// for credits and datelines, and package extract for the page's metadata.
// A [Memo] remembers what Text said of the texts of one page, for
// whole-page text that prints its menu and footer lines more than once.
//
// Package boilerplate's classifier calls Text on every block and drops
// what it recognises, with the kind as the reason; judging a block by the
// page around it (density, markup, repeats) is boilerplate's part.
package recognize
