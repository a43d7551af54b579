// Package boilerplate holds winnow's block model, the classifier that decides
// which blocks of a page are main content, and the repeated-block detector
// that finds paragraphs repeated inside one page and template blocks
// repeated across the pages of one site. The classifier asks the pattern
// recognisers of package recognize what kind of boilerplate (cookie notice,
// subscription prompt, social links, photo credit, ...) each block's text
// is, and drops the block with that kind as its [Reason].
//
// Package extract turns HTML or text into a []Block and calls into this
// package; most users never need it directly, except to create a shared
// [Detector] with [NewDetector] and pass it in extract.Options.
package boilerplate
