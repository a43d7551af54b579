package extract

import "bytes"

// utilityHidden reports whether a class list hides its element with a
// CSS framework's display utility: Bootstrap's and Stacks' "d-none", which
// sites use for what only scripts or machines read (a commenter's name
// repeated for microdata, a template for a dialog). A class list that
// shows the element again at some width ("d-none d-md-block",
// "d-none md:d-flex") does not hide it: that is a layout for narrow
// screens, and the text is the page's.
//
// A form's status messages are hidden the same way: Webflow's style sheet
// shows "w-form-done" ("Thank you! Your submission has been received!")
// and "w-form-fail" ("Oops! Something went wrong...") only once the form
// is sent, and every site it builds prints both.
func utilityHidden(class []byte) bool {
	if bytes.Contains(class, []byte("w-form-")) && formStatus(class) {
		return true
	}
	if !bytes.Contains(class, []byte("d-none")) {
		return false
	}
	none := false
	for len(class) > 0 {
		i := bytes.IndexFunc(class, isClassSpace)
		if i < 0 {
			i = len(class)
		}
		c := class[:i]
		class = bytes.TrimLeftFunc(class[i:], isClassSpace)
		switch {
		case string(c) == "d-none":
			none = true
		case bytes.HasSuffix(c, []byte("-none")):
			// Hidden at some width or in print only: "print:d-none".
		case bytes.HasPrefix(c, []byte("d-")) || bytes.Contains(c, []byte(":d-")):
			return false // shown at some width: "d-md-block", "md:d-flex"
		}
	}
	return none
}

// isClassSpace reports whether r separates the names of a class list.
func isClassSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// formStatus reports whether a class list names a form's status message
// that stays hidden until the form is sent ("w-form-done", "w-form-fail").
func formStatus(class []byte) bool {
	for _, c := range bytes.FieldsFunc(class, isClassSpace) {
		if string(c) == "w-form-done" || string(c) == "w-form-fail" {
			return true
		}
	}
	return false
}

// srOnlyName reports whether one name of a class list is the utility
// that hides an element from sight but not from screen readers: "sr-only"
// (Bootstrap, Tailwind), "visually-hidden" (Bootstrap 5, Shopify's
// themes), "visuallyhidden" (HTML5 Boilerplate), "screen-reader-text"
// (WordPress, WooCommerce). What it holds restates what the page shows
// ("Image 1 of 5", the product's name on its quantity field) or
// describes a widget ("This is an image gallery carousel").
func srOnlyName(name []byte) bool {
	switch string(name) {
	case "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text":
		return true
	}
	return false
}
