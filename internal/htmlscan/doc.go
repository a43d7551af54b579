// Package htmlscan is an allocation-free HTML tokenizer over an in-memory
// page. It replaces golang.org/x/net/html's Tokenizer on winnow's hot path:
// it reads a []byte instead of an io.Reader, finds the end of text, quoted
// values, comments and raw text with vectorised byte searches, and hands out
// slices into the page or into buffers the Scanner reuses, so a Scanner that
// is Reset for every page allocates nothing once its buffers have grown.
//
// The token stream follows the HTML5 tokenization rules as x/net/html
// implements them: the same token types, the same tag names, attributes
// (lower-cased keys, the first of duplicate keys kept, values unescaped) and
// the same text, comments and doctypes, including raw text elements (script
// with its escape states, style, xmp, iframe, noembed, noframes, noscript,
// plaintext), RCDATA (title, textarea) and malformed markup. A differential
// test and a fuzz test hold it to that. As in x/net/html's Tokenizer, a
// CDATA section is a bogus comment unless the caller says it is in foreign
// content (AllowCDATA), and since a tokenizer does not know the tree, a
// <title> inside <svg> is RCDATA unless the caller says otherwise
// (NextIsNotRawText).
//
// A Scanner is not safe for concurrent use; give each goroutine its own.
package htmlscan
