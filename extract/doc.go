// Package extract is winnow's entry point: it takes a web page (HTML bytes,
// a reader, a parsed *html.Node or a goquery document) or text that was
// already extracted from one, and returns the main text, every block with
// the reason it was kept or dropped, and the page's metadata.
//
// One call handles one page. All functions are safe for concurrent use; a
// boilerplate.Detector passed in Options is shared safely by all callers.
package extract
