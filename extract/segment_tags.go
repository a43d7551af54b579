package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// tagClass says how the segmenter treats an element.
type tagClass uint8

const (
	tagInline   tagClass = iota // text flows through it: <a>, <span>, <b>, unknown tags
	tagBlock                    // starts and ends a block; becomes a node of the tree
	tagSkip                     // opens a region: <script>, <style>, <button>, <svg>, ...
	tagVoid                     // has no content and no end tag: <img>, <input>, ...
	tagBreak                    // <br>: a line break inside the current block
	tagBoundary                 // <hr>: ends the current block, no content
)

func classify(a atom.Atom) tagClass {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Center,
		atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup,
		atom.Html, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th,
		atom.Thead, atom.Tr, atom.Ul, atom.Caption, atom.Legend, atom.Option, atom.Select,
		atom.Frameset, atom.Label:
		return tagBlock
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Textarea, atom.Head, atom.Datalist, atom.Button, atom.Noembed,
		atom.Noframes:
		// Regions: see segment_regions.go. Media elements (video, audio,
		// canvas, object, picture, map) are not: what they hold is
		// fallback content, usually a line, but when their tag is broken
		// ("<video src=x </video>" leaves the video open) the rest of
		// their parent, article included, is inside them.
		return tagSkip
	case atom.Img, atom.Input, atom.Meta, atom.Link, atom.Wbr, atom.Area, atom.Base,
		atom.Col, atom.Param, atom.Source, atom.Track, atom.Keygen, atom.Embed:
		return tagVoid
	case atom.Br:
		return tagBreak
	case atom.Hr:
		return tagBoundary
	}
	return tagInline
}

// blockKind is the kind a block gets from the element that holds it, or
// kindInherit when the element does not decide it.
func blockKind(a atom.Atom) (boilerplate.Kind, bool) {
	switch a {
	case atom.P:
		return boilerplate.KindParagraph, true
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return boilerplate.KindHeading, true
	case atom.Li, atom.Dt, atom.Dd:
		return boilerplate.KindListItem, true
	case atom.Blockquote:
		return boilerplate.KindQuote, true
	case atom.Pre:
		return boilerplate.KindCode, true
	case atom.Td, atom.Th:
		return boilerplate.KindTableCell, true
	case atom.Figcaption, atom.Caption:
		return boilerplate.KindCaption, true
	}
	return 0, false
}

// tagHints are the hints an element gives by its name alone.
func tagHints(a atom.Atom) boilerplate.Hint {
	switch a {
	case atom.Article, atom.Main:
		return boilerplate.HintArticle
	case atom.Nav, atom.Menu:
		return boilerplate.HintNav
	case atom.Header:
		return boilerplate.HintHeader
	case atom.Footer:
		return boilerplate.HintFooter
	case atom.Noscript:
		return boilerplate.HintNoscript
	case atom.Aside:
		return boilerplate.HintAside
	case atom.Select, atom.Option, atom.Label, atom.Fieldset, atom.Legend:
		return boilerplate.HintForm
	case atom.Figure:
		return boilerplate.HintFigure
	}
	return 0
}

// closesParagraph reports whether a start tag of a implicitly closes an open
// <p>, as the HTML parsing algorithm does.
func closesParagraph(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Ul, atom.Li, atom.Dd, atom.Dt, atom.Hr:
		return true
	}
	return false
}

// headContent reports whether a start tag of a belongs in the <head>: any
// other ends it, as in HTML5.
func headContent(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Head, atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta,
		atom.Title, atom.Noscript, atom.Noframes, atom.Style, atom.Script, atom.Template:
		return true
	}
	return false
}
