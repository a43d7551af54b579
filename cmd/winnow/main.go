// Command winnow strips boilerplate from web pages and from text extracted
// from them, and prints the main text.
//
// Usage:
//
//	winnow [flags] [PATH|GLOB|-]...
//
// It reads HTML and text files, directories (recursively), globs, stdin
// (no arguments or "-"), WARC files (response, resource and conversion
// records) and JSONL (one {"url", "html" or "text", ...} object a line),
// gzip-compressed or not. Pages are extracted in parallel and written in
// input order as text, Markdown, HTML, JSON or JSONL, or as an explain
// view of every block and why it was kept or dropped: a table, or with
// -format html one self-contained HTML page.
//
// "winnow serve [-addr 127.0.0.1:8080]" serves a page where one drops or
// pastes HTML or text and sees that report, and POST /extract answering
// JSON (package httpapi); a file named serve is read as ./serve.
//
// Exit status: 0 when every page was extracted, 1 when some failed (each
// failure is reported on stderr and, in JSON and JSONL, in the page's
// record), 2 on a usage error.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// isTerminal reports whether f is an *os.File open on a terminal.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	if !ok {
		return false
	}
	fi, err := file.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
