// Package boilerplate holds winnow's block model, the classifier that decides
// which blocks of a page are main content, the pattern recognisers for the
// kinds of boilerplate found on the web (cookie notices, subscription
// prompts, social links, photo credits, ...), and the repeated-block
// detector that finds paragraphs repeated inside one page and template
// blocks repeated across the pages of one site.
//
// Package extract turns HTML or text into a []Block and calls into this
// package; most users never need it directly, except to create a shared
// [Detector] with [NewDetector] and pass it in extract.Options.
package boilerplate
